package org.duly.timescales;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.period.DayPeriod;

/**
 * What meets a timescale's obligations, and how a record finds the occurrence it meets.
 *
 * <p>A record meets the most recent open occurrence whose window contains its date: current work
 * is credited to the current occurrence, never to a stale one. A {@link Link} narrows that to the
 * occurrence with the same id, where the case file carries one ("for the same placement"). A
 * look-back lets work the law prefers before the clock starts count for it ("or up to 5 working days
 * before the clock starts", a planning meeting before a planned move). And where the rule says so,
 * one record meets every open occurrence it covers (one personal education plan after two school
 * moves).
 *
 * <pre>{@code
 * Fulfilment.by(PLACEMENT_PLANNING_MEETING).linkedBy(SAME_PLACEMENT).orUpTo(workingDays(5)).before();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its parts are.
 *
 * @param <F> the type of the occurrences that meet it
 * @param event the occurrences that meet it
 * @param link which records belong together by id, when the records say so
 * @param lookBack how long before the clock starts work counts, when it does
 * @param coversEveryOpenOccurrence whether one record meets every open occurrence whose window contains it
 * @param shortfall how far a record of the event's type that does not meet it falls short, where the rule says so:
 *     empty for a record it says nothing of
 */
@CheckReturnValue
public record Fulfilment<F>(Event<F> event, Optional<Link> link, Optional<DayPeriod> lookBack, boolean coversEveryOpenOccurrence,
        Optional<Function<? super F, Optional<String>>> shortfall) {

    /** Checks every part is present. */
    public Fulfilment {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(lookBack, "lookBack");
        Objects.requireNonNull(shortfall, "shortfall");
    }

    /**
     * Met by occurrences of an event.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<Conference> byInitialConference = Fulfilment.by(CONFERENCE.where(initial()));
     * }</pre>
     *
     * @param <F> the type of the occurrences
     * @param event the event
     * @return the fulfilment
     */
    public static <F> Fulfilment<F> by(Event<F> event) {
        return new Fulfilment<>(event, Optional.empty(), Optional.empty(), false, Optional.empty());
    }

    /**
     * The same fulfilment, counting a record only for the occurrence with the same id, where both
     * carry one.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<ReportShared> report = Fulfilment.by(REPORT_SHARED).linkedBy(SAME_CONFERENCE);
     * assertThat(report.inWords()).isEqualTo("the report shared for the same conference");
     * }</pre>
     *
     * @param newLink the link
     * @return the fulfilment
     */
    public Fulfilment<F> linkedBy(Link newLink) {
        return new Fulfilment<>(event, Optional.of(Objects.requireNonNull(newLink, "link")), lookBack, coversEveryOpenOccurrence, shortfall);
    }

    /**
     * Starts a look-back: work done up to a period before the clock starts counts, on time. It never
     * reaches back to or before the previous occurrence's start, or the day the previous occurrence
     * ended.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<Meeting> early = Fulfilment.by(PLACEMENT_PLANNING_MEETING).orUpTo(workingDays(5)).before();
     * }</pre>
     *
     * @param period how far before the clock starts
     * @return the clause, waiting for "before"
     */
    public LookBackClause<F> orUpTo(DayPeriod period) {
        return new LookBackClause<>(this, Objects.requireNonNull(period, "period"));
    }

    /**
     * The same fulfilment, where one record meets every open occurrence whose window contains it,
     * not only the most recent.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<Pep> pep = Fulfilment.by(PERSONAL_EDUCATION_PLAN).coveringEveryOpenOccurrence();
     * assertThat(pep.inWords()).isEqualTo("the personal education plan, one meeting every open occurrence it covers");
     * }</pre>
     *
     * @return the fulfilment
     */
    public Fulfilment<F> coveringEveryOpenOccurrence() {
        return new Fulfilment<>(event, link, lookBack, true, shortfall);
    }

    /**
     * The same fulfilment, saying how far a record falls short where it is of the event's type but does
     * not meet the occurrence whose window contains it (fewer sessions than the rule asks for): an
     * occurrence still owed names it in its reason. The record still does not meet it. Deadlines name it;
     * recurrences and fixed schedules do not yet, and an occurrence closed as missed keeps only what closed it.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<SessionsCompleted> sessions = Fulfilment.by(SESSIONS_COMPLETED.where(twelveAndTwelve()))
     *     .sayingHowFarShort(s -> s.directWork() >= 12 ? Optional.empty() : Optional.of(s.directWork() + " of the 12 sessions"));
     * }</pre>
     *
     * @param howFarShort of a record of the event's type, how far short it falls, or empty to say nothing of it
     * @return the fulfilment
     */
    public Fulfilment<F> sayingHowFarShort(Function<? super F, Optional<String>> howFarShort) {
        return new Fulfilment<>(event, link, lookBack, coversEveryOpenOccurrence,
                Optional.of(Objects.requireNonNull(howFarShort, "howFarShort")));
    }

    /**
     * What meets the obligations, in words that follow "met by": "the placement planning meeting for
     * the same placement, or up to 5 working days before the clock starts".
     *
     * @return the fulfilment in words
     */
    public String inWords() {
        return event.inWords()
                + link.map(l -> " " + l.inWords()).orElse("")
                + lookBack.map(period -> ", or up to " + period.inWords() + " before the clock starts").orElse("")
                + (coversEveryOpenOccurrence ? ", one meeting every open occurrence it covers" : "");
    }

    /**
     * "Or up to P" waiting for "before".
     *
     * @param <F> the type of the occurrences
     */
    @CheckReturnValue
    public static final class LookBackClause<F> {
        private final Fulfilment<F> fulfilment;
        private final DayPeriod period;

        private LookBackClause(Fulfilment<F> fulfilment, DayPeriod period) {
            this.fulfilment = fulfilment;
            this.period = period;
        }

        /**
         * Before the clock starts: the look-back's end.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(Fulfilment.by(PLACEMENT_PLANNING_MEETING).orUpTo(workingDays(5)).before().inWords())
         *     .isEqualTo("the placement planning meeting, or up to 5 working days before the clock starts");
         * }</pre>
         *
         * @return the fulfilment
         */
        public Fulfilment<F> before() {
            return new Fulfilment<>(fulfilment.event(), fulfilment.link(), Optional.of(period), fulfilment.coversEveryOpenOccurrence(),
                    fulfilment.shortfall());
        }
    }
}
