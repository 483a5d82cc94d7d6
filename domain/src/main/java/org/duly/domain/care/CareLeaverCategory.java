package org.duly.domain.care;

/**
 * The categories of young people the Children Act 1989 (as amended by the Children (Leaving Care)
 * Act 2000) gives leaving care duties toward, as {@link CareLeaverStatus} decides them on a date.
 * "The 13 weeks" is the test of an eligible child (Schedule 2 paragraph 19B, with regulation 40 of
 * the Care Planning, Placement and Case Review (England) Regulations 2010): looked after for a
 * period or periods amounting in all to at least 13 weeks, which began after the 14th birthday and
 * ended after the 16th. Days in a pre-planned series of short breaks never count.
 */
public enum CareLeaverCategory {

    /**
     * An eligible child (Schedule 2 paragraph 19B): aged 16 or 17, looked after now, and looked after
     * for 13 weeks in all since the 14th birthday. Pathway planning starts.
     */
    ELIGIBLE,

    /**
     * A relevant child (section 23A): aged 16 or 17, not looked after now, and an eligible child
     * before last ceasing to be looked after.
     */
    RELEVANT,

    /**
     * A former relevant child (section 23C): aged 18 or over, and an eligible or relevant child
     * before 18. Support runs to 21, or to 25 where the 2017 extension applies: see
     * {@link CareLeaverRules#formerRelevantUntil()}.
     */
    FORMER_RELEVANT,

    /**
     * A person qualifying for advice and assistance (section 24): aged 16 to 20, not looked after
     * now, and not in the categories above, who after 16 and while still a child was looked after
     * (for less than the 13 weeks, say) or privately fostered, or who left care under a special
     * guardianship order. Contacted at least yearly.
     */
    QUALIFYING,

    /** None of these: never looked after since 16, looked after now without the 13 weeks, or too young or too old. */
    NONE
}
