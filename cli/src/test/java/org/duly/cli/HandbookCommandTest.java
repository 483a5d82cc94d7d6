package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duly.cli.handbook.Catalogue;
import org.duly.cli.handbook.Handbook;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandbookCommandTest {

    @Test
    void writes_the_markdown_and_html_handbook_into_the_directory_creating_it(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("new/docs");
        CommandLineRun run = duly("handbook", "--out", out.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("wrote " + out.resolve(Handbook.MARKDOWN_FILE) + "\n"
                + "wrote " + out.resolve(Handbook.HTML_FILE) + "\n");
        Catalogue catalogue = Catalogue.of(DerbyshirePracticeStandards.policy());
        assertThat(Files.readString(out.resolve(Handbook.MARKDOWN_FILE), StandardCharsets.UTF_8))
                .isEqualTo(Handbook.markdown(catalogue));
        assertThat(Files.readString(out.resolve(Handbook.HTML_FILE), StandardCharsets.UTF_8))
                .isEqualTo(Handbook.html(catalogue));
    }

    @Test
    void without_out_it_is_a_usage_error() {
        CommandLineRun run = duly("handbook");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("duly: Missing required option: '--out=DIR'\nSee 'duly handbook --help'.\n");
    }

    @Test
    void a_directory_it_cannot_write_is_invalid_input_with_a_message_and_no_stack_trace(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        CommandLineRun run = duly("handbook", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("duly: cannot create the folder " + file + ": " + file + " is a file, not a folder\n");
    }

    @Test
    void an_unknown_policy_is_a_usage_error(@TempDir Path temp) {
        CommandLineRun run = duly("handbook", "--out", temp.toString(), "--policy", "nowhere");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown policy 'nowhere'");
        assertThat(temp.toFile().list()).isEmpty();
    }

    @Test
    void duly_help_lists_rules_and_handbook_each_with_a_one_line_summary() {
        String help = duly("--help").out();
        assertThat(help).containsPattern("(?m)^  rules +Prints the catalogue: every rule of a policy, in English beside")
                .containsPattern("(?m)^  handbook +Writes the policy handbook, in markdown and in HTML\\.$");
    }
}
