package org.duly.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * A kind of occurrence a timescale counts from or is met by, as the caller defines it: its words,
 * its type and where its date (and time) are. Which occurrences count can be narrowed with a
 * {@link Condition}, whose words follow the event's ({@link #where}), or with one the event's new
 * words say in full ({@link #filteredBy}); and a selection: each (the default), the first, the latest
 * or the n-th.
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
@CheckReturnValue
public final class Event<O> implements Anchor {

    /** Which of the matching occurrences an anchor uses. */
    enum Selection { EACH, FIRST, LATEST, NTH }

    /** What one occurrence is called, before the words of its conditions: "the child protection conference". */
    private final String name;
    private final Class<O> type;
    private final Function<? super O, LocalDate> date;
    private final Function<? super O, Optional<LocalDateTime>> dateTime;
    /** Conditions the name already says ({@link #filteredBy}): tested, not printed. */
    private final Optional<Condition<? super O>> filter;
    /** Conditions whose words follow the name ({@link #where}). */
    private final Optional<Condition<? super O>> condition;
    /** Every condition, said or not: what matching tests, combined once. */
    private final Optional<Condition<? super O>> test;
    private final Selection selection;
    private final int nth;
    /** What one occurrence is called, worked out once: every anchor point carries it. */
    private final String occurrenceWords;
    /** The event as a clause, as it follows "until" and "when" ({@link #asClause}): "the plan ends". */
    private final Optional<String> clause;
    /** Worked out once: the event is a key of every case's remembered matches. */
    private final int hash;
    /** The key under which a case's facts remember this event's anchor points ({@link Facts#remembered}). */
    final Object anchorPointsKey = new Object();
    /** The key under which a case's facts remember this event's occurrences as candidates to meet an obligation. */
    final Object candidatesKey = new Object();
    /**
     * The key under which a case's facts remember the dates and times of every occurrence of the type ({@link Dated}):
     * shared by every event made from this one with the same type and the same dates and times ({@code where},
     * {@code first}, ...), so that those are asked of each occurrence once per case, not once per event.
     */
    private final Object datedKey;

    private Event(String name, Class<O> type, Function<? super O, LocalDate> date,
            Function<? super O, Optional<LocalDateTime>> dateTime, Optional<Condition<? super O>> filter,
            Optional<Condition<? super O>> condition, Selection selection, int nth, Object datedKey) {
        this(name, type, date, dateTime, filter, condition, selection, nth, Optional.empty(), datedKey);
    }

    private Event(String name, Class<O> type, Function<? super O, LocalDate> date,
            Function<? super O, Optional<LocalDateTime>> dateTime, Optional<Condition<? super O>> filter,
            Optional<Condition<? super O>> condition, Selection selection, int nth, Optional<String> clause, Object datedKey) {
        this.name = Words.require(name, "an event");
        this.type = Objects.requireNonNull(type, "type");
        this.date = Objects.requireNonNull(date, "date");
        this.dateTime = Objects.requireNonNull(dateTime, "dateTime");
        this.filter = filter;
        this.condition = condition;
        this.test = filter.isPresent() && condition.isPresent() ? Optional.of(both(filter.get(), condition.get()))
                : filter.isPresent() ? filter : condition;
        this.selection = selection;
        this.nth = nth;
        this.occurrenceWords = condition.map(c -> name + " " + c.description()).orElse(name);
        this.clause = clause.map(words -> Words.require(words, "an event's clause"));
        this.hash = Objects.hash(name, type, selection, nth);
        this.datedKey = Objects.requireNonNull(datedKey, "datedKey");
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
     * @throws IllegalArgumentException if the words are blank
     */
    public static <O> Event<O> of(String description, Class<O> type, Function<? super O, LocalDate> date) {
        return new Event<>(description, type, date, occurrence -> Optional.empty(), Optional.empty(), Optional.empty(),
                Selection.EACH, 0, new Object());
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
        // Other times: other dates and times to remember.
        return new Event<>(name, type, date, newDateTime, filter, condition, selection, nth, clause, new Object());
    }

    /**
     * The same event, with its words as a clause, for where the sentence asks for one: after "until"
     * and "when" ("until the plan ends", "discharged when the complaint is resolved"). Its noun, after
     * "within 5 days of", stays as {@link #of} gave it. New words ({@link #where}, {@link Unnamed#called})
     * and a selection ({@link #first()}) leave the clause unsaid, so the noun is used in its place.
     *
     * <p>Example:
     * <pre>{@code
     * Event<ComplaintResolved> resolved = Event.of("the resolution of the complaint", ComplaintResolved.class,
     *     ComplaintResolved::date).asClause("the complaint is resolved");
     * assertThat(within(workingDays(3)).of(COMPLAINT_RECEIVED).until(resolved).inWords())
     *     .isEqualTo("within 3 working days of receipt of the complaint, until the complaint is resolved");
     * }</pre>
     *
     * @param words the event as a clause: "the plan ends"
     * @return the event
     * @throws IllegalArgumentException if the words are blank
     */
    public Event<O> asClause(String words) {
        return new Event<>(name, type, date, dateTime, filter, condition, selection, nth, Optional.of(words), datedKey);
    }

    /**
     * Only the occurrences that meet a condition; the condition's words follow the event's, and a
     * second condition's follow the first's after "and".
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
        return new Event<>(name, type, date, dateTime, filter,
                Optional.of(condition.isPresent() ? both(condition.get(), newCondition) : newCondition), selection, nth, datedKey);
    }

    /**
     * Only the occurrences that meet a condition, when the event is better said afresh than with the
     * condition's words after its own: the next and only step, {@link Unnamed#called(String)}, gives
     * the narrowed event its words, so it cannot be left unsaid.
     *
     * <p>Example:
     * <pre>{@code
     * Event<ConferenceHeld> initial = CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.INITIAL))
     *     .called("the initial child protection conference");
     * assertThat(initial.inWords()).isEqualTo("the initial child protection conference");
     * }</pre>
     *
     * @param newFilter the condition, which the new words must say
     * @return the narrowed event, waiting for its words
     */
    public Unnamed<O> filteredBy(Condition<? super O> newFilter) {
        Objects.requireNonNull(newFilter, "filter");
        return new Unnamed<>(this, newFilter);
    }

    private static <T> Condition<T> both(Condition<? super T> first, Condition<? super T> second) {
        return new Condition<T>(first.description() + " and " + second.description(),
                (value, facts) -> first.test(value, facts) && second.test(value, facts), first.reads().and(second.reads()));
    }

    /**
     * An event narrowed by {@link Event#filteredBy(Condition)}, waiting for the words that say what
     * it now is.
     *
     * @param <O> the type of the occurrences
     */
    @CheckReturnValue
    public static final class Unnamed<O> {
        private final Event<O> event;
        private final Condition<? super O> filter;

        private Unnamed(Event<O> event, Condition<? super O> filter) {
            this.event = event;
            this.filter = filter;
        }

        /**
         * The narrowed event's words, in full, as they follow "within 5 days of": what the booklet
         * calls it.
         *
         * <p>Example:
         * <pre>{@code
         * Event<ConferenceHeld> initial = CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.INITIAL))
         *     .called("the initial child protection conference");
         * assertThat(within(workingDays(10)).of(initial).inWords())
         *     .isEqualTo("within 10 working days of the initial child protection conference");
         * }</pre>
         *
         * @param words the narrowed event in words
         * @return the narrowed event
         * @throws IllegalArgumentException if the words are blank
         */
        public Event<O> called(String words) {
            Condition<? super O> all = event.test.<Condition<? super O>>map(before -> both(before, filter))
                    .orElse(filter);
            return new Event<>(words, event.type, event.date, event.dateTime, Optional.of(all), Optional.empty(),
                    event.selection, event.nth, event.datedKey);
        }
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
        return new Event<>(name, type, date, dateTime, filter, condition, Selection.FIRST, 0, clause, datedKey);
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
        return new Event<>(name, type, date, dateTime, filter, condition, Selection.LATEST, 0, clause, datedKey);
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
        return new Event<>(name, type, date, dateTime, filter, condition, Selection.NTH, n, clause, datedKey);
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
        return new Event<>(name, type, date, dateTime, filter, condition, Selection.EACH, 0, clause, datedKey);
    }

    /**
     * Every condition that narrows the event, said in its words or not ({@link #where},
     * {@link #filteredBy}), combined: what an occurrence must meet to count.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(STRATEGY_DISCUSSION.where(initiatedSection47()).narrowedBy()).isPresent();
     * assertThat(STRATEGY_DISCUSSION.narrowedBy()).isEmpty();
     * }</pre>
     *
     * @return the combined condition; empty when every occurrence counts
     */
    public Optional<Condition<? super O>> narrowedBy() {
        return test;
    }

    /**
     * What the event's conditions read of a case besides its occurrences ({@link Condition#reads()}):
     * "the initial child protection conference that made a child protection plan" reads the plans created.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CONFERENCE_HELD.where(WITH_A_PLAN).reads().occurrences()).contains(ChildsPlanCreated.class);
     * }</pre>
     *
     * @return the reads; none for an event no condition narrows
     */
    public Reads reads() {
        return test.<Reads>map(Condition::reads).orElse(Reads.none());
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

    /**
     * The event in the form its place in the sentence asks for: its clause after "until" and "when"
     * where {@link #asClause} gave one and every occurrence counts; otherwise its noun.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(COMPLAINT_RESOLVED.inWords(Anchor.Form.CLAUSE)).isEqualTo("the complaint is resolved");
     * assertThat(COMPLAINT_RESOLVED.inWords(Anchor.Form.NOUN)).isEqualTo("the resolution of the complaint");
     * }</pre>
     *
     * @param form the form
     * @return the event in words
     */
    @Override
    public String inWords(Form form) {
        return form == Form.CLAUSE && selection == Selection.EACH ? clause.orElseGet(this::inWords) : inWords();
    }

    /** The event's words without its selection: what one occurrence is called. */
    String occurrenceWords() {
        return occurrenceWords;
    }

    private static String qualified(String which, String base) {
        // Words that already say which ("the first short break") are not said twice ("the first first short break").
        if (base.startsWith("the " + which + " ") || base.startsWith(which + " ")) {
            return base;
        }
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
        return matched(facts).occurrences();
    }

    /** The matching occurrences in date order, with their dates and times. */
    Dated<O> matched(Facts facts) {
        List<O> all = facts.occurrences(type);
        if (all.isEmpty()) {
            // Most events asked of a case are of types it has none of: nothing to work out, nor to remember.
            return Dated.none();
        }
        // Many rules count from or are met by the same event: a case's facts remember its matches.
        return facts.remembered(this, () -> matchingNow(all, facts));
    }

    private Dated<O> matchingNow(List<O> all, Facts facts) {
        Dated<O> matching = facts.remembered(datedKey, () -> Dated.of(all, this));
        if (test.isPresent()) {
            Condition<? super O> every = test.get();
            int[] places = new int[all.size()];
            int count = 0;
            for (int i = 0; i < places.length; i++) {
                if (every.test(all.get(i), facts)) {
                    places[count++] = i;
                }
            }
            if (count < places.length) {
                matching = matching.only(places, count);
            }
        }
        // Facts come in the order they happened; an event counted at another date (a conference at the
        // date it is scheduled for) may need sorting.
        return matching.inDateOrder() ? matching : matching.inDateOrderNow();
    }

    /**
     * The selected occurrences in date order.
     *
     * @param facts the facts of the case
     * @return each, the first, the latest or the n-th matching occurrence
     */
    Dated<O> selected(Facts facts) {
        Dated<O> matching = matched(facts);
        return switch (selection) {
            case EACH -> matching;
            case FIRST -> matching.isEmpty() ? Dated.none() : matching.only(0);
            case LATEST -> matching.isEmpty() ? Dated.none() : matching.only(matching.size() - 1);
            case NTH -> matching.size() < nth ? Dated.none() : matching.only(nth - 1);
        };
    }

    /** An anchor point for one of these occurrences, by its place. */
    AnchorPoint pointOf(Dated<O> occurrences, int place) {
        return new AnchorPoint(occurrenceWords, occurrences.date(place), occurrences.dateTime(place), Optional.empty(),
                Optional.of(occurrences.occurrence(place)), 0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event<?> that
                && name.equals(that.name)
                && type.equals(that.type)
                && date.equals(that.date)
                && dateTime.equals(that.dateTime)
                && filter.equals(that.filter)
                && condition.equals(that.condition)
                && selection == that.selection
                && nth == that.nth
                && clause.equals(that.clause);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return inWords();
    }
}
