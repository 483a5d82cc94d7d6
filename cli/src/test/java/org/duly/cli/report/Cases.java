package org.duly.cli.report;

import org.duly.domain.CaseTimeline;
import org.duly.testkit.ChildCase;
import org.duly.workflows.engine.Schedule;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;

/** Small hand-made cases for the report tests. */
final class Cases {

    /** A name no format may show: it appears nowhere else in Duly. */
    static final String NAME = "Zebedee Quinlan-Ostrowski";

    private Cases() {
    }

    /** A section 47 case over Easter 2024: the strategy discussion, a visit, and the initial conference held late. */
    static ChildCase childProtection() {
        return ChildCase.child("C-0042").named(NAME).bornOn("2019-06-30")
                .referral("2024-03-11")
                .strategyDiscussion("2024-03-14T10:00", true)
                .initialConference("2024-04-09");
    }

    /** A referral the day before Good Friday 2024, evaluated a week later: three overdue, one due soon over Easter. */
    static ChildCase referralOverEaster() {
        return ChildCase.child("C-7").named(NAME).bornOn("2015-02-03").referral("2024-03-27");
    }

    /** A referral a week earlier, decided on time. */
    static ChildCase referralDecided() {
        return ChildCase.child("C-8").bornOn("2020-01-01").referral("2024-03-20")
                .referralDecision("2024-03-21", org.duly.domain.events.ReferralOutcome.SINGLE_ASSESSMENT);
    }

    static CaseTimeline timeline() {
        return childProtection().timeline();
    }

    static Schedule schedule() {
        return childProtection().schedule("2024-04-10", DerbyshirePracticeStandards.policy());
    }
}
