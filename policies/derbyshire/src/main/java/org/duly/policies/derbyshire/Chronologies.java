package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.timescales.Fulfilment;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Chronologies": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChronologiesRulesTest}.
 */
final class Chronologies {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Chronologies";

    /**
     * What "immediately" means in this booklet when the day is not a working day, said once for every rule that uses it
     * (chronology.started, chronology.closed, step-up.implemented).
     */
    static final String IMMEDIATELY = "\"Immediately\" and \"on the day\" are office work: due on the day itself when it is"
            + " a working day, otherwise on the next working day (a request made on a Saturday is due on the Monday, on the"
            + " Tuesday after a bank holiday Monday). Work done on the day itself counts too. A Friday evening is still Friday.";

    private Chronologies() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("chronology.started", "Chronology started")
                        .implementing("CHRON-1")
                        .citing(booklet("Start: A chronology should be started for a child's file every time there is"
                                + " an open referral to social care or early help"))
                        .localStandard()
                        .due(immediately().on(REFERRAL.where(OPENED_THE_CASE)).orTheNextWorkingDay()
                                .dischargedBy(REFERRAL_DECISION.where(LEAVING_NO_OPEN_REFERRAL)))
                        .metBy(CHRONOLOGY_STARTED)
                        .interpretedAs("The booklet gives no time: \"immediately\" is Duly's word. Duly reads it as the day of"
                                + " the referral that opens the case, since the chronology is started with the child's file; a"
                                + " referral while the case is already open does not start a second chronology.")
                        .interpretedAs(IMMEDIATELY)
                        .interpretedAs("\"An open referral\": a referral decided as information and advice, a referral to a"
                                + " partner agency or no further action leaves none open, so its chronology is not required,"
                                + " whenever that decision is recorded."),
                rule("chronology.updated", "Chronology updated")
                        .implementing("CHRON-2")
                        .citing(booklet("Updates: The chronology should be updated to reflect case progress. Ideally this"
                                + " should be every 6 weeks but at a minimum of every 3 months"))
                        .localStandard()
                        .due(first(ideallyWithin(weeks(6)).atMostWithin(months(3)).of(CHRONOLOGY_STARTED))
                                .thenEvery(ideally(weeks(6)).atMost(months(3)))
                                .until(anyOf("the closure of the chronology or the case", "the chronology or the case is closed", CHRONOLOGY_CLOSED, CASE_CLOSED)))
                        .metBy(CHRONOLOGY_UPDATED),
                rule("chronology.closed", "Chronology updated and closed at case closure")
                        .implementing("CHRON-3")
                        .citing(booklet("Closures: When the case closes to Children's Services, the Chronology should be"
                                + " updated and closed as part of that process."))
                        .localStandard()
                        .due(immediately().on(CASE_CLOSED).orTheNextWorkingDay())
                        .metBy(Fulfilment.by(CHRONOLOGY_CLOSED).orUpTo(workingDays(10)).before())
                        .interpretedAs("\"As part of that process\": due the day the case closes, and met by the chronology closed"
                                + " then or in the 10 working days of closing work before it (never at or before an earlier"
                                + " closure); one closed after the case closed is recorded late, and met late.")
                        .interpretedAs(IMMEDIATELY));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
