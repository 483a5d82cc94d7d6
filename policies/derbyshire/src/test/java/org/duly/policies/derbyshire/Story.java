package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duly.domain.events.AdoptionOrder;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CarePlanAvailableToIro;
import org.duly.domain.events.CarePlanCompleted;
import org.duly.domain.events.CareProceedingsConcluded;
import org.duly.domain.events.CareProceedingsExtended;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CareProceedingsServed;
import org.duly.domain.events.CaseManagementHearing;
import org.duly.domain.events.ChangeOfCircumstances;
import org.duly.domain.events.ChangeOfCircumstancesReason;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.ConferenceScheduled;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.CourtDocument;
import org.duly.domain.events.CourtDocumentsFiled;
import org.duly.domain.events.ExploitationAssessmentSignedOff;
import org.duly.domain.events.ExploitationMeeting;
import org.duly.domain.events.LaterLifeLetterGiven;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.LifeStoryBookGiven;
import org.duly.domain.events.PersonalEducationPlan;
import org.duly.domain.events.PlacementPlanningMeeting;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PreProceedingsEnded;
import org.duly.domain.events.PreProceedingsStarted;
import org.duly.domain.events.ReportShared;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.events.SchoolMove;
import org.duly.domain.events.SdqRespondent;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Section47EnquiryStarted;
import org.duly.domain.events.Section47ManagementOversight;
import org.duly.domain.events.StrengthsAndDifficultiesQuestionnaire;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * What happened in a case, as a table cell a policy author can read: {@code "review 2024-04-03,
 * ceased 2024-05-01, looked after 2024-09-02"}. Each item is what happened, its date, and any detail
 * after the date ({@code "placed 2024-04-01 INDEPENDENT_FOSTERING_AGENCY"}); items are told in date
 * order, those of one day in the order written. And the one expectation every table row makes.
 */
final class Story {

    /** The status column's word for an obligation the case does not owe at all. */
    static final String NOT_OWED = "NOT_OWED";

    private static final Pattern ITEM = Pattern.compile("\\s*([a-z][a-z0-9 -]*?)\\s+(\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?)\\s*(.*)");

    private Story() {
    }

    /** One thing that happened. */
    private record Item(String what, String when, List<String> details) {
        LocalDate date() {
            return when.contains("T") ? LocalDateTime.parse(when).toLocalDate() : LocalDate.parse(when);
        }

        String detail(int index, String otherwise) {
            return index < details.size() ? details.get(index) : otherwise;
        }
    }

    /**
     * Tells the case what happened, in date order.
     *
     * @param kase the case so far
     * @param story the items, separated by commas (blank ones are skipped); null or blank for nothing
     * @return the case
     */
    static ChildCase tell(ChildCase kase, String story) {
        if (story == null || story.isBlank()) {
            return kase;
        }
        List<Item> items = new ArrayList<>();
        for (String text : story.split(",")) {
            if (text.isBlank()) {
                continue;
            }
            Matcher matcher = ITEM.matcher(text);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not \"what YYYY-MM-DD [detail]\": " + text);
            }
            String rest = matcher.group(3).trim();
            items.add(new Item(matcher.group(1).trim(), matcher.group(2), rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"))));
        }
        items.sort(Comparator.comparing(Item::date));
        items.forEach(item -> happen(kase, item));
        return kase;
    }

    private static void happen(ChildCase kase, Item item) {
        LocalDate date = item.date();
        switch (item.what()) {
            case "looked after" -> kase.becameLookedAfter(item.when(), LegalStatus.valueOf(item.detail(0, "SECTION_20")));
            case "placed" -> kase.placement(item.when(), PlacementType.valueOf(item.detail(0, "LOCAL_AUTHORITY_FOSTER_CARE")));
            case "ceased" -> kase.ceasedLookedAfter(item.when());
            case "legal status" -> kase.with(LegalStatusChanged.builder().date(date)
                    .legalStatus(LegalStatus.valueOf(item.detail(0, "INTERIM_CARE_ORDER"))).build());
            case "review" -> kase.lookedAfterReview(item.when());
            case "visit" -> kase.visit(item.when(), VisitPurpose.valueOf(item.detail(0, "LOOKED_AFTER")));
            case "health assessment" -> kase.healthAssessment(item.when());
            case "pep" -> kase.with(PersonalEducationPlan.builder().date(date).build());
            case "school move" -> kase.with(SchoolMove.builder().date(date).build());
            case "sdq" -> kase.with(StrengthsAndDifficultiesQuestionnaire.builder().date(date)
                    .respondent(SdqRespondent.valueOf(item.detail(0, "CARER"))).build());
            case "record" -> kase.with(ChangeOfCircumstances.builder().date(date)
                    .reason(ChangeOfCircumstancesReason.valueOf(item.detail(0, "ENTERED_CARE"))).build());
            case "paperwork" -> kase.with(CarePlanAvailableToIro.builder().date(date)
                    .reviewDate(LocalDate.parse(item.detail(0, item.when()))).build());
            case "placement planning meeting" -> kase.with(PlacementPlanningMeeting.builder().date(date).build());
            case "care plan" -> kase.with(CarePlanCompleted.builder().date(date).build());
            case "concern" -> kase.significantHarmConcern(item.when());
            case "strategy discussion" -> kase.strategyDiscussion(item.when(), item.details().contains("s47"));
            case "section 47 started" -> kase.with(Section47EnquiryStarted.builder().date(date).build());
            case "section 47 completed" -> kase.with(Section47EnquiryCompleted.builder().date(date)
                    .conferenceRequired(!item.detail(0, "").equals("no")).build());
            case "management oversight" -> kase.with(Section47ManagementOversight.builder().date(date).build());
            case "scheduled" -> kase.with(ConferenceScheduled.builder().date(date).kind(ConferenceKind.valueOf(item.detail(0, "INITIAL")))
                    .conferenceDate(LocalDate.parse(item.detail(1, item.when()))).build());
            case "report" -> kase.with(ReportShared.builder().date(date).conferenceKind(ConferenceKind.valueOf(item.detail(0, "INITIAL")))
                    .conferenceDate(LocalDate.parse(item.detail(1, item.when()))).build());
            case "initial conference" -> kase.initialConference(item.when());
            case "initial conference without a plan" -> kase.with(ConferenceHeld.builder().date(date).kind(ConferenceKind.INITIAL).build());
            case "pre-birth conference" -> kase.preBirthConference(item.when());
            case "core group" -> kase.coreGroup(item.when());
            case "review conference" -> kase.reviewConference(item.when());
            case "plan ended" -> kase.planEnded(item.when(), ChildsPlanKind.CHILD_PROTECTION);
            case "birth" -> kase.with(Birth.builder().date(date).build());
            case "signed off" -> kase.with(ExploitationAssessmentSignedOff.builder().date(date)
                    .riskLevel(RiskLevel.valueOf(item.detail(0, "HIGH")))
                    .combinedWithStrategyDiscussion(item.detail(1, "").equals("combined"))
                    .riskNoLongerPresent(item.details().contains("gone")).build());
            case "meeting" -> kase.with(ExploitationMeeting.builder().date(date)
                    .riskLevel(RiskLevel.valueOf(item.detail(0, "HIGH"))).build());
            case "closed" -> kase.closed(item.when());
            case "pre-proceedings started" -> kase.with(PreProceedingsStarted.builder().date(date).build());
            case "pre-proceedings ended" -> kase.with(PreProceedingsEnded.builder().date(date).build());
            case "issued" -> {
                // "issued DATE [without DOCUMENT] [relying]": every day 1 document filed unless one is named missing;
                // "relying" when the local authority relies on a current assessment.
                EnumSet<CourtDocument> filed = EnumSet.allOf(CourtDocument.class);
                int without = item.details().indexOf("without");
                if (without >= 0) {
                    filed.remove(CourtDocument.valueOf(item.detail(without + 1, "CARE_PLAN")));
                }
                kase.with(CareProceedingsIssued.builder().date(date).documentsFiled(filed)
                        .reliesOnAnAssessment(item.details().contains("relying")).build());
            }
            // Court work recorded after the issue (issue 13): "extended DATE TO", "filed DATE DOCUMENT...".
            case "extended" -> kase.with(CareProceedingsExtended.builder().date(date).extendedTo(LocalDate.parse(item.detail(0, ""))).build());
            case "filed" -> kase.with(CourtDocumentsFiled.builder().date(date)
                    .documentsFiled(item.details().stream().map(CourtDocument::valueOf).toList()).build());
            case "served" -> kase.with(CareProceedingsServed.builder().date(date).build());
            case "hearing" -> kase.with(CaseManagementHearing.builder().date(date).build());
            case "concluded" -> kase.with(CareProceedingsConcluded.builder().date(date).build());
            case "direction" -> kase.with(CourtDirectionMade.builder().date(date).directionId(item.detail(0, "D-1"))
                    .dueDate(LocalDate.parse(item.detail(1, item.when()))).build());
            case "complied" -> kase.with(CourtDirectionComplied.builder().date(date).directionId(item.detail(0, "D-1")).build());
            case "adoption order" -> kase.with(AdoptionOrder.builder().date(date).build());
            case "book" -> kase.with(LifeStoryBookGiven.builder().date(date).build());
            case "letter" -> kase.with(LaterLifeLetterGiven.builder().date(date).build());
            // Child protection plans recorded apart from their conference, and enquiries that conclude.
            case "child protection plan" -> kase.planCreated(item.when(), ChildsPlanKind.CHILD_PROTECTION);
            // Placements by id, no end recorded (the next one ends it), and a planning meeting naming one (issue 12, audit B-1)
            case "placement" -> kase.with(PlacementStarted.builder().date(date).placementId(item.detail(0, "P-1"))
                    .placementType(PlacementType.valueOf(item.detail(1, "LOCAL_AUTHORITY_FOSTER_CARE"))).build());
            case "planning meeting" -> kase.with(PlacementPlanningMeeting.builder().date(date)
                    .placementId(java.util.Optional.ofNullable(item.detail(0, null))).build());
            default -> throw new IllegalArgumentException("no such event in a story: " + item.what());
        }
    }

    /**
     * The expectation of a table row: the rule's occurrence of a chain is due on the date with the
     * status, or, for {@link #NOT_OWED}, the case does not owe that occurrence at all.
     *
     * @param schedule the schedule
     * @param ruleId the rule
     * @param chain which chain, from 1
     * @param occurrence which occurrence in it, from 1
     * @param due the due date, or null not to check it
     * @param status a {@link Status} name, or {@link #NOT_OWED}
     * @param why the row's reason, shown when it fails
     */
    static void expect(Schedule schedule, String ruleId, int chain, int occurrence, String due, String status, String why) {
        if (NOT_OWED.equals(status)) {
            List<ScheduleEntry> owed = schedule.entriesOf(ruleId).stream()
                    .filter(entry -> entry.chain() == chain && entry.occurrence() == occurrence).toList();
            assertThat(owed).as(why + ": " + ruleId + " #" + chain + "." + occurrence + " is not owed").isEmpty();
            return;
        }
        var obligation = org.duly.testkit.DulyAssertions.assertThat(schedule).obligation(ruleId, chain, occurrence).as(why);
        if (due != null) {
            obligation.isDueOn(due);
        }
        obligation.hasStatus(Status.valueOf(status));
    }
}
