package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;
import static org.duly.cli.CommandLineRun.dulyWithInput;

import org.junit.jupiter.api.Test;

class WorkdaysCommandTest {

    @Test
    void shift_prints_the_date() {
        CommandLineRun run = duly("workdays", "shift", "2024-03-27", "5");
        assertThat(run.out()).isEqualTo("2024-04-05\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void shift_counts_back_with_a_negative_count() {
        assertThat(duly("workdays", "shift", "2024-04-08", "-2").out()).isEqualTo("2024-04-04\n");
    }

    @Test
    void shift_says_when_the_answer_is_provisional() {
        assertThat(duly("workdays", "shift", "2028-12-29", "1").out()).isEqualTo("2029-01-02 provisional\n");
    }

    @Test
    void a_date_outside_the_calendar_is_invalid_input_with_a_clear_message() {
        CommandLineRun run = duly("workdays", "shift", "2400-01-03", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("duly: DATE: 2400-01-03 is outside the range the England and Wales calendar"
                + " supports (1978-01-01 to 2199-12-31)\n");
    }

    @Test
    void a_malformed_date_is_a_usage_error_with_one_line_and_where_to_read_more() {
        CommandLineRun run = duly("workdays", "shift", "2024-02-30", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo(
                "duly: DATE: '2024-02-30' is not a date: expected YYYY-MM-DD, such as 2024-03-27 (February 2024 has 29 days)\n"
                        + "See 'duly workdays shift --help'.\n");
    }

    @Test
    void missing_arguments_and_unknown_commands_are_usage_errors() {
        assertThat(duly("workdays", "shift", "2024-03-27").err()).contains("Missing N (or --stdin for bulk input)");
        assertThat(duly("workdays", "shift", "2024-03-27").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duly("workdays", "shift", "2024-03-27", "five").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duly("workdays", "frobnicate").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duly("workdays").err()).contains("Missing a command: shift, between or explain");
        CommandLineRun bare = duly();
        assertThat(bare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bare.err()).contains("Usage: duly", "Exit codes:");
    }

    @Test
    void between_counts_the_working_days_after_from_up_to_to() {
        assertThat(duly("workdays", "between", "2024-03-27", "2024-04-05").out()).isEqualTo("5\n");
        assertThat(duly("workdays", "between", "2024-04-05", "2024-03-27").out()).isEqualTo("-5\n");
    }

    @Test
    void explain_shows_each_day_with_the_names_of_the_skipped_ones() {
        CommandLineRun run = duly("workdays", "explain", "2024-03-27", "5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("""
                2024-03-27 + 5 working days = 2024-04-05
                on the England and Wales calendar, bank holidays published through 2028-12-31

                  Wed 2024-03-27  day 0, counted from
                  Thu 2024-03-28  1
                  Fri 2024-03-29  skipped: Good Friday
                  Sat 2024-03-30  skipped: Saturday
                  Sun 2024-03-31  skipped: Sunday
                  Mon 2024-04-01  skipped: Easter Monday
                  Tue 2024-04-02  2
                  Wed 2024-04-03  3
                  Thu 2024-04-04  4
                  Fri 2024-04-05  5  = the result

                Skipped 4 days: Good Friday 2024-03-29, Easter Monday 2024-04-01, 2 weekend days.
                """);
    }

    @Test
    void explain_counts_back_and_flags_provisional_results() {
        CommandLineRun back = duly("workdays", "explain", "2024-04-08", "-2");
        assertThat(back.out()).contains("  Fri 2024-04-05  -1\n", "  Thu 2024-04-04  -2  = the result\n",
                "Skipped 2 days: 2 weekend days.");
        CommandLineRun provisional = duly("workdays", "explain", "2028-12-29", "1");
        assertThat(provisional.out()).contains("skipped: New Year's Day", "Provisional: this depends on days after 2028-12-31");
    }

    @Test
    void holidays_lists_a_year_and_marks_unpublished_years_provisional() {
        CommandLineRun published = duly("holidays", "2022");
        assertThat(published.out()).contains("  Mon 2022-09-19  Bank Holiday for the State Funeral of Queen Elizabeth II\n")
                .doesNotContain("Provisional");
        assertThat(published.out().lines().filter(line -> line.startsWith("  "))).hasSize(10);
        assertThat(duly("holidays", "2035").out()).contains("Provisional: gov.uk has published bank holidays only through 2028-12-31");
        CommandLineRun outside = duly("holidays", "1960");
        assertThat(outside.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(outside.err()).isEqualTo(
                "duly: YEAR: 1960 is outside the years the England and Wales calendar supports (1978-01-01 to 2199-12-31)\n");
    }

    @Test
    void bulk_mode_answers_every_line_in_order_and_reports_bad_ones_by_line_number() {
        CommandLineRun run = dulyWithInput(String.join("\n",
                "2024-03-27 5",
                "2028-12-29 1",
                "2024-02-30 1",
                "",
                "2400-01-03 1",
                "  2024-04-08   -2  ",
                "2024-01-01 x",
                "2024-01-01 1 2") + "\n", "workdays", "shift", "--stdin");
        assertThat(run.out()).isEqualTo(String.join("\n",
                "2024-04-05", "2029-01-02 provisional", "error", "error", "error", "2024-04-04", "error", "error") + "\n");
        assertThat(run.err()).isEqualTo(String.join("\n",
                "line 3: '2024-02-30' is not a date: expected YYYY-MM-DD, such as 2024-03-27 (February 2024 has 29 days)",
                "line 4: expected 'DATE N', such as '2024-03-27 5', but found ''",
                "line 5: 2400-01-03 is outside the range the England and Wales calendar supports (1978-01-01 to 2199-12-31)",
                "line 7: 'x' is not a whole number, such as 5 or -2",
                "line 8: expected 'DATE N', such as '2024-03-27 5', but found '2024-01-01 1 2'",
                "5 lines of 8 could not be answered") + "\n");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void bulk_mode_with_only_good_lines_exits_zero() {
        CommandLineRun run = dulyWithInput("2024-03-27 5\n2022-09-16 1\n", "workdays", "shift", "--stdin");
        assertThat(run.out()).isEqualTo("2024-04-05\n2022-09-20\n");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(dulyWithInput("", "workdays", "shift", "--stdin", "2024-01-01", "1").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void version_and_help_work() {
        assertThat(duly("--version").out()).startsWith("duly ");
        assertThat(duly("workdays", "shift", "--help").out()).contains("--stdin");
    }
}
