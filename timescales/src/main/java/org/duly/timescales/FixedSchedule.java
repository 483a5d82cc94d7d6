package org.duly.timescales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.period.MonthEndAmbiguity;

/**
 * An obligation on a fixed schedule, from an anchor until an end: once in each of some months of
 * the year ("each May and November"), or once in each calendar week, Monday to Sunday ("a weekly
 * improvement cycle meeting"). Each month or week is a window, due on its last day; the first is cut
 * to start on the anchor's date. Write one with {@link Timescales#inEach} or
 * {@link Timescales#everyWeek}; its constructor is {@link Internal}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param months the months of the year, or empty for every week
 * @param from what starts the schedule; each occurrence starts a chain
 * @param until what ends a chain, if anything does besides the next chain
 * @param onlyWhen a condition a window's last day must meet for the window to count ("while aged 4 to 17")
 */
@CheckReturnValue
public record FixedSchedule(Set<Month> months, Anchor from, Optional<Anchor> until, Optional<When> onlyWhen)
        implements Timescale {

    /** Checks every part is present and copies the months. */
    @Internal
    public FixedSchedule {
        months = months.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(months));
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(onlyWhen, "onlyWhen");
    }

    /**
     * The same schedule, each chain ending at the first occurrence of an anchor on or after its start.
     *
     * <p>Example:
     * <pre>{@code
     * FixedSchedule sdq = inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).until(CEASED_LOOKED_AFTER);
     * }</pre>
     *
     * @param end what ends a chain
     * @return the schedule
     */
    public FixedSchedule until(Anchor end) {
        return new FixedSchedule(months, from, Optional.of(end), onlyWhen);
    }

    /**
     * The same schedule, counting only the windows whose last day meets a condition.
     *
     * <p>Example:
     * <pre>{@code
     * FixedSchedule sdq = inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).when(AGED_4_TO_17);
     * assertThat(sdq.inWords()).endsWith(", when aged 4 to 17");
     * }</pre>
     *
     * @param condition the condition, in words that follow "when"
     * @return the schedule
     */
    public FixedSchedule when(When condition) {
        return new FixedSchedule(months, from, until, Optional.of(condition));
    }

    /** Whether the schedule is weekly. */
    boolean weekly() {
        return months.isEmpty();
    }

    /**
     * The window after the one containing {@code date}, or the one containing it when {@code date}
     * is its first day: the first window starting on or after {@code date}.
     */
    LocalDate nextWindowStartOnOrAfter(LocalDate date) {
        if (weekly()) {
            return date.getDayOfWeek() == DayOfWeek.MONDAY ? date : date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        LocalDate candidate = date.getDayOfMonth() == 1 ? date : date.with(TemporalAdjusters.firstDayOfNextMonth());
        while (!months.contains(candidate.getMonth())) {
            candidate = candidate.plusMonths(1);
        }
        return candidate;
    }

    /** The last day of the window starting on {@code start}. */
    LocalDate windowEnd(LocalDate start) {
        return weekly() ? start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : start.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** Whether {@code date} lies in a window of the schedule. */
    boolean inWindow(LocalDate date) {
        return weekly() || months.contains(date.getMonth());
    }

    @Override
    public String inWords() {
        String when;
        if (weekly()) {
            when = "every week (Monday to Sunday)";
        } else {
            List<String> names = new ArrayList<>();
            EnumSet.copyOf(months).forEach(month -> names.add(month.getDisplayName(TextStyle.FULL, Locale.UK)));
            when = "each " + (names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
        }
        return when + " from " + from.inWords() + until.map(end -> ", until " + end.inWords(Anchor.Form.CLAUSE)).orElse("")
                + onlyWhen.map(condition -> ", when " + condition.description()).orElse("");
    }

    @Override
    public List<MonthEndAmbiguity> monthEndAmbiguities() {
        return List.of();
    }
}
