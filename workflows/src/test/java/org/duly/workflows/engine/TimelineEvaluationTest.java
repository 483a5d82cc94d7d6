package org.duly.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.weeks;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.COMPLAINT_ACKNOWLEDGED;
import static org.duly.workflows.vocabulary.CaseEvents.COMPLAINT_RECEIVED;
import static org.duly.workflows.vocabulary.CaseEvents.REFERRAL;
import static org.duly.workflows.vocabulary.CaseEvents.REFERRAL_DECISION;
import static org.duly.workflows.vocabulary.CaseEvents.STARTED_IN_POST;
import static org.duly.workflows.vocabulary.CaseEvents.SUPERVISION_SESSION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.StaffTimeline;
import org.duly.domain.Timeline;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.staff.SupervisionSession;
import org.duly.domain.workforce.Worker;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Status;
import org.duly.timescales.period.Hours;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One evaluate for every kind of timeline: the child's case, the complaint and the worker go through
 * the same {@code Engine.evaluate(Timeline, ...)}, each meets only the rules its events start, and
 * each is judged on what was recorded by the evaluation date.
 */
class TimelineEvaluationTest {

    private static final String SOURCE = "Northshire Children's Services Practice Standards";

    /** One rule per kind of subject, so that each timeline starts exactly one clock. */
    private static final Policy POLICY = Policy.builder("Test", "1")
            .rule(rule("cin.decision", "Referral decision").implementing("CIN-1").citing(SOURCE, "Referrals", "within 1 working day")
                    .localStandard().due(within(workingDays(1)).of(REFERRAL)).metBy(REFERRAL_DECISION))
            .rule(rule("complaints.ack", "Acknowledgement").implementing("CF-1").citing(SOURCE, "Complaints", "within 3 working days")
                    .localStandard().due(within(workingDays(3)).of(COMPLAINT_RECEIVED)).metBy(COMPLAINT_ACKNOWLEDGED))
            .rule(rule("staff.first-supervision", "First supervision").implementing("WF-1")
                    .citing(SOURCE, "Workforce", "within a week of starting").localStandard()
                    .due(within(weeks(1)).of(STARTED_IN_POST)).metBy(SUPERVISION_SESSION))
            .build();

    enum Kind {
        CHILD("C-1", "cin.decision", "2024-03-05"),
        COMPLAINT("CF-88", "complaints.ack", "2024-03-07"),
        WORKER("W-17", "staff.first-supervision", "2024-03-11");

        final String id;
        final String rule;
        final LocalDate due;

        Kind(String id, String rule, String due) {
            this.id = id;
            this.rule = rule;
            this.due = LocalDate.parse(due);
        }

        /** The clock starts on Monday 4 March 2024; the work that meets it is done on 12 March, late for each. */
        Timeline timeline() {
            LocalDate start = LocalDate.parse("2024-03-04");
            LocalDate done = LocalDate.parse("2024-03-12");
            return switch (this) {
                case CHILD -> CaseTimeline.of(Child.builder().id(id).name("Zebedee Quartermaine").dateOfBirth(LocalDate.parse("2015-06-01")).build(),
                        List.of(Referral.builder().date(start).build(),
                                ReferralDecision.builder().date(done).outcome(ReferralOutcome.SINGLE_ASSESSMENT).build()));
                case COMPLAINT -> ComplaintTimeline.of(Complaint.builder().id(id).kind(ComplaintKind.STATUTORY).build(),
                        List.of(ComplaintReceived.builder().date(start).build(), ComplaintAcknowledged.builder().date(done).build()));
                case WORKER -> StaffTimeline.of(Worker.builder().id(id).role(WorkerRole.SOCIAL_WORKER).build(),
                        List.of(StartedInPost.builder().date(start).role(WorkerRole.SOCIAL_WORKER).build(),
                                SupervisionSession.builder().date(done).build()));
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_kind_of_timeline_is_evaluated_by_the_one_evaluate_under_its_id(Kind kind) {
        Schedule schedule = Engine.create().evaluate(kind.timeline(), POLICY, LocalDate.parse("2024-03-29"));
        assertThat(schedule.subject()).isEqualTo(kind.id);
        assertThat(schedule.entries()).extracting(entry -> entry.rule().id(), ScheduleEntry::due, ScheduleEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(kind.rule, java.util.Optional.of(kind.due), Status.MET_LATE));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void each_is_judged_on_what_was_recorded_by_the_evaluation_date(Kind kind) {
        Timeline timeline = kind.timeline();
        LocalDate beforeTheWork = LocalDate.parse("2024-03-11");
        Schedule schedule = Engine.create().evaluate(timeline, POLICY, beforeTheWork);
        assertThat(schedule.entries()).extracting(ScheduleEntry::status)
                .containsExactly(kind == Kind.WORKER ? Status.DUE_SOON : Status.OVERDUE);
        assertThat(CaseFacts.of(timeline, beforeTheWork).subject()).isEqualTo(kind.id);
        assertThat(timeline.upTo(beforeTheWork).events()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_moment_gives_the_same_schedule_as_its_day_for_rules_in_days(Kind kind) {
        ZonedDateTime moment = ZonedDateTime.of(LocalDateTime.parse("2024-03-29T09:00"), Hours.LONDON);
        assertThat(Engine.create().evaluate(kind.timeline(), POLICY, moment).entries())
                .isEqualTo(Engine.create().evaluate(kind.timeline(), POLICY, moment.toLocalDate()).entries());
    }
}
