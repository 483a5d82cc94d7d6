package org.duly.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of occurrence a timescale counts from or is met by, as the caller defines it: its words,
 * its type and where its date (and time) are. Which occurrences count can be narrowed with a
 * {@link Condition} and a selection: each (the default), the first, the latest or the n-th.
 *
 * <pre>{@code
 * Event<StrategyDiscussion> STRATEGY_DISCUSSION =
 *     Event.of("the strategy discussion", StrategyDiscussion.class, StrategyDiscussion::date);
 * within(workingDays(15)).of(STRATEGY_DISCUSSION.where(initiatedSection47()));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its functions are.
 *
 * @param <O> the type of the occurrences
 */
public final class Event<O> implements Anchor {

    /** Which of the matching occurrences an anchor uses. */
    enum Selection { EACH, FIRST, LATEST, NTH }

    private final String description;
    private final Class<O> type;
    private final Function<? super O, LocalDate> date;
    private final Function<? super O, Optional<LocalDateTime>> dateTime;
    private final Optional<Condition<? super O>> condition;
    private final Selection selection;
    private final int nth;
    /** What one occurrence is called, worked out once: every anchor point carries it. */
    private final String occurrenceWords;

    private Event(String description, Class<O> type, Function<? super O, LocalDate> date,
            Function<? super O, Optional<LocalDateTime>> dateTime, Optional<Condition<? super O>> condition,
            Selection selection, int nth) {
        this.description = Objects.requireNonNull(description, "description");
        this.type = Objects.requireNonNull(type, "type");
        this.date = Objects.requireNonNull(date, "date");
        this.dateTime = Objects.requireNonNull(dateTime, "dateTime");
        this.condition = condition;
        this.selection = selection;
        this.nth = nth;
        // A condition without words narrows an event whose own words already say it ("the initial conference").
        this.occurrenceWords = condition.filter(c -> !c.description().isBlank())
                .map(c -> description + " " + c.description()).orElse(description);
    }

    /**
     * Defines a kind of occurrence.
     *
     * <p>Example:
     * <pre>{@code
     * Event<Referral> REFERRAL = Event.of("the referral", Referral.class, Referral::date);
     * }</pre>
     *
     * @param <O> the type of the occurrences
     * @param description the occurrence in words, to follow "within 5 days of": "the referral",
     *     "becoming looked after"
     * @param type the type of the occurrences
     * @param date where an occurrence's date is
     * @return the event
     */
    public static <O> Event<O> of(String description, Class<O> type, Function<? super O, LocalDate> date) {
        return new Event<>(description, type, date, occurrence -> Optional.empty(), Optional.empty(), Selection.EACH, 0);
    }

    /**
     * The same event, with where an occurrence's local date and time are (Europe/London), for
     * timescales in hours.
     *
     * <p>Example:
     * <pre>{@code
     * Event<Concern> CONCERN = Event.of("the concern", Concern.class, Concern::date).withDateTime(Concern::dateTime);
     * }</pre>
     *
     * @param newDateTime where an occurrence's date-time is, empty when not recorded
     * @return the event
     */
    public Event<O> withDateTime(Function<? super O, Optional<LocalDateTime>> newDateTime) {
        return new Event<>(description, type, date, newDateTime, condition, selection, nth);
    }

    /**
     * Only the occurrences that meet a condition; the condition's words follow the event's.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(STRATEGY_DISCUSSION.where(initiatedSection47()).inWords())
     *     .isEqualTo("the strategy discussion that initiated section 47 enquiries");
     * }</pre>
     *
     * @param newCondition the condition
     * @return the narrowed event
     */
    public Event<O> where(Condition<? super O> newCondition) {
        Objects.requireNonNull(newCondition, "condition");
        Condition<? super O> combined = condition.isPresent() ? and(condition.get(), newCondition) : newCondition;
        return new Event<>(description, type, date, dateTime, Optional.of(combined), selection, nth);
    }

    private static <T> Condition<T> and(Condition<? super T> first, Condition<? super T> second) {
        String words = first.description().isBlank() ? second.description()
                : second.description().isBlank() ? first.description() : first.description() + " and " + second.description();
        return new Condition<T>(words,
                (value, facts) -> first.test(value, facts) && second.test(value, facts));
    }

    /**
     * Only the first occurrence.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(REFERRAL.first().inWords()).isEqualTo("the first referral");
     * }</pre>
     *
     * @return the event, first occurrence only
     */
    public Event<O> first() {
        return new Event<>(description, type, date, dateTime, condition, Selection.FIRST, 0);
    }

    /**
     * Only the latest occurrence.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(REFERRAL.latest().inWords()).isEqualTo("the latest referral");
     * }</pre>
     *
     * @return the event, latest occurrence only
     */
    public Event<O> latest() {
        return new Event<>(description, type, date, dateTime, condition, Selection.LATEST, 0);
    }

    /**
     * Only the n-th occurrence, counting from 1.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(REFERRAL.nth(2).inWords()).isEqualTo("the 2nd referral");
     * }</pre>
     *
     * @param n which occurrence, from 1
     * @return the event, n-th occurrence only
     */
    public Event<O> nth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("occurrences count from 1, not " + n);
        }
        return new Event<>(description, type, date, dateTime, condition, Selection.NTH, n);
    }

    /**
     * Every occurrence: the default, undoing {@link #first()}, {@link #latest()} or {@link #nth(int)}.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(REFERRAL.first().each()).isEqualTo(REFERRAL);
     * }</pre>
     *
     * @return the event, every occurrence
     */
    public Event<O> each() {
        return new Event<>(description, type, date, dateTime, condition, Selection.EACH, 0);
    }

    /**
     * The type of the occurrences.
     *
     * @return the type
     */
    public Class<O> type() {
        return type;
    }

    /**
     * The event as the booklet says it: "the strategy discussion that initiated section 47 enquiries",
     * "the first referral".
     *
     * @return the event in words
     */
    @Override
    public String inWords() {
        String base = occurrenceWords();
        return switch (selection) {
            case EACH -> base;
            case FIRST -> qualified("first", base);
            case LATEST -> qualified("latest", base);
            case NTH -> qualified(Ordinals.of(nth), base);
        };
    }

    /** The event's words without its selection: what one occurrence is called. */
    String occurrenceWords() {
        return occurrenceWords;
    }

    private static String qualified(String which, String base) {
        return base.startsWith("the ") ? "the " + which + " " + base.substring(4) : which + " " + base;
    }

    @Override
    public boolean happens() {
        return true;
    }

    /**
     * The occurrence's date.
     *
     * @param occurrence an occurrence
     * @return its date
     */
    LocalDate dateOf(O occurrence) {
        return date.apply(occurrence);
    }

    /**
     * The occurrence's local date-time, when recorded.
     *
     * @param occurrence an occurrence
     * @return its date-time
     */
    Optional<LocalDateTime> dateTimeOf(O occurrence) {
        return dateTime.apply(occurrence);
    }

    /**
     * The matching occurrences in date order (by time on one day when both have one), before selection.
     *
     * @param facts the facts of the case
     * @return the occurrences that meet the condition
     */
    List<O> matching(Facts facts) {
        List<O> all = facts.occurrences(type);
        if (all.isEmpty()) {
            return List.of();
        }
        List<O> matching = all;
        if (condition.isPresent()) {
            Condition<? super O> test = condition.get();
            matching = new ArrayList<>(all.size());
            for (O occurrence : all) {
                if (test.test(occurrence, facts)) {
                    matching.add(occurrence);
                }
            }
        }
        // Facts come in the order they happened; an event counted at another date (a conference at the
        // date it is scheduled for) may need sorting.
        for (int i = 1; i < matching.size(); i++) {
            if (dateOf(matching.get(i)).isBefore(dateOf(matching.get(i - 1)))) {
                List<O> sorted = new ArrayList<>(matching);
                sorted.sort(Comparator.comparing(this::dateOf));
                return sorted;
            }
        }
        return matching;
    }

    /**
     * The selected occurrences in date order.
     *
     * @param facts the facts of the case
     * @return each, the first, the latest or the n-th matching occurrence
     */
    List<O> selected(Facts facts) {
        List<O> matching = matching(facts);
        return switch (selection) {
            case EACH -> matching;
            case FIRST -> matching.isEmpty() ? List.of() : List.of(matching.get(0));
            case LATEST -> matching.isEmpty() ? List.of() : List.of(matching.get(matching.size() - 1));
            case NTH -> matching.size() < nth ? List.of() : List.of(matching.get(nth - 1));
        };
    }

    /** An anchor point for one occurrence. */
    AnchorPoint pointOf(O occurrence) {
        return new AnchorPoint(occurrenceWords, dateOf(occurrence), dateTimeOf(occurrence), Optional.empty(),
                Optional.of(occurrence), 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event<?> that
                && description.equals(that.description)
                && type.equals(that.type)
                && date.equals(that.date)
                && dateTime.equals(that.dateTime)
                && condition.equals(that.condition)
                && selection == that.selection
                && nth == that.nth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, type, selection, nth);
    }

    @Override
    public String toString() {
        return inWords();
    }
}
