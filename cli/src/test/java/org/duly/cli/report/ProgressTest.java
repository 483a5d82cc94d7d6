package org.duly.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    @Test
    void on_a_console_the_line_is_rewritten_at_most_every_interval_and_ended_when_done() {
        Progress progress = Progress.to(err, true, 5, "cases", now::get);
        progress.advance();                       // the first is always shown
        now.addAndGet(Duration.ofMillis(50).toNanos());
        progress.advance();                       // too soon
        now.addAndGet(Duration.ofMillis(60).toNanos());
        progress.advance();                       // 110 ms after the first
        progress.advance();                       // too soon
        progress.advance();                       // the last is always shown
        progress.done();

        assertThat(err.toString()).isEqualTo(
                "\revaluated 1/5 cases\revaluated 3/5 cases\revaluated 5/5 cases\revaluated 5/5 cases" + System.lineSeparator());
    }

    @Test
    void without_a_console_there_is_a_line_at_each_tenth_and_no_carriage_return() {
        Progress progress = Progress.to(err, false, 20, "cases", now::get);
        for (int i = 0; i < 20; i++) {
            progress.advance();
        }
        progress.done();

        String text = err.toString();
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).containsExactly("evaluated 2/20 cases", "evaluated 4/20 cases", "evaluated 6/20 cases",
                "evaluated 8/20 cases", "evaluated 10/20 cases", "evaluated 12/20 cases", "evaluated 14/20 cases",
                "evaluated 16/20 cases", "evaluated 18/20 cases", "evaluated 20/20 cases");
    }

    @Test
    void a_run_stopped_early_still_ends_with_its_count() {
        Progress progress = Progress.to(err, false, 1000, "cases", now::get);
        for (int i = 0; i < 120; i++) {
            progress.advance();
        }
        progress.done();
        progress.done();

        assertThat(err.toString().lines()).containsExactly("evaluated 100/1000 cases", "evaluated 120/1000 cases");
        assertThat(progress.count()).isEqualTo(120);
    }

    @Test
    void an_empty_run_says_so_once() {
        Progress progress = Progress.to(err, false, 0, "files", now::get);
        progress.done();
        assertThat(err.toString().lines()).containsExactly("evaluated 0/0 files");
    }
}
