package org.duly.domain.care;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.CeasedLookedAfterReason;
import org.duly.domain.events.LegalStatus;
import org.duly.timescales.OnFirstUse;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.period.Age;

/**
 * A young person's care leaver category on any date, from the periods of care of
 * their timeline, under the Children Act 1989 as amended by the Children (Leaving Care) Act 2000.
 *
 * <p>The 13 weeks (91 days) are counted in days looked after, where, as everywhere in
 * {@link CareHistory}, a child is looked after "on a day" after that day's events: from the day
 * they became looked after up to the day before they ceased to be. A child looked after from
 * 1 January 2024 has 13 weeks at the end of 31 March (1 January to 31 March is 91 days), so is
 * eligible on 31 March if 16 by then; had they gone home on 1 April, after exactly 13 weeks, they
 * would be relevant from 1 April; home on 31 March, after 90 days, they would not. Interpretations,
 * where the statute leaves them open:
 * <ul>
 * <li>Days count from the 14th birthday, which is a day "after he reached 14" (an age is attained at
 *     the start of the birthday); a period that began earlier counts from the birthday on.</li>
 * <li>A period of care that ends on the 16th birthday "ended after he reached the age of sixteen"
 *     (Schedule 2 paragraph 19B(2)) and was care "at any time after reaching the age of sixteen"
 *     (section 24(1B)): by section 9 of the Family Law Reform Act 1969 an age is attained at the start
 *     of the birthday, so the child was looked after, aged 16, that morning. Such a child with the 13
 *     weeks is eligible on the birthday and relevant from it (out of care after that day's events);
 *     without them, qualifying. The birthday itself is not counted as a further day toward the 13
 *     weeks: the day a period ends is the first day out of care, everywhere in {@link CareHistory}.</li>
 * <li>Days under a pre-planned series of short breaks ({@link LegalStatus#SECTION_20_SHORT_BREAKS})
 *     never count, toward the 13 weeks or as being looked after for these categories (regulations 40
 *     and 48 of the Care Planning, Placement and Case Review (England) Regulations 2010 take such
 *     children out of the eligible category). Regulation 48 covers only stays of at most 17 days, 75
 *     days in all in any 12 months: a day recorded as a short break beyond either limit (from the 18th
 *     day of a stay, or beyond 75 days of short breaks in the 12 months ending on it) is ordinary care
 *     and counts. Each day is judged on the days before it, so a day's count never depends on what was
 *     recorded after it.</li>
 * <li>Eligibility is judged on each day: a child is eligible on the first day, from the 16th
 *     birthday, that they are looked after (or, on the birthday, were that morning) and have the 13
 *     weeks, and relevant on any day out of care after it before 18. A former relevant child is one
 *     who was eligible on some day before 18 (a relevant child was, and so was an eligible child on
 *     the day before the 18th birthday).</li>
 * <li>Qualifying (section 24) covers those aged 16 to 20 not in the categories above and no longer
 *     looked after or fostered who, after 16 and while still a child, were looked after or privately
 *     fostered (only a disabled child can be, after 16), or who left care under a special
 *     guardianship order (section 24(1A)). Accommodation by a voluntary organisation, a private
 *     children's home or for 3 months by a health or education body (section 24(1B)) is not in a
 *     child's case timeline and is not modelled.</li>
 * <li>Not modelled either: the exclusion of a child who has lived at home for 6 months (regulation
 *     3 of the Care Leavers (England) Regulations 2010) and the additional relevant category of a
 *     child detained or in hospital on their 16th birthday. A case management system that records
 *     them can override the category.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CareLeaverStatus {

    /** The 13 weeks of the eligible child test, in days. */
    public static final int THIRTEEN_WEEKS_IN_DAYS = 91;

    /** The longest single short break stay under regulation 48, in days. */
    private static final int SHORT_BREAK_MOST_DAYS = 17;
    /** The most days of short breaks in any 12 months under regulation 48. */
    private static final int SHORT_BREAKS_MOST_DAYS_A_YEAR = 75;

    private static final int FOURTEEN = 14;
    private static final int SIXTEEN = 16;
    private static final int EIGHTEEN = 18;

    private final CaseTimeline timeline;
    private final Child child;
    private final CareLeaverRules rules;
    /** The periods of care, worked out on first use. */
    private final OnFirstUse<CareHistory> history;
    /** The care counted, worked out on first use: for most children, under 16, no category needs it. */
    private final OnFirstUse<Counted> counted;
    /** The other ways to qualify, worked out only for a young person over 16 not otherwise a care leaver. */
    private final OnFirstUse<OtherRoutes> otherRoutes;

    /** Days looked after that count toward the 13 weeks, and the first day eligible. */
    private record Counted(List<DateRange> days, Optional<LocalDate> eligibleFrom) {
    }

    /** Special guardianship orders out of care and private fostering arrangements (section 24). */
    private record OtherRoutes(List<LocalDate> specialGuardianshipOrders, List<PrivateFosteringArrangement> arrangements) {
    }

    private CareLeaverStatus(CaseTimeline timeline, Supplier<CareHistory> history, CareLeaverRules rules) {
        this.timeline = timeline;
        this.child = timeline.child();
        this.rules = rules;
        this.history = OnFirstUse.of(history);
        this.counted = OnFirstUse.of(() -> count(this.history.get()));
        this.otherRoutes = OnFirstUse.of(() -> new OtherRoutes(specialGuardianshipOrders(timeline), PrivateFosteringArrangement.allIn(timeline)));
    }

    /** The days care ended with a special guardianship order. */
    private static List<LocalDate> specialGuardianshipOrders(CaseTimeline timeline) {
        // A loop, not a stream: worked out for every child whose care leaver status a rule asks for.
        List<LocalDate> orders = new ArrayList<>(0);
        for (CeasedLookedAfter ceased : timeline.eventsOf(CeasedLookedAfter.class)) {
            if (ceased.reason().equals(Optional.of(CeasedLookedAfterReason.SPECIAL_GUARDIANSHIP_ORDER))) {
                orders.add(ceased.date());
            }
        }
        return List.copyOf(orders);
    }

    /** The same history under other upper ages: what was counted does not depend on them. */
    private CareLeaverStatus(CareLeaverStatus counted, CareLeaverRules rules) {
        this.timeline = counted.timeline;
        this.child = counted.child;
        this.rules = rules;
        this.history = counted.history;
        this.counted = counted.counted;
        this.otherRoutes = counted.otherRoutes;
    }

    private Counted count(CareHistory history) {
        if (child.dateOfBirth().isEmpty() || history.periodsOfCare().isEmpty()) {
            return new Counted(List.of(), Optional.empty());
        }
        List<DateRange> days = countedDays(history, birthday(EIGHTEEN));
        return new Counted(days, firstEligibleDay(days));
    }

    /**
     * The care leaver status of a timeline, under the statute without extensions.
     *
     * <p>Example:
     * <pre>{@code
     * CareLeaverStatus status = CareLeaverStatus.of(timeline);
     * assertThat(status.categoryOn(LocalDate.parse("2025-01-01"))).isEqualTo(CareLeaverCategory.RELEVANT);
     * }</pre>
     *
     * @param timeline the young person's timeline
     * @return the status
     */
    public static CareLeaverStatus of(CaseTimeline timeline) {
        return of(timeline, CareLeaverRules.STATUTE);
    }

    /**
     * The care leaver status of a timeline under given rules: the 2017 extension to 25, say.
     *
     * <p>Example:
     * <pre>{@code
     * CareLeaverStatus status = CareLeaverStatus.of(timeline, CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25)));
     * }</pre>
     *
     * @param timeline the young person's timeline
     * @param rules the rules
     * @return the status
     */
    public static CareLeaverStatus of(CaseTimeline timeline, CareLeaverRules rules) {
        return new CareLeaverStatus(timeline, () -> CareHistory.of(timeline), rules);
    }

    /**
     * The care leaver status read from a care history already worked out, under the statute without
     * extensions.
     *
     * <p>Example:
     * <pre>{@code
     * CareLeaverStatus status = CareLeaverStatus.of(CareHistory.of(timeline));
     * }</pre>
     *
     * @param history the young person's care history
     * @return the status
     */
    public static CareLeaverStatus of(CareHistory history) {
        return new CareLeaverStatus(history.timeline(), () -> history, CareLeaverRules.STATUTE);
    }

    /**
     * The same young person's status under other rules, without counting their care again unless
     * the 29 February rule differs.
     *
     * <p>Example:
     * <pre>{@code
     * CareLeaverStatus toTwentyFive = CareLeaverStatus.of(timeline).under(CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25)));
     * }</pre>
     *
     * @param other the rules
     * @return the status under them; equal in every category to {@code CareLeaverStatus.of(timeline, other)}
     */
    public CareLeaverStatus under(CareLeaverRules other) {
        if (other.equals(rules)) {
            return this;
        }
        return other.birthdays() == rules.birthdays() ? new CareLeaverStatus(this, other) : of(timeline, other);
    }

    /**
     * The category on a day, after that day's events.
     *
     * @param date the day
     * @return the category; {@link CareLeaverCategory#NONE} for a child with no date of birth
     */
    public CareLeaverCategory categoryOn(LocalDate date) {
        // Every category starts at 16.
        if (child.dateOfBirth().isEmpty() || !reached(SIXTEEN, date)) {
            return CareLeaverCategory.NONE;
        }
        Optional<LocalDate> eligibleFrom = counted.get().eligibleFrom();
        boolean lookedAfter = countedOn(date);
        // Eligible on or before the day: a child eligible on the morning of the 16th birthday who ceased that day is relevant on it.
        boolean eligibleBefore = eligibleFrom.filter(first -> !first.isAfter(date)).isPresent();
        if (reached(SIXTEEN, date) && !reached(EIGHTEEN, date)) {
            if (lookedAfter) {
                return eligibleFrom.filter(first -> !first.isAfter(date)).isPresent()
                        ? CareLeaverCategory.ELIGIBLE : CareLeaverCategory.NONE;
            }
            if (eligibleBefore) {
                return CareLeaverCategory.RELEVANT;
            }
        }
        if (reached(EIGHTEEN, date) && eligibleFrom.isPresent()) {
            return date.isBefore(birthday(rules.formerRelevantUntil()))
                    ? CareLeaverCategory.FORMER_RELEVANT : CareLeaverCategory.NONE;
        }
        if (reached(SIXTEEN, date) && date.isBefore(birthday(rules.qualifyingUntil())) && !lookedAfter
                && !eligibleBefore && qualifies(date)) {
            return CareLeaverCategory.QUALIFYING;
        }
        return CareLeaverCategory.NONE;
    }

    /**
     * The first day the young person was an eligible child: looked after on or after the 16th
     * birthday with the 13 weeks counted by the end of it. The pathway plan is due within 3 months
     * of it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(status.dateBecameEligible()).contains(LocalDate.parse("2024-03-31"));
     * }</pre>
     *
     * @return the day, or empty if they never were
     */
    public Optional<LocalDate> dateBecameEligible() {
        return counted.get().eligibleFrom();
    }

    /**
     * The first day the young person was a qualifying care leaver (section 24), if they ever were: the
     * 16th birthday, the 18th, or a day they ceased to be looked after or privately fostered, whichever
     * first found them qualifying. The yearly contact with a qualifying care leaver counts from it, however
     * they came to qualify (private fostering included).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(status.dateBecameQualifying()).contains(LocalDate.parse("2023-09-26"));
     * }</pre>
     *
     * @return the day, or empty if they never were
     */
    public Optional<LocalDate> dateBecameQualifying() {
        if (child.dateOfBirth().isEmpty()) {
            return Optional.empty();
        }
        // Every route to qualifying needs care, a special guardianship order or a private fostering arrangement.
        if (counted.get().days().isEmpty() && otherRoutes.get().specialGuardianshipOrders().isEmpty()
                && otherRoutes.get().arrangements().isEmpty()) {
            return Optional.empty();
        }
        LocalDate sixteenth = birthday(SIXTEEN);
        LocalDate end = birthday(rules.qualifyingUntil());
        // The category changes only on these days: a birthday, or a day care or private fostering ended.
        TreeSet<LocalDate> days = new TreeSet<>(List.of(sixteenth, birthday(EIGHTEEN)));
        timeline.eventsOf(CeasedLookedAfter.class).forEach(ceased -> days.add(ceased.date()));
        otherRoutes.get().arrangements().forEach(arrangement -> arrangement.ended().ifPresent(days::add));
        for (LocalDate day : days.subSet(sixteenth, end)) {
            if (categoryOn(day) == CareLeaverCategory.QUALIFYING) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * The days counted toward the 13 weeks by the end of a day: days looked after from the 14th
     * birthday up to and including the day, not under short breaks.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(status.daysCountedThrough(LocalDate.parse("2024-03-31"))).isEqualTo(91);
     * }</pre>
     *
     * @param date the day
     * @return the days, 0 for a child with no date of birth
     */
    public long daysCountedThrough(LocalDate date) {
        if (child.dateOfBirth().isEmpty()) {
            return 0;
        }
        LocalDate from = birthday(FOURTEEN);
        long days = 0;
        for (DateRange range : counted.get().days()) {
            LocalDate first = later(range.start(), from);
            LocalDate last = earlier(range.endInclusive(), date);
            days += Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
        }
        return days;
    }

    /** Days looked after before the 18th birthday and not under short breaks, as ranges in date order. */
    private static List<DateRange> countedDays(CareHistory history, LocalDate eighteenth) {
        List<DateRange> ranges = new ArrayList<>();
        List<DateRange> shortBreaks = new ArrayList<>();
        Map<LocalDate, LegalStatus> changes = history.legalStatusChanges();
        for (PeriodOfCare period : history.periodsOfCare()) {
            LocalDate end = period.end().filter(day -> day.isBefore(eighteenth)).orElse(eighteenth);
            LocalDate segmentStart = period.start();
            LegalStatus status = history.legalStatusOn(period.start()).orElse(LegalStatus.SECTION_20);
            for (Map.Entry<LocalDate, LegalStatus> change : changes.entrySet()) {
                if (change.getKey().isAfter(period.start()) && change.getKey().isBefore(end)) {
                    addSegment(ranges, shortBreaks, segmentStart, change.getKey(), status);
                    segmentStart = change.getKey();
                    status = change.getValue();
                }
            }
            addSegment(ranges, shortBreaks, segmentStart, end, status);
        }
        // Regulation 48 covers only stays of at most 17 days, 75 days in all in any 12 months: a day of a stay beyond
        // either limit, though recorded as a short break, is ordinary care and counts. Judged day by day on the days
        // before it, so that what a day counts never depends on what was recorded after it (how long a stay went on).
        ranges.addAll(beyondShortBreakLimits(shortBreaks));
        ranges.sort(Comparator.comparing(DateRange::start));
        return List.copyOf(ranges);
    }

    private static void addSegment(List<DateRange> ranges, List<DateRange> shortBreaks, LocalDate start, LocalDate end,
            LegalStatus status) {
        if (!end.isAfter(start)) {
            return;
        }
        DateRange days = DateRange.of(start, end.minusDays(1));
        if (!status.isShortBreaks()) {
            ranges.add(days);
        } else {
            shortBreaks.add(days);
        }
    }

    /**
     * The days of short break stays that regulation 48 does not cover: from the 18th day of a stay, and any day
     * beyond 75 days of short breaks in the 12 months ending on it.
     */
    private static List<DateRange> beyondShortBreakLimits(List<DateRange> stays) {
        List<DateRange> beyond = new ArrayList<>();
        java.util.ArrayDeque<LocalDate> covered = new java.util.ArrayDeque<>();
        List<DateRange> ordered = new ArrayList<>(stays);
        ordered.sort(Comparator.comparing(DateRange::start));
        for (DateRange stay : ordered) {
            LocalDate runStart = null;
            for (LocalDate day = stay.start(); !day.isAfter(stay.endInclusive()); day = day.plusDays(1)) {
                LocalDate yearStart = day.minusMonths(12).plusDays(1);
                while (!covered.isEmpty() && covered.peekFirst().isBefore(yearStart)) {
                    covered.pollFirst();
                }
                boolean withinLimits = days(stay.start(), day) <= SHORT_BREAK_MOST_DAYS
                        && covered.size() < SHORT_BREAKS_MOST_DAYS_A_YEAR;
                if (withinLimits) {
                    covered.addLast(day);
                    if (runStart != null) {
                        beyond.add(DateRange.of(runStart, day.minusDays(1)));
                        runStart = null;
                    }
                } else if (runStart == null) {
                    runStart = day;
                }
            }
            if (runStart != null) {
                beyond.add(DateRange.of(runStart, stay.endInclusive()));
            }
        }
        return beyond;
    }

    /** Days from first to last inclusive, or 0 if last is before first. */
    private static long days(LocalDate first, LocalDate last) {
        return Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
    }

    /** The least day looked after from 16 and before 18 with at least 91 days counted by its end. */
    private Optional<LocalDate> firstEligibleDay(List<DateRange> countedDays) {
        LocalDate fourteenth = birthday(FOURTEEN);
        LocalDate sixteenth = birthday(SIXTEEN);
        long counted = 0;
        for (DateRange range : countedDays) {
            LocalDate countFrom = later(range.start(), fourteenth);
            long needed = THIRTEEN_WEEKS_IN_DAYS - counted;
            // Through day D of this range, counted + (D - countFrom + 1) days: D = countFrom + needed - 1 completes 91.
            LocalDate complete = needed > 0 ? countFrom.plusDays(needed - 1) : range.start();
            LocalDate candidate = later(later(range.start(), sixteenth), complete);
            if (!candidate.isAfter(range.endInclusive())) {
                return Optional.of(candidate);
            }
            // A period ending on the 16th birthday ended after 16 (looked after that morning): eligible on the birthday
            // when the 13 weeks were complete by the day before.
            if (range.endInclusive().plusDays(1).equals(sixteenth) && !complete.isAfter(range.endInclusive())) {
                return Optional.of(sixteenth);
            }
            counted += Math.max(0, ChronoUnit.DAYS.between(countFrom, range.endInclusive()) + 1);
        }
        return Optional.empty();
    }

    private boolean qualifies(LocalDate date) {
        LocalDate sixteenth = birthday(SIXTEEN);
        LocalDate lastChildhoodDay = earlier(date, birthday(EIGHTEEN)).minusDays(1);
        // A period ending on the 16th birthday counts: the child was looked after, aged 16, that morning (FLRA 1969 s9).
        boolean lookedAfterSince16 = counted.get().days().stream().anyMatch(range ->
                !range.endInclusive().plusDays(1).isBefore(sixteenth) && !range.start().isAfter(lastChildhoodDay));
        boolean specialGuardianship = otherRoutes.get().specialGuardianshipOrders().stream().anyMatch(order -> !order.isAfter(date));
        return lookedAfterSince16 || specialGuardianship || privatelyFosteredSince16(date, sixteenth, lastChildhoodDay);
    }

    /** Privately fostered on some day from 16 while a child, and no longer on the day judged. */
    private boolean privatelyFosteredSince16(LocalDate date, LocalDate sixteenth, LocalDate lastChildhoodDay) {
        List<PrivateFosteringArrangement> arrangements = otherRoutes.get().arrangements();
        boolean fosteredNow = arrangements.stream().anyMatch(arrangement -> arrangement.isInForceOn(date)
                && PrivateFostering.judge(child, arrangement, date, rules.birthdays(), history.get().lookedAfterOn(date))
                        .isPrivateFostering());
        if (fosteredNow) {
            return false;
        }
        for (PrivateFosteringArrangement arrangement : arrangements) {
            // The test only gets easier as the care goes on, until the child is too old: judge the last day in force.
            LocalDate last = arrangement.ended().map(end -> end.minusDays(1)).filter(day -> day.isBefore(lastChildhoodDay))
                    .orElse(lastChildhoodDay);
            if (!last.isBefore(later(sixteenth, arrangement.livingWithCarerFrom()))
                    && PrivateFostering.judge(child, arrangement, last, rules.birthdays(), history.get().lookedAfterOn(last))
                            .isPrivateFostering()) {
                return true;
            }
        }
        return false;
    }

    private boolean countedOn(LocalDate date) {
        return counted.get().days().stream().anyMatch(range -> range.contains(date));
    }

    private boolean reached(int years, LocalDate date) {
        return !birthday(years).isAfter(date);
    }

    private LocalDate birthday(int years) {
        return birthday(Age.of(years));
    }

    private LocalDate birthday(Age age) {
        return age.attainedOn(child.dateOfBirth().orElseThrow(), rules.birthdays()).date();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
