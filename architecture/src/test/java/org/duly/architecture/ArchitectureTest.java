package org.duly.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module map of DESIGN.md, checked on the compiled classes of every module: dependencies point
 * down only (the test kit sits beside the core, which never uses it), no package cycles, the core
 * modules read no clock, file, network or environment, the types are immutable, no generic module
 * knows a particular authority, no public signature of any module exposes Vavr, and none of a
 * published module exposes a type marked {@code @Internal} unless it is internal itself, and no
 * class Immutables generates is public.
 */
class ArchitectureTest {

    private static final JavaClasses DULY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.duly");

    @Test
    void the_modules_depend_on_one_another_only_as_the_module_map_says() {
        DulyArchitecture.moduleMap().check(DULY);
    }

    @Test
    void there_are_no_package_cycles() {
        slices().matching("org.duly.(**)").should().beFreeOfCycles().check(DULY);
    }

    @Test
    void no_generic_module_uses_a_policy() {
        DulyArchitecture.noAuthorityIn(DulyArchitecture.GENERIC).check(DULY);
    }

    @Test
    void the_core_reads_no_clock() {
        DulyArchitecture.noClockReads(DulyArchitecture.CORE).check(DULY);
    }

    @Test
    void the_core_writes_nothing_to_the_console() {
        DulyArchitecture.noConsoleOutput(DulyArchitecture.CORE).check(DULY);
    }

    @Test
    void the_core_uses_java_time_not_date_or_calendar() {
        DulyArchitecture.noLegacyDateTypes(DulyArchitecture.CORE).check(DULY);
    }

    @Test
    void the_core_reads_no_file_network_or_environment() {
        DulyArchitecture.noFilesNetworkOrEnvironment(DulyArchitecture.CORE).check(DULY);
    }

    @Test
    void no_public_signature_exposes_vavr() {
        DulyArchitecture.noVavrInPublicSignatures("org.duly..").check(DULY);
    }

    @Test
    void no_public_signature_of_a_published_module_exposes_an_internal_type() {
        DulyArchitecture.noInternalTypesInPublicSignatures(DulyArchitecture.PUBLISHED).check(DULY);
    }

    @Test
    void no_class_generated_by_immutables_is_public() {
        DulyArchitecture.noPublicGeneratedClasses("org.duly..").check(DULY);
    }

    @Test
    void the_domain_types_are_immutable() {
        DulyArchitecture.immutableTypes("org.duly.domain..").check(DULY);
    }

    @Test
    void the_timescales_values_are_immutable() {
        DulyArchitecture.immutableTypes("org.duly.timescales..").check(DULY);
    }

    @Test
    void the_policies_and_schedules_are_immutable() {
        DulyArchitecture.immutableTypes("org.duly.workflows..", "org.duly.policies..").check(DULY);
    }
}
