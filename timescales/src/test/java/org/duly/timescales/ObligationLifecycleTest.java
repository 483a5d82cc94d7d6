package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duly.timescales.calendar.EnglandAndWales;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DESIGN's "Obligations: opened, met, closed", mechanism by mechanism: each table gives the boundary
 * day and the day after. A row's expected outcome lists every occurrence as "label due status", with
 * what met or closed it where that matters.
 */
class ObligationLifecycleTest {

    /** A placement with an id, and a meeting that may name the placement it is for. */
    record Placement(LocalDate date, String id) {
    }

    record PlanningMeeting(LocalDate date, Optional<String> placementId) {
    }

    record Decision(LocalDate date, Optional<String> referralId) {
    }

    record Extension(LocalDate date, Optional<LocalDate> agreed) {
    }

    static final Event<Placement> PLACEMENT = Event.of("the start of the placement", Placement.class, Placement::date);
    static final Event<PlanningMeeting> PLANNING_MEETING =
            Event.of("the placement planning meeting", PlanningMeeting.class, PlanningMeeting::date);
    static final Event<Decision> NO_FURTHER_ACTION = Event.of("the decision of no further action", Decision.class, Decision::date);
    static final Event<Extension> EXTENSION = Event.of("the extension", Extension.class, Extension::date);
    static final Link SAME_PLACEMENT = Link.named("placement")
            .reading(Placement.class, placement -> Optional.of(placement.id()))
            .reading(PlanningMeeting.class, PlanningMeeting::placementId);

    private static final EvaluationContext JUNE = on("2024-06-28");

    private static EvaluationContext on(String asOf) {
        return EvaluationContext.on(date(asOf), EnglandAndWales.calendar());
    }

    /** "1 2024-01-09 MET_LATE by 2024-06-04", "2 2024-06-10 NOT_REQUIRED". */
    private static List<String> outcomes(Evaluation evaluation) {
        return evaluation.obligations().stream().map(o -> (o.chain() > 1 ? o.chain() + "." : "") + o.occurrence() + " " + o.due()
                + " " + o.status() + o.metBy().map(met -> " by " + met.date()).orElse("")
                + (o.intervalsMissed() > 0 ? " +" + o.intervalsMissed() : "")).toList();
    }

    private static List<String> expected(String cell) {
        return List.of(cell.split("; "));
    }

    private static List<Object> dated(String cell, java.util.function.Function<LocalDate, Object> make) {
        List<Object> made = new ArrayList<>();
        if (cell != null) {
            for (String day : cell.trim().split("\\s+")) {
                made.add(make.apply(date(day)));
            }
        }
        return made;
    }

    /**
     * Rule 2, matching: a record meets the most recent open occurrence whose window contains it, so June's
     * visit is credited to June's referral, never to January's stale one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                 | referrals             | visits                | expected
            current work goes to the current referral                | 2024-01-02 2024-06-03 | 2024-06-04            | 1 2024-01-09 OVERDUE; 2 2024-06-10 MET by 2024-06-04
            a visit the day before the second referral is the first's | 2024-01-02 2024-06-03 | 2024-06-02            | 1 2024-01-09 MET_LATE by 2024-06-02; 2 2024-06-10 OVERDUE
            two visits: the later referral first, then the older one | 2024-01-02 2024-06-03 | 2024-06-04 2024-06-05 | 1 2024-01-09 MET_LATE by 2024-06-05; 2 2024-06-10 MET by 2024-06-04
            """)
    void matching_goes_to_the_most_recent_open_occurrence(String story, String referrals, String visits, String expected) {
        List<Object> facts = dated(referrals, Referral::new);
        facts.addAll(dated(visits, Visit::new));
        Evaluation evaluation = within(workingDays(5)).of(REFERRAL).evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), JUNE);
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
    }

    /**
     * "Immediately" on a weekend or a bank holiday, decided once in {@link Deadline.Immediately}: {@code on(A)} is the
     * calendar day itself; {@code on(A).orTheNextWorkingDay()} is the anchor's day when it is a working day, otherwise
     * the next working day. Work from the anchor's own day counts either way.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                              | referral   | next working day | visit      | expected
            a Saturday referral, done on Monday: the calendar day makes it late  | 2024-01-27 | false            | 2024-01-29 | 1 2024-01-27 MET_LATE by 2024-01-29
            a Saturday referral, done on Monday: on time on the next working day | 2024-01-27 | true             | 2024-01-29 | 1 2024-01-29 MET by 2024-01-29
            the day after the next working day is late                           | 2024-01-27 | true             | 2024-01-30 | 1 2024-01-29 MET_LATE by 2024-01-30
            done on the Saturday itself counts                                   | 2024-01-27 | true             | 2024-01-27 | 1 2024-01-29 MET by 2024-01-27
            a Friday referral is due that Friday: it is a working day            | 2024-01-26 | true             | 2024-01-29 | 1 2024-01-26 MET_LATE by 2024-01-29
            Good Friday: the next working day is after Easter Monday             | 2024-03-29 | true             | 2024-04-02 | 1 2024-04-02 MET by 2024-04-02
            Saturday before the summer bank holiday: due on the Tuesday          | 2024-08-24 | true             | 2024-08-27 | 1 2024-08-27 MET by 2024-08-27
            Saturday before the summer bank holiday: the Wednesday is late       | 2024-08-24 | true             | 2024-08-28 | 1 2024-08-27 MET_LATE by 2024-08-28
            not done: overdue from the day after the next working day            | 2024-01-27 | true             | -          | 1 2024-01-29 OVERDUE
            """)
    void immediately_on_a_day_that_is_not_a_working_day(String story, String referral, boolean nextWorkingDay, String visit,
            String expected) {
        List<Object> facts = dated(referral, Referral::new);
        facts.addAll(dated(visit, Visit::new));
        Deadline.Immediately sameDay = immediately().on(REFERRAL);
        Deadline deadline = nextWorkingDay ? sameDay.orTheNextWorkingDay() : sameDay;
        Evaluation evaluation = deadline.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), JUNE);
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
        if (nextWorkingDay && !evaluation.obligations().get(0).due().equals(date(referral))) {
            assertThat(evaluation.obligations().get(0).explanation().inEnglish()).as(story)
                    .contains(referral + " is not a working day on the England and Wales calendar, so due on the next working day, "
                            + evaluation.obligations().get(0).due());
        }
    }

    /** Rule 2, linked by id: only a meeting for the same placement meets it; one without an id falls back to dates. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                  | meeting for | meeting on | expected
            a meeting for the first placement meets only the first   | P1          | 2024-06-05 | 1 2024-06-10 MET by 2024-06-05; 2 2024-06-11 OVERDUE
            a meeting for the second placement meets only the second | P2          | 2024-06-05 | 1 2024-06-10 OVERDUE; 2 2024-06-11 MET by 2024-06-05
            a meeting for neither meets neither                      | P3          | 2024-06-05 | 1 2024-06-10 OVERDUE; 2 2024-06-11 OVERDUE
            a meeting that names none meets the most recent          | -           | 2024-06-05 | 1 2024-06-10 OVERDUE; 2 2024-06-11 MET by 2024-06-05
            """)
    void a_link_sends_a_record_to_the_occurrence_with_its_id(String story, String placement, String on, String expected) {
        Facts facts = Facts.of(new Placement(date("2024-06-03"), "P1"), new Placement(date("2024-06-04"), "P2"),
                new PlanningMeeting(date(on), Optional.ofNullable(placement)));
        Fulfilment<PlanningMeeting> meeting = Fulfilment.by(PLANNING_MEETING).linkedBy(SAME_PLACEMENT);
        assertThat(outcomes(within(workingDays(5)).of(PLACEMENT).evaluate(facts, meeting, JUNE))).as(story)
                .containsExactlyElementsOf(expected(expected));
        assertThat(meeting.inWords()).isEqualTo("the placement planning meeting for the same placement");
        Obligation linked = within(workingDays(5)).of(PLACEMENT).evaluate(Facts.of(new Placement(date("2024-06-03"), "P1"),
                new PlanningMeeting(date("2024-06-05"), Optional.of("P1"))), meeting, JUNE).obligations().get(0);
        assertThat(linked.metBy().orElseThrow().inEnglish())
                .isEqualTo("the placement planning meeting on 2024-06-05 (for the same placement)");
    }

    /** Rule 2, one record meets every open occurrence it covers, where the rule says so: one plan after two school moves. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                               | covering | expected
            one plan after two moves meets both, where covering   | true     | 1 2024-06-17 MET by 2024-06-10; 2 2024-06-18 MET by 2024-06-10
            otherwise it meets only the most recent               | false    | 1 2024-06-17 OVERDUE; 2 2024-06-18 MET by 2024-06-10
            """)
    void one_record_can_meet_every_open_occurrence_it_covers(String story, boolean covering, String expected) {
        Facts facts = Facts.of(new Referral(date("2024-06-03")), new Referral(date("2024-06-04")), new Filed(date("2024-06-10")));
        Fulfilment<Filed> plan = covering ? Fulfilment.by(FILED).coveringEveryOpenOccurrence() : Fulfilment.by(FILED);
        assertThat(outcomes(within(workingDays(10)).of(REFERRAL).evaluate(facts, plan, JUNE))).as(story)
                .containsExactlyElementsOf(expected(expected));
    }

    /**
     * Rule 3, look-back: a planning meeting up to 5 working days before the placement starts meets it on time; one
     * a day earlier does not, and never one at or before the previous placement's start.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                        | placements            | meeting    | expected
            the 5th working day before the start (Easter skipped) is on time | 2024-04-05          | 2024-03-27 | 1 2024-04-12 MET by 2024-03-27
            the working day before that is outside the look-back           | 2024-04-05            | 2024-03-26 | 1 2024-04-12 OVERDUE
            never reaching back to the previous placement's start          | 2024-04-02 2024-04-05 | 2024-04-02 | 1 2024-04-09 MET by 2024-04-02; 2 2024-04-12 OVERDUE
            the day after the previous placement's start can be the new one's | 2024-03-27 2024-04-05 | 2024-04-03 | 1 2024-04-05 OVERDUE; 2 2024-04-12 MET by 2024-04-03
            """)
    void a_look_back_lets_early_work_count(String story, String placements, String meeting, String expected) {
        List<Object> facts = new ArrayList<>();
        int n = 0;
        for (String day : placements.split(" ")) {
            facts.add(new Placement(date(day), "P" + ++n));
        }
        facts.add(new PlanningMeeting(date(meeting), Optional.empty()));
        Fulfilment<PlanningMeeting> early = Fulfilment.by(PLANNING_MEETING).orUpTo(workingDays(5)).before();
        Evaluation evaluation = within(workingDays(5)).of(PLACEMENT).evaluate(Facts.of(facts, Map.of()), early, on("2024-06-28"));
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
        assertThat(early.inWords()).isEqualTo("the placement planning meeting, or up to 5 working days before the clock starts");
        evaluation.obligations().stream().flatMap(o -> o.metBy().stream()).filter(met -> met.date().isBefore(date("2024-04-05"))
                        && placements.equals("2024-04-05"))
                .forEach(met -> assertThat(met.inEnglish()).isEqualTo("the placement planning meeting on 2024-03-27 (9 days before"
                        + " the clock started on 2024-04-05, within the 5 working days allowed before it)"));
    }

    /**
     * Rule 4, discharge: an outcome that makes the work unnecessary closes it as not required, whenever it comes; work
     * done by then keeps its status, and a discharge before the clock started discharges nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                             | decided    | visit      | expected
            decided before the visit was due: not required       | 2024-06-05 | -          | 1 2024-06-10 NOT_REQUIRED
            decided on the due day: not required                 | 2024-06-10 | -          | 1 2024-06-10 NOT_REQUIRED
            decided after the due day: still not required        | 2024-06-11 | -          | 1 2024-06-10 NOT_REQUIRED
            visited the day of the decision: met                 | 2024-06-05 | 2024-06-05 | 1 2024-06-10 MET by 2024-06-05
            visited the day after the decision: not required     | 2024-06-05 | 2024-06-06 | 1 2024-06-10 NOT_REQUIRED
            decided the day before the referral: no discharge    | 2024-05-31 | -          | 1 2024-06-10 OVERDUE
            """)
    void an_outcome_discharges_what_it_makes_unnecessary(String story, String decided, String visit, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new Referral(date("2024-06-03")), new Decision(date(decided), Optional.empty())));
        facts.addAll(dated(visit, Visit::new));
        Deadline seen = within(workingDays(5)).of(REFERRAL).dischargedBy(NO_FURTHER_ACTION);
        Evaluation evaluation = seen.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), JUNE);
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
        assertThat(seen.inWords()).isEqualTo("within 5 working days of the referral, discharged by the decision of no further action");
        evaluation.obligations().stream().filter(o -> o.status() == Status.NOT_REQUIRED).forEach(o -> assertThat(o.closedBy())
                .map(Closing::inEnglish).contains("discharged by the decision of no further action on " + decided));
    }

    /**
     * Rule 4 with rule 2: without ids, an outcome answers the most recent occurrence started on or before it, so the
     * decision on June's referral never discharges an earlier referral's unmet work; with ids, the one it names.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                        | decided    | expected
            decided on the second referral, late: the first stays a miss    | 2024-06-20 | 1 2024-06-10 OVERDUE; 2 2024-06-19 NOT_REQUIRED
            decided the day before the second: it answers the first         | 2024-06-11 | 1 2024-06-10 NOT_REQUIRED; 2 2024-06-19 OVERDUE
            decided on the day of the second: it answers the second         | 2024-06-12 | 1 2024-06-10 OVERDUE; 2 2024-06-19 NOT_REQUIRED
            """)
    void an_outcome_answers_the_most_recent_occurrence_before_it(String story, String decided, String expected) {
        Facts facts = Facts.of(List.of(new Referral(date("2024-06-03")), new Referral(date("2024-06-12")),
                new Decision(date(decided), Optional.empty())), Map.of());
        Deadline seen = within(workingDays(5)).of(REFERRAL).dischargedBy(NO_FURTHER_ACTION);
        assertThat(outcomes(seen.evaluate(facts, Fulfilment.by(VISIT), JUNE))).as(story).containsExactlyElementsOf(expected(expected));
    }

    /**
     * Rule 2, supersession: a later anchor supersedes the earlier occurrence, which work from the new one's day on can
     * no longer meet; missed if it was already due, not required if not yet.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                   | second referral | visit      | expected
            superseded after it fell due: missed                      | 2024-06-11      | -          | 1 2024-06-10 MISSED; 2 2024-06-18 OVERDUE
            superseded on its due day: not yet late, not required     | 2024-06-10      | -          | 1 2024-06-10 NOT_REQUIRED; 2 2024-06-17 OVERDUE
            a visit the day before the new referral meets the old one | 2024-06-11      | 2024-06-10 | 1 2024-06-10 MET by 2024-06-10; 2 2024-06-18 OVERDUE
            a visit on the new referral's day meets the new one       | 2024-06-11      | 2024-06-11 | 1 2024-06-10 MISSED; 2 2024-06-18 MET by 2024-06-11
            """)
    void a_later_anchor_supersedes_the_earlier_occurrence(String story, String second, String visit, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new Referral(date("2024-06-03")), new Referral(date(second))));
        facts.addAll(dated(visit, Visit::new));
        Deadline seen = within(workingDays(5)).of(REFERRAL).untilTheNext();
        assertThat(outcomes(seen.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), JUNE))).as(story)
                .containsExactlyElementsOf(expected(expected));
        assertThat(seen.inWords()).isEqualTo("within 5 working days of the referral, until the next referral");
    }

    /** Rule 5, an end: ended on or before its due day it is not required; ended after, it is missed and stays so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                           | ended      | as of      | expected
            ended before it fell due: not required             | 2024-06-07 | 2024-06-28 | 1 2024-06-10 NOT_REQUIRED
            ended on the due day: not required                 | 2024-06-10 | 2024-06-28 | 1 2024-06-10 NOT_REQUIRED
            ended the day after: a miss                        | 2024-06-11 | 2024-06-28 | 1 2024-06-10 MISSED
            before the end comes, overdue: it can still be met | 2024-06-20 | 2024-06-19 | 1 2024-06-10 OVERDUE
            """)
    void an_end_after_the_due_date_leaves_a_miss(String story, String ended, String asOf, String expected) {
        Facts facts = Facts.of(new PlanStarted(date("2024-06-03")), new PlanEnded(date(ended)));
        Evaluation evaluation = within(workingDays(5)).of(PLAN_STARTED).until(PLAN_ENDED)
                .evaluate(Facts.of(facts.occurrences(Object.class).stream()
                        .filter(o -> !(o instanceof PlanEnded ended1) || !ended1.date().isAfter(date(asOf))).toList(), Map.of()), on(asOf));
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
    }

    /**
     * What ends or discharges an obligation need not be known while nothing is owed: an end at the 18th birthday asks
     * for no date of birth in a case whose clock never started; once it has started, the missing date is named.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                      | plan started | expected
            no clock started: nothing owed, nothing asked | -            | -
            a clock started: the missing birth date named  | 2024-06-03   | the date of birth
            """)
    void an_end_that_cannot_be_known_matters_only_once_something_is_owed(String story, String started, String expected) {
        Facts facts = Facts.of(started == null ? List.of() : List.of(new PlanStarted(date(started))), Map.of());
        Anchor eighteen = birthday(18, DATE_OF_BIRTH);
        for (Deadline deadline : List.of(within(workingDays(5)).of(PLAN_STARTED).until(eighteen),
                within(workingDays(5)).of(PLAN_STARTED).dischargedBy(eighteen))) {
            Evaluation evaluation = deadline.evaluate(facts, JUNE);
            assertThat(evaluation.obligations()).as(story).isEmpty();
            List<String> outcomes = evaluation.cannotCompute().stream().map(CannotCompute::missing).toList();
            assertThat(outcomes).as(story + ": " + deadline.inWords())
                    .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
        }
    }

    /** Rule 7, windows that open: work before the window opens does not meet it; on the opening day it does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                              | hearing    | expected
            on day 12, the opening day: met      | 2024-06-14 | 1 2024-06-20 MET by 2024-06-14
            on day 11, before it opens: not met  | 2024-06-13 | 1 2024-06-20 OVERDUE
            on day 19, the day after: met late   | 2024-06-21 | 1 2024-06-20 MET_LATE by 2024-06-21
            """)
    void work_before_a_window_opens_does_not_meet_it(String story, String hearing, String expected) {
        Facts facts = Facts.of(new ApplicationIssued(date("2024-06-03")), new Hearing(date(hearing)));
        Deadline window = betweenDay(12).andDay(18).countingFrom(APPLICATION_ISSUED);
        assertThat(outcomes(window.evaluate(facts, Fulfilment.by(HEARING), JUNE))).as(story).containsExactlyElementsOf(expected(expected));
    }

    /**
     * Rule 8, extensions: an extension counts only when recorded on or before the due date it extends; one recorded
     * later is named in the explanation as not counting, and a late response stays late.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                | extended   | agreed     | response   | expected
            extended on the due day: the longer deadline           | 2024-06-17 | -          | 2024-06-25 | 1 2024-07-01 MET by 2024-06-25
            extended the day after: too late, the response is late | 2024-06-18 | -          | 2024-06-25 | 1 2024-06-17 MET_LATE by 2024-06-25
            an agreed date recorded in time moves the deadline     | 2024-06-10 | 2024-07-05 | 2024-07-05 | 1 2024-07-05 MET by 2024-07-05
            an agreed date recorded too late does not              | 2024-06-18 | 2024-07-05 | 2024-07-05 | 1 2024-06-17 MET_LATE by 2024-07-05
            """)
    void an_extension_counts_only_when_recorded_by_the_deadline(String story, String extended, String agreed, String response,
            String expected) {
        Facts facts = Facts.of(new Referral(date("2024-06-03")), new Extension(date(extended), Optional.ofNullable(agreed).map(LocalDate::parse)),
                new Filed(date(response)));
        Deadline stage1 = agreed == null
                ? within(workingDays(10)).of(REFERRAL).extendedBy(EXTENSION, within(workingDays(20)).of(REFERRAL))
                : within(workingDays(10)).of(REFERRAL).extendedBy(EXTENSION, Extension::agreed);
        Evaluation evaluation = stage1.evaluate(facts, Fulfilment.by(FILED), on("2024-07-31"));
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
        String explained = evaluation.obligations().get(0).explanation().inEnglish();
        if (date(extended).isAfter(date("2024-06-17"))) {
            assertThat(explained).as(story).contains("the extension on " + extended
                    + " was recorded after the due date it would extend, so it does not count");
        } else {
            assertThat(explained).as(story).contains(", extended by the extension on " + extended);
        }
    }

    /**
     * Rule 6, honest lateness: a recurrence with a long gap says how many further intervals passed in full without
     * its work (each counted from the one before, had it been done on its last day).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                         | visits                | as of      | expected
            met on the next interval's own due day: no further interval missed | 2024-01-08 2024-04-01 | 2024-04-02 | 1 2024-01-12 MET by 2024-01-08; 2 2024-02-19 MET_LATE by 2024-04-01; 3 2024-05-13 UPCOMING
            the day after: one further interval missed                     | 2024-01-08 2024-04-02 | 2024-04-03 | 1 2024-01-12 MET by 2024-01-08; 2 2024-02-19 MET_LATE by 2024-04-02 +1; 3 2024-05-14 UPCOMING
            a five-month gap in six-weekly visits                          | 2024-01-08 2024-06-10 | 2024-06-11 | 1 2024-01-12 MET by 2024-01-08; 2 2024-02-19 MET_LATE by 2024-06-10 +2; 3 2024-07-22 UPCOMING
            still open, the gap counts up to the evaluation date           | 2024-01-08            | 2024-05-13 | 1 2024-01-12 MET by 2024-01-08; 2 2024-02-19 OVERDUE +1
            and the day after the next interval ends, one more             | 2024-01-08            | 2024-05-14 | 1 2024-01-12 MET by 2024-01-08; 2 2024-02-19 OVERDUE +2
            """)
    void a_long_gap_counts_every_interval_it_missed(String story, String visits, String asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new Referral(date("2024-01-05"))));
        facts.addAll(dated(visits, Visit::new));
        Recurrence sixWeekly = first(within(days(7)).of(REFERRAL)).thenEvery(weeks(6));
        assertThat(outcomes(sixWeekly.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), on(asOf)))).as(story)
                .containsExactlyElementsOf(expected(expected));
    }

    /** Rule 6, "ideally P, at most Q": the ideal date is kept beside the due date, so missing it can be shown. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                               | updated    | expected
            on the ideal date                     | 2024-07-15 | 1 2024-09-03 MET by 2024-07-15
            the day after the ideal: still in time | 2024-07-16 | 1 2024-09-03 MET by 2024-07-16
            """)
    void the_ideal_date_is_kept_beside_the_limit(String story, String updated, String expected) {
        Facts facts = Facts.of(new Referral(date("2024-06-03")), new Filed(date(updated)));
        Obligation obligation = ideallyWithin(weeks(6)).atMostWithin(months(3)).of(REFERRAL)
                .evaluate(facts, Fulfilment.by(FILED), on("2024-09-30")).obligations().get(0);
        assertThat(outcomes(new Evaluation(List.of(obligation), List.of()))).as(story).containsExactlyElementsOf(expected(expected));
        assertThat(obligation.target()).contains(date("2024-07-15"));
    }

    /** A direction that may set a first date and a number of days between sessions. */
    record Direction(LocalDate date, Optional<LocalDate> first, Optional<Integer> every) {
    }

    static final Event<Direction> DIRECTION = Event.of("the direction", Direction.class, Direction::date);

    /**
     * Set case by case (issue 13): a direction's first date, then its frequency read on the date of each session; one
     * with no frequency owes its first session only.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                          | first      | every | visits                | expected
            weekly, the 2nd on the 7th day: met              | 2024-06-04 | 7     | 2024-06-04 2024-06-11 | 1 2024-06-04 MET by 2024-06-04; 2 2024-06-11 MET by 2024-06-11; 3 2024-06-18 OVERDUE +1
            weekly, the 2nd on the 8th day: met late         | 2024-06-04 | 7     | 2024-06-04 2024-06-12 | 1 2024-06-04 MET by 2024-06-04; 2 2024-06-11 MET_LATE by 2024-06-12; 3 2024-06-19 OVERDUE +1
            no frequency: the first session only             | 2024-06-04 | -     | 2024-06-04            | 1 2024-06-04 MET by 2024-06-04
            """)
    void an_interval_set_case_by_case(String story, String first, Integer every, String visits, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new Direction(date("2024-06-03"), Optional.of(date(first)), Optional.ofNullable(every))));
        facts.addAll(dated(visits, Visit::new));
        Recurrence sessions = first(asDirectedBy(DIRECTION, "the date of the first session", Direction::first))
                .thenEvery(intervalSetBy("as often as the direction sets", (day, known) -> known.occurrences(Direction.class).stream()
                        .filter(direction -> !direction.date().isAfter(day)).reduce((a, b) -> b).flatMap(Direction::every).map(n -> days(n))));
        assertThat(outcomes(sessions.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), JUNE))).as(story)
                .containsExactlyElementsOf(expected(expected));
        assertThat(sessions.inWords()).isEqualTo("first by the date of the first session set in the direction, then as often as the direction"
                + " sets");
    }

    /** Set case by case (issue 13): a direction with no date cannot be computed, and says what it needs. */
    @ParameterizedTest(name = "made {0}")
    @CsvSource("2024-06-03")
    void a_direction_without_its_date_cannot_be_computed(String made) {
        Evaluation evaluation = asDirectedBy(DIRECTION, "the date of the first session", Direction::first)
                .evaluate(Facts.of(new Direction(date(made), Optional.empty(), Optional.of(7))), JUNE);
        assertThat(evaluation.obligations()).isEmpty();
        assertThat(evaluation.cannotCompute()).singleElement()
                .hasToString("needs the date of the first session set in the direction on " + made);
    }

    /** Rule 2 in a property's words: no record meets two occurrences unless its fulfilment covers every open one. */
    @ParameterizedTest(name = "covering {0}")
    @CsvSource({"false", "true"})
    void a_record_meets_one_occurrence_unless_it_covers_all(boolean covering) {
        Facts facts = Facts.of(new Referral(date("2024-06-03")), new Referral(date("2024-06-04")), new Referral(date("2024-06-05")),
                new Filed(date("2024-06-06")));
        Fulfilment<Filed> filed = covering ? Fulfilment.by(FILED).coveringEveryOpenOccurrence() : Fulfilment.by(FILED);
        Map<Object, Long> uses = within(workingDays(10)).of(REFERRAL).evaluate(facts, filed, JUNE).obligations().stream()
                .flatMap(o -> o.metBy().stream()).collect(Collectors.groupingBy(MetBy::occurrence, Collectors.counting()));
        assertThat(uses.values()).containsExactly(covering ? 3L : 1L);
    }
    record Sessions(LocalDate date, int count) {
    }

    static final Event<Sessions> SESSIONS = Event.of("the sessions completed", Sessions.class, Sessions::date);

    /**
     * Issue 13 (PA-3): a record that does not meet an occurrence because it falls short (fewer sessions than the rule
     * asks for) leaves it owed, and the occurrence says by how many, where the fulfilment says how to tell; a record
     * outside its window says nothing of it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                          | sessions            | expected                       | shortfall
            5 of 12 on the due day: owed, saying so          | 2024-06-10:5        | 1 2024-06-10 OVERDUE           | the record on 2024-06-10 fell short: 5 of the 12 sessions
            5 of 12 the day after: owed, saying so           | 2024-06-11:5        | 1 2024-06-10 OVERDUE           | the record on 2024-06-11 fell short: 5 of the 12 sessions
            12 the day after: met late, nothing short        | 2024-06-11:12       | 1 2024-06-10 MET_LATE by 2024-06-11 | -
            5 then 12: met, nothing short                    | 2024-06-04:5 2024-06-10:12 | 1 2024-06-10 MET by 2024-06-10 | -
            5 the day before the clock started: not its window | 2024-05-31:5      | 1 2024-06-10 OVERDUE           | -
            """)
    void a_record_that_falls_short_says_by_how_many(String story, String sessions, String expected, String shortfall) {
        List<Object> facts = new ArrayList<>(List.of(new Referral(date("2024-06-03"))));
        for (String each : sessions.trim().split("\\s+")) {
            String[] dateAndCount = each.split(":");
            facts.add(new Sessions(date(dateAndCount[0]), Integer.parseInt(dateAndCount[1])));
        }
        Fulfilment<Sessions> twelve = Fulfilment.by(SESSIONS.where(Condition.of("of 12", s -> s.count() >= 12)))
                .sayingHowFarShort(s -> s.count() >= 12 ? Optional.empty() : Optional.of(s.count() + " of the 12 sessions"));
        Evaluation evaluation = within(workingDays(5)).of(REFERRAL).evaluate(Facts.of(facts, Map.of()), twelve, JUNE);
        assertThat(outcomes(evaluation)).as(story).containsExactlyElementsOf(expected(expected));
        assertThat(evaluation.obligations().get(0).shortfall()).as(story).isEqualTo(Optional.ofNullable(shortfall));
    }
}
