package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintResolved;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.timescales.Condition;
import org.duly.timescales.Deadline;
import org.duly.timescales.Event;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Corporate Complaints": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code CorporateComplaintsRulesTest}.
 */
final class CorporateComplaints {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Corporate Complaints";

    private static final Applicability CORPORATE = complaintOfKind(ComplaintKind.CORPORATE);
    private static final Deadline NINETY_DAYS = within(calendarDays(90)).of(COMPLAINT_RECEIVED);
    /** A later date counts only when the complainant was told: "the complainant should be informed ... and a timescale agreed". */
    private static final Condition<ComplaintExtended> AGREED_WITH_THE_COMPLAINANT = WITH_AN_AGREED_DATE
            .and(Condition.of("the complainant informed", ComplaintExtended::complainantInformed));
    private static final Event<ComplaintExtended> A_LATER_DATE_AGREED = COMPLAINT_EXTENDED.filteredBy(AGREED_WITH_THE_COMPLAINANT)
            .called("the extension agreed with the complainant (who was informed)");
    private static final Deadline NINETY_DAYS_ONCE_A_DATE_IS_AGREED = within(calendarDays(90))
            .of(COMPLAINT_RECEIVED.where(onceExtended("once a later date is agreed", AGREED_WITH_THE_COMPLAINANT)));
    /** The acknowledgement the booklet asks for: one "including the expected date for the response". */
    private static final Event<ComplaintAcknowledged> ACKNOWLEDGED_WITH_THE_EXPECTED_DATE = COMPLAINT_ACKNOWLEDGED
            .filteredBy(Condition.of("with the expected response date", acknowledged -> acknowledged.expectedResponseDate().isPresent()))
            .called("the acknowledgement including the expected date for the response");
    /** A full response, or the complaint resolved: either ends the wait for the response. */
    private static final Event<ComplaintEvent> RESPONDED_OR_RESOLVED = Event.of("the response", ComplaintEvent.class, ComplaintEvent::date)
            .filteredBy(Condition.of("or the resolution", event -> event instanceof ComplaintResponse || event instanceof ComplaintResolved))
            .called("the full response, or the complaint resolved");

    private CorporateComplaints() {
    }

    /**
     * Why the booklet's "as soon as" duties carry no rule: said on the first rule of each complaints section (L1553, L1598,
     * L1599, L1647, L1666).
     */
    static final String AS_SOON_AS = "The booklet's other complaint duties give no time and so carry no rule: a practitioner"
            + " informs their manager \"as soon as there is an expression of dissatisfaction or concern\", the team manager"
            + " informs the feedback team \"as soon as a complaint is made\", and the complaints manager is informed of an"
            + " agreed resolution \"as soon as possible\". \"As soon as\" with nothing more is not a time that can fall due,"
            + " and the dissatisfaction before a complaint is recorded is not in the case file; the clocks start at the"
            + " complaint's receipt (the acknowledgement and the response).";

    static List<Rule> rules() {
        return List.of(
                rule("complaints.corporate.acknowledged", "Corporate complaint acknowledged")
                        .implementing("CC-1")
                        .citing(booklet("Where the complaint is not resolved at the time, or within 3 working days of"
                                + " receipt, an acknowledgment will be sent including the expected date for the response"))
                        .localStandard()
                        .due(within(workingDays(3)).of(COMPLAINT_RECEIVED).until(COMPLAINT_RESOLVED))
                        .metBy(ACKNOWLEDGED_WITH_THE_EXPECTED_DATE)
                        .appliesWhen(CORPORATE)
                        .interpretedAs("Met by an acknowledgement that records the expected date for the response, as the"
                                + " booklet asks; one without it does not meet it. A complaint resolved within the 3 working days"
                                + " needs none.")
                        .interpretedAs(AS_SOON_AS),
                rule("complaints.corporate.response", "Corporate complaint: full response")
                        .implementing("CC-2")
                        .citing(booklet("A full response should be made at the earliest possible time and in general this"
                                + " should not exceed the standard target of 28 calendar days"))
                        .localStandard()
                        .due(within(calendarDays(28)).of(COMPLAINT_RECEIVED))
                        .metBy(RESPONDED_OR_RESOLVED)
                        .appliesWhen(CORPORATE)
                        .interpretedAs("Met by the full response, or by the resolution of the complaint (confirmed in writing, as"
                                + " the team manager's duty says): a complaint resolved after the 28 days is met late, not"
                                + " overdue for ever."),
                rule("complaints.corporate.agreed-timescale", "Corporate complaint: exceptional agreed timescale")
                        .implementing("CC-3")
                        .citing(booklet("In exceptional circumstances ... it may be identified that a final response is"
                                + " not possible within 90 calendar days; in these circumstances the complainant should be informed at"
                                + " the earliest possible point, and a timescale for the remaining actions agreed."))
                        .localStandard()
                        .due(laterOf(NINETY_DAYS, NINETY_DAYS_ONCE_A_DATE_IS_AGREED.extendedBy(A_LATER_DATE_AGREED,
                                        ComplaintExtended::agreedResponseDate))
                                .until(COMPLAINT_RESOLVED))
                        .metBy(COMPLAINT_RESPONSE)
                        .appliesWhen(CORPORATE)
                        .interpretedAs("The final response is due within 90 calendar days, or by the date agreed with the complainant when"
                                + " that is later; a date agreed again replaces the one before. \"Informed at the earliest"
                                + " possible point\": a later date counts only when it is agreed by the deadline it extends and"
                                + " the extension records that the complainant was informed. A complaint resolved before the"
                                + " response is due needs none."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
