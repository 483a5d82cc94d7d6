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
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.timescales.Event;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

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
    private static final Event<ComplaintExtended> EXTENDED_AS_COMPLEX = COMPLAINT_EXTENDED
            .filteredBy(extensionAt(ComplaintStage.STAGE_1, EnumSet.of(ExtensionReason.COMPLEX_COMPLAINT)))
            .called("the extension of stage 1 for a complex complaint");
    private static final Event<ComplaintExtended> STAGE_2_EXTENDED = COMPLAINT_EXTENDED
            .filteredBy(extensionAt(ComplaintStage.STAGE_2, EnumSet.allOf(ExtensionReason.class)))
            .called("the extension of stage 2");
    private static final Event<EscalationRequested> TO_THE_PANEL = ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL));
    private static final Event<ComplaintResponse> STAGE_2_RESPONSE = COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_2));

    private StatutoryComplaints() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("complaints.statutory.stage-1", "Statutory complaint: stage 1 response")
                        .implementing("SC-1")
                        .citing(booklet("Stage 1 - 10 working day response time (regulation 14(1)) (with a further 10 days"
                                + " for more complex complaints ...) or additional time if an advocate is required (regulation 14(5))"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 14")
                        .due(within(workingDays(10)).of(COMPLAINT_RECEIVED)
                                .extendedBy(EXTENDED_AS_COMPLEX, within(workingDays(20)).of(COMPLAINT_RECEIVED))
                                .extendedBy(EXTENDED_FOR_AN_ADVOCATE, ComplaintExtended::agreedResponseDate)
                                .until(COMPLAINT_RESOLVED))
                        .metBy(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_1)))
                        .appliesWhen(STATUTORY)
                        .interpretedAs("10 working days, 20 with an extension for complexity, or the date agreed when an advocate"
                                + " is needed; a date agreed again replaces the one before. An extension counts only when it is"
                                + " recorded by the deadline it extends (the 10th working day, or the 20th once extended for"
                                + " complexity). A complaint resolved before the response is due needs none.")
                        .interpretedAs(CorporateComplaints.AS_SOON_AS),
                rule("complaints.statutory.stage-2", "Statutory complaint: stage 2 response")
                        .implementing("SC-2")
                        .citing(booklet("Stage 2 - Where it is not possible to complete the investigation within 25 working"
                                + " days (regulation 17 (3)), stage 2 may be extended to a maximum of 65 working days (regulation"
                                + " 17(6))"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 17")
                        .due(within(workingDays(25)).of(TO_STAGE_2)
                                .extendedBy(STAGE_2_EXTENDED, within(workingDays(65)).of(TO_STAGE_2))
                                .until(COMPLAINT_RESOLVED))
                        .metBy(STAGE_2_RESPONSE)
                        .appliesWhen(STATUTORY)
                        .interpretedAs("Counted from the request to escalate to stage 2; 65 working days once stage 2 is"
                                + " recorded as extended by the 25th working day. A complaint resolved before the response is"
                                + " due needs none."),
                rule("complaints.statutory.escalation-window", "Statutory complaint: the complainant's window to escalate")
                        .implementing("SC-3")
                        .citing(booklet("If the complainant is dissatisfied, they have 20 working days to make a request to"
                                + " the local authority to escalate to stage 3 (regulation 17(8)"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 17(8)")
                        .due(within(workingDays(20)).of(STAGE_2_RESPONSE)
                                .dischargedBy(anyOf("the close of the complainant's window to escalate",
                                        "the complainant's window to escalate closes",
                                        after(days(1), after(workingDays(20), STAGE_2_RESPONSE))))
                                .dischargedBy(COMPLAINT_RESOLVED))
                        .metBy(TO_THE_PANEL)
                        .appliesWhen(STATUTORY)
                        .interpretedAs("This is the complainant's window, not the authority's duty: when it closes without a"
                                + " request to escalate, or the complaint is resolved, it is not required and never counts"
                                + " against anyone. A request made after the window closed meets nothing here: it is the"
                                + " complaints manager's to decide whether to accept it."),
                rule("complaints.statutory.review-panel", "Statutory complaint: review panel")
                        .implementing("SC-4")
                        .citing(booklet("The panel must be held within 30 working days of the receipt of a request for a"
                                + " review (regulation 19(4))."))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 19")
                        .due(within(workingDays(30)).of(TO_THE_PANEL).until(COMPLAINT_RESOLVED))
                        .metBy(REVIEW_PANEL_HELD)
                        .appliesWhen(STATUTORY));
    }


    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
