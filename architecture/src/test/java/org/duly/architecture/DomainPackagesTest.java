package org.duly.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Inside the domain, the packages depend one way: {@code value}, then {@code workforce}, then
 * {@code events}, then the timeline's package, then {@code care}, {@code complaints} and
 * {@code staff}, which do not depend on one another. The domain reads no file or stream at all.
 */
class DomainPackagesTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.duly.domain");

    @Test
    void value_depends_on_nothing_else_in_the_domain() {
        noClasses().that().resideInAPackage("org.duly.domain.value")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain", "org.duly.domain.workforce..",
                        "org.duly.domain.events..", "org.duly.domain.care..", "org.duly.domain.complaints..",
                        "org.duly.domain.staff..")
                .allowEmptyShould(true)
                .check(DOMAIN);
    }

    @Test
    void workforce_depends_only_on_value() {
        noClasses().that().resideInAPackage("org.duly.domain.workforce")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain", "org.duly.domain.events..",
                        "org.duly.domain.care..", "org.duly.domain.complaints..", "org.duly.domain.staff..")
                .check(DOMAIN);
    }

    @Test
    void events_do_not_depend_on_the_timeline_or_anything_above_it() {
        noClasses().that().resideInAPackage("org.duly.domain.events")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain", "org.duly.domain.care..",
                        "org.duly.domain.complaints..", "org.duly.domain.staff..")
                .check(DOMAIN);
    }

    @Test
    void the_timeline_does_not_depend_on_the_packages_above_it() {
        noClasses().that().resideInAPackage("org.duly.domain")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.care..",
                        "org.duly.domain.complaints..", "org.duly.domain.staff..")
                .check(DOMAIN);
    }

    @Test
    void care_complaints_and_staff_do_not_depend_on_one_another() {
        noClasses().that().resideInAPackage("org.duly.domain.care")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.complaints..", "org.duly.domain.staff..")
                .check(DOMAIN);
        noClasses().that().resideInAPackage("org.duly.domain.complaints")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.care..", "org.duly.domain.staff..",
                        "org.duly.domain.events..")
                .check(DOMAIN);
        noClasses().that().resideInAPackage("org.duly.domain.staff")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.care..", "org.duly.domain.complaints..",
                        "org.duly.domain.events..")
                .check(DOMAIN);
    }

    @Test
    void the_subpackages_are_free_of_cycles() {
        slices().matching("org.duly.domain.(*)..").should().beFreeOfCycles().check(DOMAIN);
    }

    @Test
    void the_domain_reads_no_stream_or_file_at_all() {
        noClasses().that().resideInAPackage("org.duly.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .check(DOMAIN);
    }
}
