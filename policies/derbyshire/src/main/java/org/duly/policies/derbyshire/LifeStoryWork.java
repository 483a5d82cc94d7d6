package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.PlacementType;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Life Story Work": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code LifeStoryWorkRulesTest}.
 */
final class LifeStoryWork {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Life Story Work";

    private LifeStoryWork() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("life-story.book", "Life story book")
                        .implementing("LS-1")
                        .citing(booklet("The completed Life Story Book should be given to the adoptive parents at the time"
                                + " the child is placed with them or, if that is not possible, within 10 days working days of the"
                                + " adoption order being made (at the latest)"))
                        .statutory(Instrument.ADOPTION_AGENCIES_REGULATIONS_2005, "and the adoption statutory guidance")
                        .due(ideally(by(PLACEMENT_STARTED.where(placementOfType(PlacementType.PLACED_FOR_ADOPTION))))
                                .atTheLatest(atTheLatest(workingDays(10)).after(ADOPTION_ORDER)))
                        .metBy(LIFE_STORY_BOOK_GIVEN)
                        .interpretedAs("Ideally at the placement for adoption; owed, at the latest, 10 working days after the"
                                + " adoption order. A book given at placement meets it."),
                rule("life-story.later-life-letter", "Later life letter")
                        .implementing("LS-2")
                        .citing(booklet("The Later Life Letter should be given to adoptive parents within 10 days working days"
                                + " of the adoption order being made (at the latest)."))
                        .statutory(Instrument.ADOPTION_AGENCIES_REGULATIONS_2005, "and the adoption statutory guidance")
                        .due(atTheLatest(workingDays(10)).after(ADOPTION_ORDER))
                        .metBy(LATER_LIFE_LETTER_GIVEN));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
