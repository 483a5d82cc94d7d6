package org.duly.workflows.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.care.CareHistory;
import org.duly.domain.care.CareLeaverStatus;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PathwayPlan;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.domain.events.Referral;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A child's facts, each by its name, are what the domain works out from the timeline known on the day, for a child
 * never in care (whose care history takes a shortcut) and one in care: no fact is given another's value.
 */
class ChildFactsTest {

    private static final Child CHILD = Child.builder().id("C-7").dateOfBirth(LocalDate.parse("2006-03-15")).build();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static CaseTimeline neverInCare() {
        return CaseTimeline.of(CHILD, List.of(Referral.builder().date(day("2023-01-10")).build(),
                Visit.builder().date(day("2023-01-20")).purpose(VisitPurpose.CHILD_IN_NEED).childSeen(true).seenAlone(true).build(),
                CaseClosed.builder().date(day("2023-06-01")).build(), Referral.builder().date(day("2024-02-01")).build()));
    }

    private static CaseTimeline inCare() {
        return CaseTimeline.of(CHILD, List.<CaseEvent>of(Referral.builder().date(day("2021-09-01")).build(),
                BecameLookedAfter.builder().date(day("2021-10-01")).legalStatus(LegalStatus.FULL_CARE_ORDER).build(),
                PathwayPlan.builder().date(day("2022-05-01")).build(), CeasedLookedAfter.builder().date(day("2024-03-15")).build(),
                PathwayPlanReview.builder().date(day("2024-06-01")).inEducationOrTraining(true).build(),
                CaseClosed.builder().date(day("2024-07-01")).build()));
    }

    private static void assertFactsOf(CaseTimeline timeline, LocalDate asOf) {
        CaseTimeline known = timeline.upTo(asOf);
        CaseFacts caseFacts = CaseFacts.of(timeline, asOf);
        Facts facts = caseFacts.facts();
        CareHistory history = CareHistory.of(known);
        CareLeaverStatus status = CareLeaverStatus.of(known);
        assertThat(caseFacts.subject()).isEqualTo("C-7");
        assertThat(caseFacts.closures()).isEqualTo(known.eventsOf(CaseClosed.class).stream().map(CaseClosed::date).toList());
        assertThat(facts.value(ChildFacts.DATE_OF_BIRTH)).contains(day("2006-03-15"));
        assertThat(facts.value(ChildFacts.EXPECTED_DATE_OF_DELIVERY)).isEmpty();
        assertThat(facts.value(ChildFacts.CHILD)).contains(known.child());
        assertThat(facts.value(ChildFacts.TIMELINE)).contains(known);
        CareHistory given = facts.value(ChildFacts.CARE_HISTORY).orElseThrow();
        assertThat(given.periodsOfCare()).isEqualTo(history.periodsOfCare());
        assertThat(given.placements()).isEqualTo(history.placements());
        assertThat(given.legalStatusChanges()).isEqualTo(history.legalStatusChanges());
        CareLeaverStatus givenStatus = facts.value(ChildFacts.CARE_LEAVER_STATUS).orElseThrow();
        for (LocalDate on = day("2021-01-01"); on.isBefore(day("2031-01-01")); on = on.plusMonths(1)) {
            assertThat(givenStatus.categoryOn(on)).as("%s", on).isEqualTo(status.categoryOn(on));
        }
        assertThat(facts.value(ChildFacts.DATE_BECAME_ELIGIBLE)).isEqualTo(status.dateBecameEligible());
        assertThat(facts.value(ChildFacts.DATE_BECAME_QUALIFYING)).isEqualTo(status.dateBecameQualifying());
        assertThat(facts.value(ChildFacts.PRIVATE_FOSTERING_AGE_LIMIT)).contains(day("2022-03-15"));
        assertThat(facts.value(ChildFacts.EIGHTEENTH_BIRTHDAY_OR_TWENTY_FIFTH_IF_SEND_OR_EVER_IN_CARE))
                .contains(history.periodsOfCare().isEmpty() ? day("2024-03-15") : day("2031-03-15"));
        boolean inEducation = !known.eventsOf(PathwayPlanReview.class).isEmpty();
        assertThat(facts.value(ChildFacts.TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION))
                .contains(inEducation ? day("2031-03-15") : day("2027-03-15"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-15", "2023-07-01", "2024-06-30"})
    void a_child_never_in_care_has_each_fact_the_domain_gives(String asOf) {
        assertFactsOf(neverInCare(), day(asOf));
        assertThat(CaseFacts.of(neverInCare(), day(asOf)).facts().value(ChildFacts.CARE_HISTORY).orElseThrow().periodsOfCare()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-09-15", "2022-01-01", "2024-03-20", "2024-06-30", "2024-12-31"})
    void a_child_in_care_has_each_fact_the_domain_gives(String asOf) {
        assertFactsOf(inCare(), day(asOf));
    }

    @Test
    void a_child_in_care_is_a_care_leaver_and_one_never_in_care_is_not() {
        Facts inCare = CaseFacts.of(inCare(), day("2024-12-31")).facts();
        Facts never = CaseFacts.of(neverInCare(), day("2024-12-31")).facts();
        assertThat(inCare.value(ChildFacts.DATE_BECAME_ELIGIBLE)).contains(day("2022-03-15"));
        assertThat(never.value(ChildFacts.DATE_BECAME_ELIGIBLE)).isEmpty();
        assertThat(never.value(ChildFacts.DATE_BECAME_QUALIFYING)).isEqualTo(Optional.empty());
        assertThat(inCare.value(ChildFacts.TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION)).contains(day("2031-03-15"));
    }
}
