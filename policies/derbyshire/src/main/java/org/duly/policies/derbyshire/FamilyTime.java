package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.duly.domain.events.FamilyTimeDirected;
import org.duly.timescales.Facts;
import org.duly.timescales.period.Period;
import org.duly.timescales.Reads;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Family Time": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ParentingAndFamilyTimeRulesTest}.
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
                        .due(first(asDirectedBy(FAMILY_TIME_DIRECTED, "the date of the first session", FamilyTimeDirected::firstSessionDue))
                                .thenEvery(intervalSetBy("as often as the direction in force sets (its days between sessions)",
                                        Reads.of(FamilyTimeDirected.class), FamilyTime::intervalInForce)))
                        .metBy(FAMILY_TIME_SESSION)
                        .interpretedAs("The first session is due on the date the direction sets; then a session at the directed"
                                + " frequency, each counted from the last session (a weekly direction: 7 days after it). A"
                                + " direction that sets no first date cannot be checked and says so; one that sets no"
                                + " frequency asks for its first session only. A new direction, by the court or the social"
                                + " worker, replaces the one before: what it had not yet made due is no longer owed, what was"
                                + " due and not done stays missed, and sessions from the new direction's day on are for the"
                                + " new one."));
    }

    /** The days between sessions set by the direction in force on a date: the latest made on or before it. */
    private static Optional<Period> intervalInForce(LocalDate date, Facts facts) {
        return facts.occurrences(FamilyTimeDirected.class).stream().filter(direction -> !direction.date().isAfter(date))
                .reduce((earlier, later) -> later).flatMap(FamilyTimeDirected::intervalDays).map(days -> days(days));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
