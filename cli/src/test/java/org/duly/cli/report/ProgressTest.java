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

    @Test
    void counted_in_bytes_a_console_line_says_how_far_how_fast_and_how_long_is_left() {
        Progress progress = Progress.ofBytes(err, true, 400_000_000, "evaluated", "cases", now::get);
        progress.advance(4_000);                  // the first is always shown, before any rate is known
        for (int i = 0; i < 24_998; i++) {
            progress.advance(4_000);              // too soon
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        progress.advance(4_000);                  // 100 MB in 10 s: 300 MB left, 30 s
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        progress.done();

        assertThat(err.toString()).isEqualTo("\revaluated 1 cases, 0.0/400 MB (0%)"
                + "\revaluated 25000 cases, 100/400 MB (25%), 2500 cases/s, about 30 s left"
                + "\revaluated 25000 cases, 100 MB, in 40.0 s (625 cases/s)" + System.lineSeparator());
    }

    @Test
    void counted_in_bytes_a_log_has_a_line_at_each_tenth_of_the_bytes_and_one_at_the_end() {
        Progress progress = Progress.ofBytes(err, false, 1_000, "evaluated", "cases", now::get);
        for (int i = 0; i < 4; i++) {
            now.addAndGet(Duration.ofSeconds(1).toNanos());
            progress.advance(250);
        }
        progress.done();

        assertThat(err.toString().lines()).containsExactly(
                "evaluated 1 cases, 0.0/0.0 MB (25%), 1 cases/s, about 3 s left",
                "evaluated 2 cases, 0.0/0.0 MB (50%), 1 cases/s, about 2 s left",
                "evaluated 3 cases, 0.0/0.0 MB (75%), 1 cases/s, about 1 s left",
                "evaluated 4 cases, 0.0/0.0 MB (100%), 1 cases/s, about 0 s left",
                "evaluated 4 cases, 0.0 MB, in 4.0 s (1 cases/s)");
    }
}
