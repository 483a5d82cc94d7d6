package org.duly.benchmarks;

import com.opengamma.strata.basics.ReferenceData;
import com.opengamma.strata.basics.date.HolidayCalendar;
import com.opengamma.strata.basics.date.HolidayCalendarIds;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.common.HolidayHandlerType;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;
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
 * Working-day arithmetic in Duly, OpenGamma Strata (its London calendar, a bitset), ObjectLab Kit
 * (given the same holidays as Duly; a forward calculator for positive counts, a backward one for
 * negative counts, as it requires) and a naive day-by-day loop, on the same random inputs in one
 * run. Each operation is one shift of -70 to 70 working days, or one count over 0 to 100 days.
 *
 * <p>And what an authority's closure days cost in Duly: adding 10 of them to the England and Wales
 * calendar (what a system that builds a policy per request pays each time), and the same arithmetic
 * on two calendars with closures: 10 days in February 2024, and the working days from Christmas Eve
 * to New Year's Day closed in every year of the supported range (about 900 days, more than a
 * council is likely to configure).
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -Dmaven.test.skip=true && java -jar benchmarks/target/benchmarks.jar CalendarBenchmark}
 * (only the closures: {@code 'CalendarBenchmark.*Closures'})
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CalendarBenchmark {

    /** Two weeks in February 2024, Monday to Friday: 10 working days, no bank holiday among them. */
    static final DateRange TEN_WORKING_DAYS = DateRange.of(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 16));

    private final CalendarInputs inputs = new CalendarInputs(20261122L);
    private WorkingCalendar duly;
    private WorkingCalendar dulyWith10Closures;
    private WorkingCalendar dulyWithChristmasClosures;
    private HolidayCalendar strata;
    private DateCalculator<LocalDate> objectLabForward;
    private DateCalculator<LocalDate> objectLabBackward;
    private Set<LocalDate> holidays;
    private int next;

    /** Builds each library's calendar once, outside the measurement. */
    @Setup
    public void setUp() {
        duly = EnglandAndWales.calendar();
        dulyWith10Closures = duly.withClosures(TEN_WORKING_DAYS, "Closure");
        WorkingCalendar christmas = duly;
        for (int year = duly.supportedRange().start().getYear(); year < duly.supportedRange().endInclusive().getYear(); year++) {
            christmas = christmas.withClosures(DateRange.of(LocalDate.of(year, 12, 24), LocalDate.of(year + 1, 1, 1)), "Christmas closure");
        }
        dulyWithChristmasClosures = christmas;
        strata = HolidayCalendarIds.GBLO.resolve(ReferenceData.standard());
        holidays = CalendarInputs.holidays();
        LocalDateKitCalculatorsFactory factory = new LocalDateKitCalculatorsFactory();
        factory.registerHolidays("EW", new DefaultHolidayCalendar<>(holidays, CalendarInputs.FIRST, CalendarInputs.LAST));
        // ObjectLab refuses negative moves on a forward calculator: one calculator per direction.
        objectLabForward = factory.getDateCalculator("EW", HolidayHandlerType.FORWARD);
        objectLabBackward = factory.getDateCalculator("EW", HolidayHandlerType.BACKWARD);
    }

    private int nextIndex() {
        next = (next + 1) & (CalendarInputs.SIZE - 1);
        return next;
    }

    @Benchmark
    public LocalDate shiftDuly() {
        int i = nextIndex();
        return duly.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public LocalDate shiftDulyWith10Closures() {
        int i = nextIndex();
        return dulyWith10Closures.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public LocalDate shiftDulyWithChristmasClosures() {
        int i = nextIndex();
        return dulyWithChristmasClosures.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public LocalDate shiftStrata() {
        int i = nextIndex();
        return strata.shift(inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public LocalDate shiftObjectLab() {
        int i = nextIndex();
        DateCalculator<LocalDate> objectLab = inputs.counts[i] < 0 ? objectLabBackward : objectLabForward;
        return objectLab.setStartDate(inputs.dates[i]).moveByBusinessDays(inputs.counts[i]).getCurrentBusinessDate();
    }

    @Benchmark
    public LocalDate shiftNaive() {
        int i = nextIndex();
        return CalendarInputs.naiveShift(holidays, inputs.dates[i], inputs.counts[i]);
    }

    @Benchmark
    public int betweenDuly() {
        int i = nextIndex();
        return duly.workingDaysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenDulyWith10Closures() {
        int i = nextIndex();
        return dulyWith10Closures.workingDaysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenDulyWithChristmasClosures() {
        int i = nextIndex();
        return dulyWithChristmasClosures.workingDaysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenStrata() {
        int i = nextIndex();
        return strata.daysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenObjectLab() {
        int i = nextIndex();
        return objectLabForward.getNumberOfBusinessDaysBetween(inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    public int betweenNaive() {
        int i = nextIndex();
        return CalendarInputs.naiveBetween(holidays, inputs.dates[i], inputs.ends[i]);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WorkingCalendar withClosuresOf10Days() {
        return duly.withClosures(TEN_WORKING_DAYS, "Closure");
    }
}
