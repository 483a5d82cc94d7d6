package org.duly.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.duly.architecture.fixture.RuleBreaker;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.fixture.KnowsDerbyshire;
import org.junit.jupiter.api.Test;

/** Each core rule, applied to a class that breaks it on purpose, must fail: a rule that cannot fail proves nothing. */
class ArchitectureRulesCanFailTest {

    private static final String FIXTURE = "org.duly.architecture.fixture..";
    private static final JavaClasses BREAKER = new ClassFileImporter().importClasses(RuleBreaker.class, RuleBreaker.Engineroom.class);

    @Test
    void the_clock_rule_catches_now_clock_system_and_current_time_millis() {
        assertThatThrownBy(() -> DulyArchitecture.noClockReads(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LocalDate.now()")
                .hasMessageContaining("Clock.systemDefaultZone()")
                .hasMessageContaining("System.currentTimeMillis()");
    }

    @Test
    void the_console_rule_catches_system_out() {
        assertThatThrownBy(() -> DulyArchitecture.noConsoleOutput(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("System.out");
    }

    @Test
    void the_legacy_date_rule_catches_java_util_date() {
        assertThatThrownBy(() -> DulyArchitecture.noLegacyDateTypes(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.util.Date");
    }

    @Test
    void the_io_rule_catches_files_and_the_environment() {
        assertThatThrownBy(() -> DulyArchitecture.noFilesNetworkOrEnvironment(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("java.io.File")
                .hasMessageContaining("System.getenv");
    }

    @Test
    void the_immutability_rule_catches_a_field_that_is_not_final_and_a_setter() {
        assertThatThrownBy(() -> DulyArchitecture.immutableTypes(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RuleBreaker.calls")
                .hasMessageContaining("RuleBreaker.setCalls(int)");
    }

    @Test
    void the_module_map_and_the_authority_rule_catch_a_generic_module_that_uses_a_policy() {
        JavaClasses knows = new ClassFileImporter().importClasses(KnowsDerbyshire.class, DerbyshirePracticeStandards.class);
        assertThatThrownBy(() -> DulyArchitecture.moduleMap().check(knows))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("KnowsDerbyshire.policy()")
                .hasMessageContaining("DerbyshirePracticeStandards.policy()");
        assertThatThrownBy(() -> DulyArchitecture.noAuthorityIn("org.duly.workflows..").check(knows))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("KnowsDerbyshire");
    }

    @Test
    void the_vavr_rule_catches_a_vavr_result_parameter_field_and_type_argument() {
        assertThatThrownBy(() -> DulyArchitecture.noVavrInPublicSignatures(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RuleBreaker.option() exposes io.vavr.control.Option")
                .hasMessageContaining("RuleBreaker.accept(io.vavr.collection.Seq) exposes io.vavr.collection.Seq")
                .hasMessageContaining("RuleBreaker.EMPTY exposes io.vavr.control.Option")
                .hasMessageContaining("RuleBreaker.options() exposes io.vavr.control.Option")
                .hasMessageNotContaining("hidden");
    }

    @Test
    void the_internal_rule_catches_a_public_result_and_type_argument_of_an_internal_type_but_not_internal_members() {
        assertThatThrownBy(() -> DulyArchitecture.noInternalTypesInPublicSignatures(FIXTURE).check(BREAKER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RuleBreaker.engineroom() exposes the internal " + RuleBreaker.Engineroom.class.getName())
                .hasMessageContaining("RuleBreaker.inspect(java.util.List) exposes the internal " + RuleBreaker.Engineroom.class.getName())
                .hasMessageNotContaining("markedEngineroom")
                .hasMessageNotContaining("hiddenEngineroom")
                .hasMessageNotContaining("Engineroom.next()");
    }

    @Test
    void the_generated_classes_rule_catches_a_public_immutables_implementation_and_builder() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.duly.architecture.fixture");
        assertThatThrownBy(() -> DulyArchitecture.noPublicGeneratedClasses(FIXTURE).check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Class <org.duly.architecture.fixture.ImmutableExposed> has modifier PUBLIC")
                .hasMessageContaining("Class <org.duly.architecture.fixture.ImmutableExposed$Builder> has modifier PUBLIC");
    }
}
