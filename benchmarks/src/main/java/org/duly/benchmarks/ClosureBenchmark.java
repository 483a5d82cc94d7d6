package org.duly.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an authority's closure days cost: adding 10 of them to the England and Wales calendar (what a
 * system that builds a policy per request pays each time), and working-day arithmetic on a calendar
 * with closures against the same arithmetic without them, on {@link CalendarBenchmark}'s inputs.
 * Two calendars with closures: 10 days in February 2024, and the working days between Christmas
 * and New Year closed in every year of the supported range (about 600 days), the most a council is
 * likely to configure.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar ClosureBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ClosureBenchmark {

    /** Two weeks in February 2024, Monday to Friday: 10 working days, no bank holiday among them. */
    static final DateRange TEN_WORKING_DAYS = DateRange.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 16));

    private final CalendarInputs inputs = new CalendarInputs(20261122L);
    private WorkingCalendar withoutClosures;
    private WorkingCalendar withTenClosures;
    private WorkingCalendar withChristmasClosures;
    private int next;

    /** Builds the calendars once, outside the measurement. */
    @Setup
    public void setUp() {
        withoutClosures = EnglandAndWales.calendar();
        withTenClosures = withoutClosures.withClosures(TEN_WORKING_DAYS, "Closure");
        WorkingCalendar christmas = withoutClosures;
        DateRange range = withoutClosures.supportedRange();
        for (int year = range.start().getYear(); year < range.endInclusive().getYear(); year++) {
            christmas = christmas.withClosures(
                    DateRange.of(LocalDate.of(year, 12, 24), LocalDate.of(year + 1, 1, 1)), "Christmas closure");
        }
        withChristmasClosures = christmas;
    }

    private int nextIndex() {
        next = (next + 1) & (CalendarInputs.SIZE - 1);
        return next;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WorkingCalendar withClosuresOf10Days() {
        return withoutClosures.withClosures(TEN_WORKING_DAYS, "Closure");
    }

    @Benchmark
    public LocalDate shiftWithoutClosures() {
        int i = nextIndex();
        return withoutClosures.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public LocalDate shiftWith10Closures() {
        int i = nextIndex();
        return withTenClosures.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public LocalDate shiftWithChristmasClosuresEveryYear() {
        int i = nextIndex();
        return withChristmasClosures.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public int betweenWithoutClosures() {
        int i = nextIndex();
        return withoutClosures.workingDaysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenWith10Closures() {
        int i = nextIndex();
        return withTenClosures.workingDaysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenWithChristmasClosuresEveryYear() {
        int i = nextIndex();
        return withChristmasClosures.workingDaysBetween(inputs.dates[i], inputs.ends[i]);
    }
}
