package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Family Time": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code FamilyTimeRulesTest}.
 */
final class FamilyTime {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Family Time";

    private FamilyTime() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("family-time.as-directed", "Family time as directed")
                        .implementing("FT-1")
                        .citing(booklet("As directed by Court of by Social Worker."))
                        .localStandard()
                        .due(asDirectedBy(FAMILY_TIME_DIRECTED.where(WITH_A_FIRST_SESSION_DATE),
                                direction -> direction.firstSessionDue().orElseThrow()).untilTheNext())
                        .metBy(FAMILY_TIME_SESSION)
                        .interpretedAs("The due date is the first session's date as directed; a direction without one sets no"
                                + " due date Duly can check. A new direction, by the court or the social worker, replaces the"
                                + " one before: its first session is no longer owed if it was not yet due, and stays missed if it"
                                + " was; sessions from the new direction's day on are for the new one."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
