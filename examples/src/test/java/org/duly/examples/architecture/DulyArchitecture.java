package org.duly.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.Set;

/**
 * The rules that keep Duly's core honest, written once so that the architecture test applies them
 * to the real modules and a fixture test proves each can fail.
 */
final class DulyArchitecture {

    /** The packages of the core modules, which read no clock, file, network or environment. */
    static final String[] CORE = {"org.duly.timescales..", "org.duly.domain..", "org.duly.workflows.."};

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
}
