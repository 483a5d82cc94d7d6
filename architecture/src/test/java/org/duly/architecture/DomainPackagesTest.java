package org.duly.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inside the domain, the packages depend one way: {@code value}, then {@code workforce}, then
 * {@code events} (with what every event shares), then {@code complaints} and {@code staff} (which
 * use only that from {@code events}), then the timelines' package, then {@code care};
 * {@code care}, {@code complaints} and {@code staff} do not depend on one another. The domain reads
 * no file or stream at all.
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
    void the_timelines_do_not_depend_on_the_package_above_them() {
        noClasses().that().resideInAPackage("org.duly.domain")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.care..")
                .check(DOMAIN);
    }

    @Test
    void complaints_and_staff_use_only_what_every_event_shares_and_not_the_timelines() {
        DescribedPredicate<JavaClass> caseEvents = resideInAPackage("org.duly.domain.events")
                .and(not(simpleName("TimelineEvent").or(simpleName("EventType"))))
                .as("the events of a child's case");
        for (String subject : List.of("org.duly.domain.complaints", "org.duly.domain.staff")) {
            noClasses().that().resideInAPackage(subject)
                    .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain", "org.duly.domain.care..")
                    .orShould().dependOnClassesThat(caseEvents)
                    .check(DOMAIN);
        }
    }

    @Test
    void care_complaints_and_staff_do_not_depend_on_one_another() {
        noClasses().that().resideInAPackage("org.duly.domain.care")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.complaints..", "org.duly.domain.staff..")
                .check(DOMAIN);
        noClasses().that().resideInAPackage("org.duly.domain.complaints")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.care..", "org.duly.domain.staff..")
                .check(DOMAIN);
        noClasses().that().resideInAPackage("org.duly.domain.staff")
                .should().dependOnClassesThat().resideInAnyPackage("org.duly.domain.care..", "org.duly.domain.complaints..")
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
