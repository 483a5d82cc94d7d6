package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.duly.domain.events.CareProceedingsEvent;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.CourtDocument;
import org.duly.domain.events.CourtDocumentsFiled;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Reads;
import org.duly.workflows.vocabulary.Links;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Court Work": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code CourtWorkRulesTest}.
 */
final class CourtWork {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Court Work";

    /**
     * The filing that completes the day 1 documents: the issue, or documents filed after it, by which every document
     * day 1 asks for has been filed (a current assessment only when the local authority relies on one).
     */
    private static final Event<CareProceedingsEvent> EVERY_DAY_1_DOCUMENT_FILED = Event.of("the filing", CareProceedingsEvent.class,
                    CareProceedingsEvent::date)
            .filteredBy(Condition.withFacts("that completes the day 1 documents",
                    Reads.of(CareProceedingsIssued.class, CourtDocumentsFiled.class), CourtWork::completesTheDay1Documents))
            .called("the filing that completes the day 1 documents (an assessment only when the local authority relies on one)");

    private CourtWork() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("court.proceedings-26-weeks", "Care proceedings completed within 26 weeks")
                        .implementing("CT-1")
                        .citing(booklet("Care Proceedings should be completed within 26 weeks (including PLO)"))
                        .statutory(Instrument.CHILDREN_ACT_1989_S32, "with extensions under section 32(5)")
                        .due(within(days(181)).of(CARE_PROCEEDINGS_ISSUED)
                                .extendedBy(CARE_PROCEEDINGS_EXTENDED, extension -> Optional.of(extension.extendedTo())))
                        .metBy(Fulfilment.by(CARE_PROCEEDINGS_CONCLUDED).linkedBy(Links.SAME_PROCEEDINGS))
                        .interpretedAs("26 weeks beginning with the day of issue: section 32(1)(a)(ii) sets \"twenty-six weeks"
                                + " beginning with the day on which the application was issued\", so the issue is day 1 of the 182"
                                + " and the last day is 181 days after it, which is why the reading says 181 days."
                                + " The court may extend the time under section 32(5), up to 8 weeks at a time: an extension"
                                + " recorded by the date it extends moves the due date to the date the court set; one recorded"
                                + " after it does not undo the overrun.")
                        .interpretedAs("The booklet's \"(including PLO)\" is not counted: section 32 counts the 26 weeks from"
                                + " the issue of the application, and the statute is the limit the court applies, so time spent"
                                + " in pre-proceedings before the issue does not shorten them. Pre-proceedings have their own 16"
                                + " weeks (court.pre-proceedings)."),
                rule("court.pre-proceedings", "Pre-proceedings (PLO) completed")
                        .implementing("CT-2")
                        .citing(booklet("The ideal aim is that PLO should be completed within 16 weeks"))
                        .localStandard()
                        .due(within(weeks(16)).of(PRE_PROCEEDINGS_STARTED).until(CARE_PROCEEDINGS_ISSUED))
                        .metBy(PRE_PROCEEDINGS_ENDED)
                        .interpretedAs("16 weeks is the booklet's only figure for pre-proceedings, so it is the due date; the"
                                + " booklet's \"26 weeks (including PLO)\" is the limit for the proceedings (court.proceedings-26-weeks),"
                                + " not for the PLO. Issuing care proceedings ends pre-proceedings: issued by the 16 weeks, they are"
                                + " no longer owed; issued after them, the overrun stays a miss."),
                rule("court.day-1-filing", "Application filed with its documents on day 1")
                        .implementing("CT-3")
                        .citing(booklet("On Day 1 – the following must be attached to the application filed with the"
                                + " court: Chronology, Statement (SWET) and Genogram, any current assessment ... to which the"
                                + " social work statement refers and on which the local authority relies, the Care Plan, an"
                                + " index of checklist documents"))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 1, day 1")
                        .due(immediately().on(CARE_PROCEEDINGS_ISSUED))
                        .metBy(Fulfilment.by(EVERY_DAY_1_DOCUMENT_FILED).linkedBy(Links.SAME_PROCEEDINGS))
                        .interpretedAs("Met on the day the last of the day 1 documents is filed: with the issue itself when it"
                                + " records them all, or later, when documents filed after the issue complete them (late). A"
                                + " current assessment is owed only when the issue records that the local authority relies on"
                                + " one."),
                rule("court.day-2-service", "Application served on day 2")
                        .implementing("CT-4")
                        .citing(booklet("On Day 2 the local authority must serve on the other parties the application form"
                                + " and annex documents, together with the 'evidential checklist documents'"))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 1, day 2")
                        .due(within(workingDays(1)).of(CARE_PROCEEDINGS_ISSUED))
                        .metBy(Fulfilment.by(CARE_PROCEEDINGS_SERVED).linkedBy(Links.SAME_PROCEEDINGS))
                        .interpretedAs("The issue is day 1, so day 2 is the next business day: the Family Procedure Rules 2010,"
                                + " r2.9(4), count a period a practice direction sets of 7 days or less without the days that"
                                + " are not business days (weekends, bank holidays, Christmas Day and Good Friday). An application"
                                + " issued on a Friday is served by the Monday. PD12A's own glossary could not be checked here:"
                                + " if Derbyshire reads its days as calendar days, day 2 is the next calendar day."),
                rule("court.case-management-hearing", "First case management hearing")
                        .implementing("CT-5")
                        .citing(booklet("Between Day 12 and 18 – the first Case Management Hearing should take place."))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 2")
                        .due(betweenDay(12).andDay(18).countingFrom(CARE_PROCEEDINGS_ISSUED))
                        .metBy(Fulfilment.by(CASE_MANAGEMENT_HEARING).linkedBy(Links.SAME_PROCEEDINGS))
                        .interpretedAs("Days are numbered in calendar days with the issue as day 1, as the booklet numbers them:"
                                + " a window running to day 18 is longer than the 7 days from which the Family Procedure Rules"
                                + " 2010, r2.9(4), leave out the days that are not business days, so weekends and bank holidays"
                                + " count. PD12A's own glossary could not be checked here."),
                rule("court.directions", "Court directions complied with")
                        .implementing("CT-6")
                        .citing(booklet("This additional material should be delivered within the timeframes set by the court"))
                        .localStandard()
                        .due(asDirectedBy(COURT_DIRECTION, CourtDirectionMade::dueDate).untilTheNext(Links.SAME_DIRECTION))
                        .metBy(Fulfilment.by(COURT_DIRECTION_COMPLIED).linkedBy(Links.SAME_DIRECTION))
                        .interpretedAs("A direction the court varies is recorded again under its own id: the variation replaces"
                                + " it, so the old timeframe is no longer owed if it had not yet passed, and stays missed if it"
                                + " had; compliance from the variation's day on meets the direction as varied."));
    }

    /** Whether the filing, with the issue and the filings before it in the same proceedings, files every day 1 document. */
    private static boolean completesTheDay1Documents(CareProceedingsEvent filing, Facts facts) {
        if (!(filing instanceof CareProceedingsIssued) && !(filing instanceof CourtDocumentsFiled)) {
            return false;
        }
        Optional<CareProceedingsIssued> issue = facts.occurrences(CareProceedingsIssued.class).stream()
                .filter(issued -> !issued.date().isAfter(filing.date()) && sameProceedings(issued, filing))
                .reduce((earlier, later) -> later);
        if (issue.isEmpty()) {
            return false;
        }
        EnumSet<CourtDocument> owed = EnumSet.allOf(CourtDocument.class);
        if (!issue.get().reliesOnAnAssessment()) {
            owed.remove(CourtDocument.ASSESSMENTS);
        }
        EnumSet<CourtDocument> before = EnumSet.noneOf(CourtDocument.class);
        EnumSet<CourtDocument> byThen = EnumSet.noneOf(CourtDocument.class);
        byThen.addAll(issue.get().documentsFiled());
        if (filing != issue.get()) {
            before.addAll(issue.get().documentsFiled());
            for (CourtDocumentsFiled filed : facts.occurrences(CourtDocumentsFiled.class)) {
                if (filed == filing) {
                    break;
                }
                if (!filed.date().isBefore(issue.get().date()) && sameProceedings(issue.get(), filed)) {
                    before.addAll(filed.documentsFiled());
                }
            }
            byThen.addAll(before);
            byThen.addAll(((CourtDocumentsFiled) filing).documentsFiled());
        }
        // The filing that completes them, not every later one: the ones before it must have left something owed.
        return byThen.containsAll(owed) && !before.containsAll(owed);
    }

    private static boolean sameProceedings(CareProceedingsEvent one, CareProceedingsEvent other) {
        return one.proceedingsId().isEmpty() || other.proceedingsId().isEmpty() || one.proceedingsId().equals(other.proceedingsId());
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
