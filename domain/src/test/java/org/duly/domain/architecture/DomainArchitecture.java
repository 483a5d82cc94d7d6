package org.duly.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The domain's own rules, written once so that a test applies them and a fixture test proves each can fail. */
final class DomainArchitecture {

    private DomainArchitecture() {
    }

    /**
     * Every field is final, except in the builders Immutables generates (a builder fills itself
     * in before it builds the immutable value).
     */
    static ArchRule everyFieldIsFinal(String packages) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(packages)
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
                .should().beFinal()
                .because("domain values are immutable: change makes a new value");
    }

    /** No method is a setter. */
    static ArchRule noSetters(String packages) {
        return methods().that().areDeclaredInClassesThat().resideInAPackage(packages)
                .should().haveNameNotMatching("set[A-Z].*")
                .because("domain values are immutable: builders and with-methods, never setters");
    }

    /** No class reads the clock. */
    static ArchRule noClockReads(String packages) {
        return noClasses().that().resideInAPackage(packages)
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("read the clock",
                        call -> call.getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time")))
                .because("dates are always passed in");
    }
}
