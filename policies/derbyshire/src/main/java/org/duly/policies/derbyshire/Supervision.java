package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Circumstances.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Condition;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Supervision": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code SupervisionRulesTest}.
 */
final class Supervision {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Supervision";

    /** Starting in post as a newly qualified social worker: supervised fortnightly from the start. */
    private static final Condition<StartedInPost> AS_A_NEWLY_QUALIFIED_SOCIAL_WORKER = Condition.of("as a newly qualified social worker",
            started -> started.role() == WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);

    /** Starting in post as a social worker (not newly qualified): supervised monthly from the start. */
    private static final Condition<StartedInPost> AS_A_SOCIAL_WORKER = Condition.of("as a social worker",
            started -> started.role() == WorkerRole.SOCIAL_WORKER);
    /** Starting in post in any other role: supervised every 4 to 6 weeks from the start. */
    private static final Condition<StartedInPost> AS_OTHER_STAFF = Condition.of("as other staff",
            started -> started.role() != WorkerRole.SOCIAL_WORKER && started.role() != WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);

    private Supervision() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("supervision.sessions", "Supervision")
                        .implementing("SUP-1", "SUP-2", "SUP-3")
                        .citing(booklet("Social Workers should receive supervision monthly (and newly qualified social"
                                + " workers should have supervision fortnightly in accordance with the requirements of the ASYE"
                                + " provisions). Other staff should have supervision at least every 4-6 weeks."))
                        .localStandard()
                        .due(first(whicheverApplies(within(weeks(2)).of(STARTED_IN_POST.first().where(AS_A_NEWLY_QUALIFIED_SOCIAL_WORKER)),
                                        whicheverApplies(within(months(1)).of(STARTED_IN_POST.first().where(AS_A_SOCIAL_WORKER)),
                                                ideallyWithin(weeks(4)).atMostWithin(weeks(6))
                                                        .of(STARTED_IN_POST.first().where(AS_OTHER_STAFF)))))
                                .thenEvery(either(weeks(2)).when(NEWLY_QUALIFIED)
                                        .otherwise(either(months(1)).when(SOCIAL_WORKER)
                                                .otherwise(ideally(weeks(4)).atMost(weeks(6)))))
                                .until(LEFT_POST))
                        .metBy(SUPERVISION_SESSION)
                        .interpretedAs("The interval is chosen by the worker's role on the day of the previous session: fortnightly"
                                + " for newly qualified social workers, monthly for social workers, ideally 4 and at most 6 weeks for"
                                + " other staff. The first session is counted the same way from starting in post, by the role"
                                + " started in: within 2 weeks for a newly qualified social worker (fortnightly from the start, as"
                                + " the ASYE asks), a month for a social worker, ideally 4 and at most 6 weeks for other staff; the role"
                                + " \"social worker\" is the social worker's own, so practice supervisors and managers are other"
                                + " staff. This is a reading, and the booklet allows it: \"the frequency of supervision will be"
                                + " decided by the needs of the individual employee and their role within the organisation\", and"
                                + " it names social workers by their role in the team, beside \"other staff\". A council that"
                                + " supervises its registered managers monthly overrides the rule (examples/POLICY-AUTHORS.md,"
                                + " section 2)."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
