package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.timescales.Fulfilment;
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

    private CourtWork() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("court.proceedings-26-weeks", "Care proceedings completed within 26 weeks")
                        .implementing("CT-1")
                        .citing(booklet("Care Proceedings should be completed within 26 weeks (including PLO)"))
                        .statutory(Instrument.CHILDREN_ACT_1989_S32, "")
                        .due(within(weeks(26)).of(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CARE_PROCEEDINGS_CONCLUDED)
                        .interpretedAs("The 26 weeks run from the issue of the application, as section 32(1)(a) counts them."),
                rule("court.pre-proceedings", "Pre-proceedings (PLO) completed")
                        .implementing("CT-2")
                        .citing(booklet("The ideal aim is that PLO should be completed within 16 weeks"))
                        .localStandard()
                        .due(ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(PRE_PROCEEDINGS_STARTED)
                                .until(CARE_PROCEEDINGS_ISSUED))
                        .metBy(PRE_PROCEEDINGS_ENDED)
                        .interpretedAs("16 weeks is the ideal aim; the booklet's \"26 weeks (including PLO)\" is read as the"
                                + " limit beside it. Issuing care proceedings ends pre-proceedings: issued by the limit, they are"
                                + " no longer owed; issued after it, the overrun stays a miss."),
                rule("court.day-1-filing", "Application filed with its documents on day 1")
                        .implementing("CT-3")
                        .citing(booklet("On Day 1 – the following must be attached to the application filed with the"
                                + " court: Chronology, Statement (SWET) and Genogram, any current assessment ... the Care Plan, an"
                                + " index of checklist documents"))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 1, day 1")
                        .due(immediately().on(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CARE_PROCEEDINGS_ISSUED.where(WITH_EVERY_DAY_1_DOCUMENT))
                        .interpretedAs("Met by the issue itself when it records every day 1 document as filed."),
                rule("court.day-2-service", "Application served on day 2")
                        .implementing("CT-4")
                        .citing(booklet("On Day 2 the local authority must serve on the other parties the application form"
                                + " and annex documents, together with the 'evidential checklist documents'"))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 1, day 2")
                        .due(within(days(1)).of(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CARE_PROCEEDINGS_SERVED)
                        .interpretedAs("The issue is day 1, so day 2 is the next calendar day; the booklet numbers days, not"
                                + " working days."),
                rule("court.case-management-hearing", "First case management hearing")
                        .implementing("CT-5")
                        .citing(booklet("Between Day 12 and 18 – the first Case Management Hearing should take place."))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 2")
                        .due(betweenDay(12).andDay(18).countingFrom(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CASE_MANAGEMENT_HEARING)
                        .interpretedAs("Days are numbered in calendar days with the issue as day 1, as the booklet numbers them."),
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

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
