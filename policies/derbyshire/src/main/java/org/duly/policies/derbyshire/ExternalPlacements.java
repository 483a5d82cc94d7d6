package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;
import static org.duly.workflows.vocabulary.Links.SAME_PLACEMENT;

import java.util.List;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.QualityAssuranceVisitReason;
import org.duly.timescales.Fulfilment;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "External Placements": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ExternalPlacementsRulesTest}.
 */
final class ExternalPlacements {

    /** The section, as the booklet heads it. */
    static final String SECTION = "External Placements";

    private ExternalPlacements() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("external.disruption-meeting", "Provider challenge or disruption meeting")
                        .implementing("EP-1")
                        .citing(booklet("If there are concerns with a placement, the commissioning team will link in with"
                                + " the relevant locality/service and hold a provider challenge/placement disruption meeting, ideally as"
                                + " soon as possible but certainly within 2 weeks"))
                        .localStandard()
                        .due(within(weeks(2)).of(PROVIDER_CONCERN))
                        .metBy(Fulfilment.by(DISRUPTION_MEETING).linkedBy(SAME_PLACEMENT))
                        .interpretedAs("A meeting that names its placement answers only the concern about that placement; one"
                                + " naming none answers the most recent concern still open."),
                rule("external.qa-semi-independent", "Quality assurance visit after a move to semi-independent accommodation")
                        .implementing("EP-2")
                        .citing(booklet("When a young person moves into a semi-independent home, a visit by the quality"
                                + " assurance team will be undertaken within 6 weeks"))
                        .localStandard()
                        .due(within(weeks(6)).of(PLACEMENT_STARTED.where(placementOfType(PlacementType.SEMI_INDEPENDENT))))
                        .metBy(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.MOVE_INTO_SEMI_INDEPENDENT))),
                rule("external.qa-concerns", "Quality assurance visit after concerns")
                        .implementing("EP-3")
                        .citing(booklet("If concerns have been shared by a social worker or independent reviewing officer, a"
                                + " quality assurance visit will be undertaken within 4 weeks"))
                        .localStandard()
                        .due(within(weeks(4)).of(PROVIDER_CONCERN.where(RAISED_BY_A_SOCIAL_WORKER_OR_IRO)))
                        .metBy(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.CONCERNS_RAISED))),
                rule("external.qa-inadequate", "Quality assurance visit after an inadequate Ofsted judgement")
                        .implementing("EP-4")
                        .citing(booklet("Ofsted will notify Derbyshire County Council when a home has been judged as"
                                + " Inadequate; in these circumstances a quality assurance visit will be undertaken within 4 weeks"))
                        .localStandard()
                        .due(within(weeks(4)).of(OFSTED_JUDGEMENT.filteredBy(INADEQUATE)
                                .called("Ofsted's notification of an inadequate judgement")))
                        .metBy(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.OFSTED_INADEQUATE)))
                        .interpretedAs("The clock starts when Ofsted notifies the council that the home has been judged"
                                + " inadequate, as the booklet says: the case file's Ofsted judgement is that notification, dated"
                                + " the day the council received it, not the day of the inspection. Only a visit made for the"
                                + " inadequate judgement meets it, not one made for other concerns."),
                rule("external.ofsted-immediate-action", "Ofsted notification requiring immediate action acted upon")
                        .implementing("EP-5")
                        .citing(booklet("Any Ofsted notifications that require immediate actions are acted upon with urgency"
                                + " within our team."))
                        .localStandard()
                        .due(immediately().on(OFSTED_NOTIFICATION_REQUIRING_ACTION))
                        .metBy(OFSTED_NOTIFICATION_ACTED_UPON)
                        .interpretedAs("\"Immediate actions ... acted upon with urgency\": due the day the notification is"
                                + " received, weekends included, since the action it requires is for a child's safety in the"
                                + " home. A notification that requires no immediate action is not recorded as one and asks for"
                                + " nothing here."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
