package org.duly.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.Architectures;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rules that keep Duly's core honest, each written once, so that the architecture test applies
 * them to the real modules and a fixture test proves each can fail.
 */
final class DulyArchitecture {

    /** The packages of the core modules, which read no clock, file, network or environment. */
    static final String[] CORE = {"org.duly.timescales..", "org.duly.domain..", "org.duly.workflows..", "org.duly.policies.."};

    /** The packages of the published modules, whose public types are Duly's API (docs/API.md lists them). */
    static final String[] PUBLISHED = {"org.duly.timescales..", "org.duly.domain..", "org.duly.workflows..",
            "org.duly.policies..", "org.duly.casefile..", "org.duly.testkit.."};

    /** The modules that know no particular authority: a council's policy lives under {@code org.duly.policies}. */
    static final String[] GENERIC = {"org.duly.timescales..", "org.duly.domain..", "org.duly.workflows..",
            "org.duly.casefile..", "org.duly.testkit.."};

    /**
     * The module map of DESIGN.md as layers, white-listed: each module may use only the modules below
     * it, so a new dependency between modules fails here unless the map allows it. The test kit sits
     * beside the core (no main code uses it); the command line and the examples are used by nothing.
     *
     * @return the layered architecture
     */
    static Architectures.LayeredArchitecture moduleMap() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("timescales").definedBy("org.duly.timescales..")
                .layer("domain").definedBy("org.duly.domain..")
                .layer("workflows").definedBy("org.duly.workflows..")
                .layer("policies").definedBy("org.duly.policies..")
                .layer("casefile").definedBy("org.duly.casefile..")
                .layer("testkit").definedBy("org.duly.testkit..")
                .layer("cli").definedBy("org.duly.cli..")
                .layer("examples").definedBy("org.duly.examples..")
                .whereLayer("examples").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("testkit").mayNotBeAccessedByAnyLayer()
                .whereLayer("casefile").mayOnlyBeAccessedByLayers("cli", "examples")
                .whereLayer("policies").mayOnlyBeAccessedByLayers("cli", "examples")
                .whereLayer("workflows").mayOnlyBeAccessedByLayers("policies", "casefile", "testkit", "cli", "examples")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("workflows", "policies", "casefile", "testkit", "cli", "examples")
                .whereLayer("timescales").mayOnlyBeAccessedByLayers("domain", "workflows", "policies", "casefile", "testkit", "cli",
                        "examples");
    }

    /** No generic module uses a policy module: a council's areas, spec ids and citations belong to its policy. */
    static ArchRule noAuthorityIn(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAPackage("org.duly.policies..")
                .because("the generic modules know no particular authority: any council's policy plugs in");
    }

    private static final Set<String> TIME_TYPES_WITH_NOW = Set.of(
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Year",
            "java.time.YearMonth", "java.time.MonthDay", "java.time.chrono.HijrahDate",
            "java.time.chrono.JapaneseDate", "java.time.chrono.MinguoDate", "java.time.chrono.ThaiBuddhistDate");

    private DulyArchitecture() {
    }

    private static final DescribedPredicate<JavaCall<?>> READS_THE_CLOCK = DescribedPredicate.describe(
            "read the clock (now(), Clock.system*(), System.currentTimeMillis(), System.nanoTime())",
            call -> {
                String owner = call.getTargetOwner().getName();
                String method = call.getName();
                return (method.equals("now") && TIME_TYPES_WITH_NOW.contains(owner))
                        || (owner.equals(Clock.class.getName()) && method.startsWith("system"))
                        || (owner.equals(System.class.getName())
                                && (method.equals("currentTimeMillis") || method.equals("nanoTime")));
            });

    private static final DescribedPredicate<JavaFieldAccess> USES_THE_CONSOLE = DescribedPredicate.describe(
            "use System.out or System.err",
            access -> access.getTargetOwner().getName().equals(System.class.getName())
                    && (access.getName().equals("out") || access.getName().equals("err")));

    private static final DescribedPredicate<JavaCall<?>> READS_THE_ENVIRONMENT = DescribedPredicate.describe(
            "read the environment (System.getenv, System.getProperty)",
            call -> call.getTargetOwner().getName().equals(System.class.getName())
                    && (call.getName().equals("getenv") || call.getName().equals("getProperty")));

    static ArchRule noClockReads(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().callMethodWhere(READS_THE_CLOCK)
                .because("dates are always passed in: an evaluation must give the same answer tomorrow");
    }

    static ArchRule noConsoleOutput(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().accessFieldWhere(USES_THE_CONSOLE)
                .because("the core modules are a library: output belongs to the caller");
    }

    static ArchRule noLegacyDateTypes(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.GregorianCalendar")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.TimeZone")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Date")
                .because("java.time is the one model of dates in Duly");
    }

    static ArchRule noFilesNetworkOrEnvironment(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveNameMatching("java\\.io\\.(File|RandomAccess).*")
                .orShould().callMethodWhere(READS_THE_ENVIRONMENT)
                .because("no core module reads a file, the network or the environment;"
                        + " data bundled in the jar is read as a classpath resource");
    }

    /** Values, not their builders: a builder's fields are set one call at a time, by design (Immutables writes most). */
    private static final DescribedPredicate<JavaClass> VALUES = DescribedPredicate.describe(
            "are values (not builders, not generated by Immutables)",
            type -> !type.isAnnotatedWith("org.immutables.value.Generated")
                    && type.getEnclosingClass().map(outer -> !outer.isAnnotatedWith("org.immutables.value.Generated")).orElse(true)
                    && !type.getSimpleName().endsWith("Builder"));

    /**
     * The classes Immutables generates are not API: a value is built through its own {@code builder()},
     * which returns its own public {@code Builder}, so the implementation can change without a break.
     */
    static ArchRule noPublicGeneratedClasses(String... packages) {
        return classes().that().areAnnotatedWith("org.immutables.value.Generated").and().resideInAnyPackage(packages)
                .should().notBePublic()
                .because("Duly's style (DulyStyle) hides each generated implementation and builder in its package");
    }

    /** Values have final fields and no setters: change makes a new value. */
    static ArchRule immutableTypes(String... packages) {
        return CompositeArchRule.of(fields().that().areDeclaredInClassesThat(VALUES)
                        .and().areDeclaredInClassesThat().resideInAnyPackage(packages)
                        .should().beFinal()
                        .because("values are immutable and thread-safe, like java.time"))
                .and(methods().that().areDeclaredInClassesThat(VALUES)
                        .and().areDeclaredInClassesThat().resideInAnyPackage(packages)
                        .should().haveNameNotMatching("set[A-Z].*")
                        .because("values are immutable: builders and with-methods, never setters"));
    }

    /** Members a user of the library can call or read: public or protected, in a public class. */
    private static final DescribedPredicate<JavaMember> API = DescribedPredicate.describe(
            "are part of the API (public or protected, in a public class)",
            member -> member.getOwner().getModifiers().contains(JavaModifier.PUBLIC)
                    && (member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED)));

    /** The types a member's signature names: its parameters, its result or field type, and every type argument of them. */
    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> involved = new LinkedHashSet<>();
        if (member instanceof JavaField field) {
            involved.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit unit) {
            involved.addAll(unit.getReturnType().getAllInvolvedRawTypes());
            unit.getParameterTypes().forEach(type -> involved.addAll(type.getAllInvolvedRawTypes()));
        }
        return involved;
    }

    private static final ArchCondition<JavaMember> NOT_EXPOSE_VAVR = new ArchCondition<>(
            "not have a Vavr type in their signature (parameters, result, field type, or any type argument of them)") {
        @Override
        public void check(JavaMember member, ConditionEvents events) {
            signatureTypes(member).stream().filter(type -> type.getPackageName().startsWith("io.vavr")).forEach(type -> events.add(
                    SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + type.getName())));
        }
    };

    static ArchRule noVavrInPublicSignatures(String... packages) {
        return members().that(API).and().areDeclaredInClassesThat().resideInAnyPackage(packages)
                .should(NOT_EXPOSE_VAVR)
                .because("Vavr is an implementation detail: a consumer gets Duly's own types, Optional and List"
                        + " (and a system on another Vavr version gets no conflict)");
    }

    private static final String INTERNAL = "org.duly.timescales.annotations.Internal";

    /** A type marked {@code @Internal}, or nested in one. */
    private static boolean isInternal(JavaClass type) {
        return type.isAnnotatedWith(INTERNAL) || type.getEnclosingClass().map(DulyArchitecture::isInternal).orElse(false);
    }

    private static final ArchCondition<JavaMember> NOT_EXPOSE_INTERNAL = new ArchCondition<>(
            "not have a type marked @Internal in their signature unless they are internal themselves (marked, or in an"
                    + " internal type)") {
        @Override
        public void check(JavaMember member, ConditionEvents events) {
            if (member.isAnnotatedWith(INTERNAL) || isInternal(member.getOwner())) {
                return;
            }
            signatureTypes(member).stream().filter(DulyArchitecture::isInternal).forEach(type -> events.add(
                    SimpleConditionEvent.violated(member, member.getFullName() + " exposes the internal " + type.getName())));
        }
    };

    /**
     * What is {@code @Internal} stays out of the API: no public signature names an internal type unless
     * the member is internal too, so an application never needs an internal type to use what it may.
     */
    static ArchRule noInternalTypesInPublicSignatures(String... packages) {
        return members().that(API).and().areDeclaredInClassesThat().resideInAnyPackage(packages)
                .should(NOT_EXPOSE_INTERNAL)
                .because("@Internal marks what is public only for Duly's own modules: it may change without notice,"
                        + " so the API an application uses must not lead to it");
    }
}
