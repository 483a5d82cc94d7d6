package org.duly.examples.report;

import org.duly.domain.CaseTimeline;
import org.duly.testkit.ChildCase;
import org.duly.workflows.engine.Schedule;

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

    static CaseTimeline timeline() {
        return childProtection().timeline();
    }

    static Schedule schedule() {
        return childProtection().schedule("2024-04-10");
    }
}
