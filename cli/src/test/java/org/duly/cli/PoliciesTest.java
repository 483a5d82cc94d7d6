package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.cli.CommandLineRun.duly;

import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PoliciesTest {

    @Test
    void derbyshire_is_the_default_and_only_policy() {
        assertThat(Policies.names()).containsExactly("derbyshire");
        assertThat(Policies.DEFAULT).isEqualTo("derbyshire");
        assertThat(Policies.byDefault()).isSameAs(DerbyshirePracticeStandards.policy());
        assertThat(Policies.named("derbyshire")).containsSame(DerbyshirePracticeStandards.policy());
    }

    @Test
    void names_are_matched_without_regard_to_case_or_surrounding_spaces() {
        assertThat(Policies.named("Derbyshire")).containsSame(DerbyshirePracticeStandards.policy());
        assertThat(Policies.named(" DERBYSHIRE ")).containsSame(DerbyshirePracticeStandards.policy());
    }

    @Test
    void an_unknown_name_finds_nothing_and_its_message_lists_the_known_names() {
        assertThat(Policies.named("derby")).isEmpty();
        assertThat(Policies.named("")).isEmpty();
        assertThat(Policies.unknown("derby")).isEqualTo("unknown policy 'derby': the known policy is derbyshire");
    }

    @Test
    void the_converter_makes_an_unknown_name_a_picocli_type_conversion_error() {
        assertThat(new Policies.Converter().convert("derbyshire")).isSameAs(DerbyshirePracticeStandards.policy());
        assertThatThrownBy(() -> new Policies.Converter().convert("derby"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("unknown policy 'derby': the known policy is derbyshire");
    }

    @Test
    void the_names_are_the_completion_candidates() {
        assertThat(new Policies.Names()).containsExactly("derbyshire");
    }

    @Test
    void policy_option_on_the_command_line_an_unknown_name_is_a_usage_error() {
        CommandLineRun run = duly("rules", "--policy", "derby");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(
                "duly: --policy: unknown policy 'derby': the known policy is derbyshire\nSee 'duly rules --help'.\n");
    }

    @Test
    void policy_option_defaults_to_derbyshire_and_says_so_in_the_help() {
        CommandLineRun defaulted = duly("rules", "--format", "csv");
        CommandLineRun named = duly("rules", "--format", "csv", "--policy", "Derbyshire");
        assertThat(defaulted.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(named.out()).isEqualTo(defaulted.out());
        // picocli wraps the help text, so compare it with its line breaks and indents taken out
        assertThat(duly("rules", "--help").out().replaceAll("\\s+", " "))
                .contains("--policy=NAME", "by name: derbyshire (default: derbyshire)");
    }
}
