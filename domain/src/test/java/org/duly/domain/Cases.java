package org.duly.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Referral;
import org.duly.domain.events.StrategyDiscussion;

/** Short ways to write children and events in tests. */
public final class Cases {

    /** A name no message may ever contain. */
    public static final String DISTINCTIVE_NAME = "Zebedee Quartermaine";

    private Cases() {
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    public static Child childBorn(String iso) {
        return Child.builder().id("C-1042").name(DISTINCTIVE_NAME).dateOfBirth(day(iso)).build();
    }

    public static CaseTimeline timeline(Child child, CaseEvent... events) {
        return CaseTimeline.check(child, List.of(events)).orElseThrow(problems -> new AssertionError(
                problems.stream().map(TimelineProblem::toString).collect(Collectors.joining("\n"))));
    }

    public static Referral referral(String iso) {
        return Referral.builder().date(day(iso)).build();
    }

    public static StrategyDiscussion strategyDiscussion(String iso, boolean section47) {
        return StrategyDiscussion.builder().date(day(iso)).initiatedSection47(section47).build();
    }

    public static StrategyDiscussion strategyDiscussion(String iso, String time) {
        return StrategyDiscussion.builder().date(day(iso)).time(LocalTime.parse(time)).initiatedSection47(true).build();
    }

    public static ConferenceHeld initialConference(String iso) {
        return ConferenceHeld.builder().date(day(iso)).kind(ConferenceKind.INITIAL).build();
    }

    public static ConferenceHeld reviewConference(String iso) {
        return ConferenceHeld.builder().date(day(iso)).kind(ConferenceKind.REVIEW).build();
    }

    public static BecameLookedAfter becameLookedAfter(String iso) {
        return becameLookedAfter(iso, LegalStatus.SECTION_20);
    }

    public static BecameLookedAfter becameLookedAfter(String iso, LegalStatus status) {
        return BecameLookedAfter.builder().date(day(iso)).legalStatus(status).build();
    }

    public static CeasedLookedAfter ceasedLookedAfter(String iso) {
        return CeasedLookedAfter.builder().date(day(iso)).build();
    }

    public static LegalStatusChanged legalStatusChanged(String iso, LegalStatus status) {
        return LegalStatusChanged.builder().date(day(iso)).legalStatus(status).build();
    }

    public static PlacementStarted placementStarted(String iso, PlacementType type) {
        return PlacementStarted.builder().date(day(iso)).placementType(type).build();
    }

    public static PlacementStarted placementStarted(String iso, PlacementType type, String id) {
        return PlacementStarted.builder().date(day(iso)).placementType(type).placementId(id).build();
    }

    public static PlacementEnded placementEnded(String iso) {
        return PlacementEnded.builder().date(day(iso)).build();
    }

    public static PlacementEnded placementEnded(String iso, String id) {
        return PlacementEnded.builder().date(day(iso)).placementId(id).build();
    }

    public static CaseClosed caseClosed(String iso) {
        return CaseClosed.builder().date(day(iso)).build();
    }
}
