package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
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

    private static final Event<PlacementStarted> PLACED_FOR_ADOPTION = PLACEMENT_STARTED.where(placementOfType(PlacementType.PLACED_FOR_ADOPTION));

    /** Where the 10 working days count from: the booklet's order, not the guidance's ceremony. */
    private static final String FROM_THE_ORDER = "The booklet counts the 10 working days from the adoption order. Local procedures"
            + " that quote the adoption statutory guidance count them from the adoption ceremony, the celebration hearing some"
            + " weeks after the order; the booklet's is the earlier and stricter start, and Duly follows it.";

    private LifeStoryWork() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("life-story.book-at-placement", "Life story book at the placement for adoption")
                        .implementing("LS-1")
                        .citing(booklet("The completed Life Story Book should be given to the adoptive parents at the time"
                                + " the child is placed with them"))
                        .localStandard()
                        .due(immediately().on(PLACED_FOR_ADOPTION).dischargedBy(ADOPTION_ORDER))
                        .metBy(Fulfilment.by(LIFE_STORY_BOOK_GIVEN).orUpTo(weeks(4)).before())
                        .interpretedAs("The booklet's first expectation, owed from the placement for adoption: a book given on the"
                                + " day the child is placed, or in the 4 weeks of introductions before it, meets it; one given"
                                + " later meets it late. Not given at all, it shows overdue"
                                + " until the adoption order is made; from the order, \"if that is not possible\", the book is"
                                + " owed within 10 working days of it (life-story.book) and this one is no longer required.")
                        .interpretedAs("The book at placement is the booklet's own expectation. The adoption statutory guidance"
                                + " gives the book in stages, as local procedures that quote it read it, and sets its time from"
                                + " the adoption ceremony (life-story.book)."),
                rule("life-story.book", "Life story book")
                        .implementing("LS-1")
                        .citing(booklet("The completed Life Story Book should be given to the adoptive parents at the time"
                                + " the child is placed with them or, if that is not possible, within 10 days working days of the"
                                + " adoption order being made (at the latest)"))
                        .statutory(Instrument.ADOPTION_STATUTORY_GUIDANCE, "chapter 5, the life story book (the booklet counts"
                                + " its 10 working days from the order, the guidance from the adoption ceremony)")
                        .due(ideally(by(PLACED_FOR_ADOPTION))
                                .atTheLatest(atTheLatest(workingDays(10)).after(ADOPTION_ORDER)))
                        .metBy(LIFE_STORY_BOOK_GIVEN)
                        .interpretedAs("Ideally at the placement for adoption; owed, at the latest, 10 working days after the"
                                + " adoption order. A book given at placement meets it.")
                        .interpretedAs(FROM_THE_ORDER),
                rule("life-story.later-life-letter", "Later life letter")
                        .implementing("LS-2")
                        .citing(booklet("The Later Life Letter should be given to adoptive parents within 10 days working days"
                                + " of the adoption order being made (at the latest)."))
                        .statutory(Instrument.ADOPTION_STATUTORY_GUIDANCE, "chapter 5, the later life letter (the booklet counts"
                                + " its 10 working days from the order, the guidance from the adoption ceremony)")
                        .due(atTheLatest(workingDays(10)).after(ADOPTION_ORDER))
                        .metBy(LATER_LIFE_LETTER_GIVEN)
                        .interpretedAs(FROM_THE_ORDER));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
