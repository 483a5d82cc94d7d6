package org.duly.workflows.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.timescales.Timescales.either;
import static org.duly.timescales.Timescales.inEach;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.weeks;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.QualityAssuranceVisitReason;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Anchor;
import org.duly.timescales.Condition;
import org.duly.timescales.Facts;
import org.duly.timescales.When;
import org.duly.workflows.cases.ChildFacts;
import org.duly.workflows.policy.Applicability;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary's conditions all carry words, and two different conditions never print alike: the
 * words a policy author holds against the booklet determine the rule. Each role reads in its place:
 * conditions on occurrences after the event, circumstances after "when", applicabilities after
 * "applies".
 */
class VocabularyWordsTest {

    @Test
    void an_initial_and_a_review_conference_read_differently() {
        assertThat(within(workingDays(10)).of(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL))).inWords())
                .isEqualTo("within 10 working days of the child protection conference (an initial conference)");
        assertThat(within(workingDays(10)).of(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.REVIEW))).inWords())
                .isEqualTo("within 10 working days of the child protection conference (a review conference)");
    }

    /** The handbook review's row 35 (issue 13): an end reads as a finite clause after "until", never "until the plan ending". */
    @Test
    void the_events_that_end_or_discharge_an_obligation_read_as_clauses_after_until() {
        assertThat(within(weeks(6)).of(PLAN_CREATED).until(PLAN_ENDED).inWords())
                .isEqualTo("within 6 weeks of the start of the plan, until the plan ends");
        assertThat(PLAN_CREATED.inWords(Anchor.Form.CLAUSE)).isEqualTo("the plan starts");
        assertThat(CASE_CLOSED.inWords(Anchor.Form.CLAUSE)).isEqualTo("the case closes");
        assertThat(CHRONOLOGY_CLOSED.inWords(Anchor.Form.CLAUSE)).isEqualTo("the chronology is closed");
        assertThat(CEASED_LOOKED_AFTER.inWords(Anchor.Form.CLAUSE)).isEqualTo("the child ceases to be looked after");
        assertThat(LEFT_POST.inWords(Anchor.Form.CLAUSE)).isEqualTo("the worker leaves the post");
        assertThat(within(workingDays(3)).of(COMPLAINT_RECEIVED).until(COMPLAINT_RESOLVED).inWords())
                .isEqualTo("within 3 working days of receipt of the complaint, until the complaint is resolved");
        assertThat(within(workingDays(10)).of(ASSESSMENT_COMPLETED).inWords())
                .isEqualTo("within 10 working days of the completion of the assessment");
        assertThat(SECTION_47_COMPLETED.inWords(Anchor.Form.CLAUSE)).isEqualTo("the section 47 enquiry is completed");
        assertThat(REPORT_SHARED.where(reportFor(ConferenceKind.INITIAL)).inWords())
                .isEqualTo("the report shared with the parents for an initial conference");
        assertThat(ADOPTION_ORDER.hasClause()).as("a noun reads after \"until\" as it is").isFalse();
    }

    @Test
    void each_value_of_a_kind_has_words_of_its_own() {
        assertDistinctWords(VisitPurpose.values(), Conditions::childSeenFor);
        assertDistinctWords(ChildsPlanKind.values(), Conditions::planCreated);
        assertDistinctWords(ChildsPlanKind.values(), Conditions::planReviewed);
        assertDistinctWords(ChildsPlanKind.values(), Conditions::planEnded);
        assertDistinctWords(ConferenceKind.values(), Conditions::conferenceHeld);
        assertDistinctWords(ConferenceKind.values(), Conditions::scheduledNotYetHeld);
        assertDistinctWords(ConferenceKind.values(), Conditions::reportFor);
        assertDistinctWords(PlacementType.values(), Conditions::placementOfType);
        assertDistinctWords(RiskLevel.values(), Conditions::risk);
        assertDistinctWords(QualityAssuranceVisitReason.values(), Conditions::visitFor);
        assertDistinctWords(ComplaintStage.values(), Conditions::responseAt);
        assertDistinctWords(ComplaintStage.values(), Conditions::escalationTo);
        assertDistinctWords(ExtensionReason.values(), reason -> extensionAt(ComplaintStage.STAGE_1, EnumSet.of(reason)));
    }

    private static <K> void assertDistinctWords(K[] values, Function<K, Condition<?>> condition) {
        List<String> words = Arrays.stream(values).map(value -> condition.apply(value).description()).toList();
        assertThat(words).as(Arrays.toString(values)).doesNotHaveDuplicates().allSatisfy(each -> assertThat(each).isNotBlank());
    }

    @Test
    void conditions_on_occurrences_follow_the_event() {
        assertThat(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)).inWords())
                .isEqualTo("the visit to a child in care at which the child was seen");
        assertThat(PLACEMENT_STARTED.where(placementOfType(PlacementType.PLACED_FOR_ADOPTION)).inWords())
                .isEqualTo("the start of the placement for adoption");
        assertThat(COMPLAINT_EXTENDED.where(extensionAt(ComplaintStage.STAGE_1,
                EnumSet.of(ExtensionReason.ADVOCATE_NEEDED, ExtensionReason.COMPLEX_COMPLAINT))).inWords())
                .isEqualTo("the extension at stage 1 (complex complaint or advocate needed)");
        assertThat(ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL)).inWords())
                .isEqualTo("the request to escalate to the review panel");
        assertThatThrownBy(() -> extensionAt(ComplaintStage.STAGE_2, EnumSet.noneOf(ExtensionReason.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an extension at stage 2 counts for at least one reason");
    }

    @Test
    void circumstances_follow_when_and_ask_the_same_of_an_occurrence_on_its_day() {
        assertThat(inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).when(Circumstances.AGED_4_TO_17).inWords())
                .isEqualTo("each May and November from becoming looked after, when aged 4 to 17");
        assertThat(BECAME_LOOKED_AFTER.where(AGED_4_TO_17_ON_THE_DAY).inWords()).isEqualTo("becoming looked after aged 4 to 17");
        BecameLookedAfter atThree = BecameLookedAfter.builder().date(LocalDate.parse("2023-06-09"))
                .legalStatus(LegalStatus.SECTION_20).build();
        BecameLookedAfter atFour = BecameLookedAfter.builder().date(LocalDate.parse("2024-06-10"))
                .legalStatus(LegalStatus.SECTION_20).build();
        Facts bornIn2020 = Facts.of(List.of(atThree, atFour), Map.of(ChildFacts.DATE_OF_BIRTH, LocalDate.parse("2020-06-10")));
        assertThat(AGED_4_TO_17_ON_THE_DAY.test(atThree, bornIn2020)).isFalse();
        assertThat(AGED_4_TO_17_ON_THE_DAY.test(atFour, bornIn2020)).isTrue();
    }

    @Test
    void an_applicability_follows_applies_and_needs_new_words_to_choose_an_interval() {
        assertThat(Applicabilities.TEAM_MANAGER.description()).isEqualTo("to team managers");
        When fostered = Applicabilities.PRIVATELY_FOSTERED.asWhen("privately fostered");
        assertThat(either(weeks(6)).when(fostered).otherwise(weeks(12)).everyWords())
                .isEqualTo("at least every 6 weeks when privately fostered, otherwise at least every 12 weeks");
        Applicability underFives = Applicability.of("to children under 5", Circumstances.UNDER_FIVE);
        Facts bornIn2020 = Facts.of(List.of(), Map.of(ChildFacts.DATE_OF_BIRTH, LocalDate.parse("2020-06-10")));
        assertThat(underFives.test(LocalDate.parse("2025-06-09"), bornIn2020)).isTrue();
        assertThat(underFives.test(LocalDate.parse("2025-06-10"), bornIn2020)).isFalse();
        assertThat(underFives.as("to the under-fives").description()).isEqualTo("to the under-fives");
        assertThatThrownBy(() -> Applicability.of(" ", (date, facts) -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rule's applicability needs words, as a rule prints it: not ' '");
        assertThatThrownBy(() -> underFives.asWhen("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rule_for_one_kind_of_complaint_says_which_and_applies_to_that_kind_only() {
        org.duly.domain.complaints.Complaint statutory = org.duly.domain.complaints.Complaint.builder().id("CF-1")
                .kind(org.duly.domain.complaints.ComplaintKind.STATUTORY).complainantName("A. Complainant").build();
        org.duly.domain.complaints.Complaint corporate = org.duly.domain.complaints.Complaint.builder().from(statutory)
                .kind(org.duly.domain.complaints.ComplaintKind.CORPORATE).build();
        Applicability toStatutory = Applicabilities.complaintOfKind(org.duly.domain.complaints.ComplaintKind.STATUTORY);
        Applicability toCorporate = Applicabilities.complaintOfKind(org.duly.domain.complaints.ComplaintKind.CORPORATE);
        assertThat(toStatutory.description()).isEqualTo("to statutory complaints (Children Act 1989)");
        assertThat(toCorporate.description()).isEqualTo("to corporate complaints");
        LocalDate day = LocalDate.parse("2024-03-01");
        Facts ofStatutory = Facts.of(List.of(), Map.of(org.duly.workflows.cases.ComplaintFacts.COMPLAINT, statutory));
        Facts ofCorporate = Facts.of(List.of(), Map.of(org.duly.workflows.cases.ComplaintFacts.COMPLAINT, corporate));
        assertThat(toStatutory.test(day, ofStatutory)).isTrue();
        assertThat(toStatutory.test(day, ofCorporate)).isFalse();
        assertThat(toCorporate.test(day, ofCorporate)).isTrue();
    }
}
