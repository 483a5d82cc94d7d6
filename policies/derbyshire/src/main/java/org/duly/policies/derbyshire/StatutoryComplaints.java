package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.EnumSet;
import java.util.List;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;
import org.duly.domain.value.Spelling;

/**
 * The booklet's section "Statutory Complaints": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code StatutoryComplaintsRulesTest}.
 */
final class StatutoryComplaints {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Statutory Complaints";

    private static final Applicability STATUTORY = complaintOfKind(ComplaintKind.STATUTORY);
    private static final Event<EscalationRequested> TO_STAGE_2 = ESCALATION_REQUESTED.filteredBy(escalationTo(ComplaintStage.STAGE_2))
            .called("the request to escalate to stage 2");
    private static final Event<ComplaintExtended> EXTENDED_FOR_AN_ADVOCATE = COMPLAINT_EXTENDED
            .filteredBy(extensionAt(ComplaintStage.STAGE_1, EnumSet.of(ExtensionReason.ADVOCATE_NEEDED)).and(WITH_AN_AGREED_DATE))
            .called("the extension for an advocate at stage 1");

    private StatutoryComplaints() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("complaints.statutory.stage-1", "Statutory complaint: stage 1 response")
                        .implementing("SC-1")
                        .citing(booklet("Stage 1 - 10 working day response time (regulation 14(1)) (with a further 10 days"
                                + " for more complex complaints ...) or additional time if an advocate is required (regulation 14(5))"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 14")
                        .due(laterOf(laterOf(within(workingDays(10)).of(COMPLAINT_RECEIVED),
                                        within(workingDays(20)).of(COMPLAINT_RECEIVED.where(extendedAtStage1(ExtensionReason.COMPLEX_COMPLAINT)))),
                                asDirectedBy(EXTENDED_FOR_AN_ADVOCATE.latest(), extension -> extension.agreedResponseDate().orElseThrow())))
                        .metBy(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_1)))
                        .appliesWhen(STATUTORY)
                        .interpretedAs("10 working days, 20 with an extension for complexity, or the date agreed when an advocate"
                                + " is needed: whichever is latest; a date agreed again replaces the one before."),
                rule("complaints.statutory.stage-2", "Statutory complaint: stage 2 response")
                        .implementing("SC-2")
                        .citing(booklet("Stage 2 - Where it is not possible to complete the investigation within 25 working"
                                + " days (regulation 17 (3)), stage 2 may be extended to a maximum of 65 working days (regulation"
                                + " 17(6))"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 17")
                        .due(laterOf(within(workingDays(25)).of(TO_STAGE_2),
                                within(workingDays(65)).of(TO_STAGE_2.where(extendedAtStage2()))))
                        .metBy(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_2)))
                        .appliesWhen(STATUTORY)
                        .interpretedAs("Counted from the request to escalate to stage 2; 65 working days once stage 2 is"
                                + " recorded as extended."),
                rule("complaints.statutory.escalation-window", "Statutory complaint: the complainant's window to escalate")
                        .implementing("SC-3")
                        .citing(booklet("If the complainant is dissatisfied, they have 20 working days to make a request to"
                                + " the local authority to escalate to stage 3 (regulation 17(8)"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 17(8)")
                        .due(within(workingDays(20)).of(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_2))))
                        .metBy(ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL)))
                        .appliesWhen(STATUTORY)
                        .interpretedAs("This is the complainant's window, not the authority's duty: OVERDUE here means the window"
                                + " closed without a request to escalate."),
                rule("complaints.statutory.review-panel", "Statutory complaint: review panel")
                        .implementing("SC-4")
                        .citing(booklet("The panel must be held within 30 working days of the receipt of a request for a"
                                + " review (regulation 19(4))."))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 19")
                        .due(within(workingDays(30)).of(ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL))))
                        .metBy(REVIEW_PANEL_HELD)
                        .appliesWhen(STATUTORY));
    }


    private static Condition<ComplaintReceived> extendedAtStage1(ExtensionReason reason) {
        return Condition.withFacts("once stage 1 is extended (" + Spelling.words(reason) + ")",
                (received, facts) -> facts.occurrences(ComplaintExtended.class).stream()
                        .anyMatch(extension -> extension.stage() == ComplaintStage.STAGE_1 && extension.reason() == reason));
    }

    private static Condition<EscalationRequested> extendedAtStage2() {
        return Condition.withFacts("once stage 2 is extended", (request, facts) -> facts
                .occurrences(ComplaintExtended.class).stream()
                .anyMatch(extension -> extension.stage() == ComplaintStage.STAGE_2));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
