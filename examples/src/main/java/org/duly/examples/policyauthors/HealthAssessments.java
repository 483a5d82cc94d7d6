package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.either;
import static org.duly.timescales.Timescales.first;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.months;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.vocabulary.CaseEvents.BECAME_LOOKED_AFTER;
import static org.duly.workflows.vocabulary.CaseEvents.HEALTH_ASSESSMENT;
import static org.duly.workflows.vocabulary.Circumstances.UNDER_FIVE;
import static org.duly.workflows.policy.Rules.rule;

import org.duly.timescales.Interval;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;

/**
 * Example 4, a recurrence whose interval depends on the child: health assessments every 6 months
 * under 5, every 12 months from 5.
 *
 * <p><b>What the booklet says</b> (Anytown Council Children's Social Care Practice Standards,
 * Children in Care): "Health assessments: the first within 20 working days of the child becoming
 * looked after, then at least every 6 months for children under 5 and at least every 12 months for
 * children aged 5 and over".
 *
 * <p><b>How the rule reads</b>: {@code first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
 * .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)))}. The condition is asked on
 * the day of the previous assessment: an assessment done the day before the 5th birthday sets the
 * next 6 months later; one done on the birthday, 12 months later. Each interval counts from the day
 * the previous assessment was actually done, not from the day it was due.
 *
 * <p><b>What it prints</b>: "Health assessments: first within 20 working days of becoming looked
 * after, then at least every 6 months when under 5, otherwise at least every 12 months, until the
 * child ceases to be looked after or turns 18". Derbyshire's catalogue writes its own health assessments
 * rule, {@code lac.health-assessments}, the same way.
 */
public final class HealthAssessments {

    /** The interval after each assessment, chosen by the child's age on the day of that assessment. */
    public static final Interval EVERY_6_MONTHS_UNDER_5_OTHERWISE_12 = either(months(6)).when(UNDER_FIVE).otherwise(months(12));

    /** Anytown's health assessments rule. */
    public static final Rule HEALTH = rule("anytown.health-assessments", "Health assessments")
            .implementing("LAC-9", "LAC-10")
            .citing(AnytownCouncil.practiceStandards("Children in Care", "Health assessments: the first within 20 working days"
                    + " of the child becoming looked after, then at least every 6 months for children under 5 and at least every"
                    + " 12 months for children aged 5 and over"))
            .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 7")
            .due(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                    .thenEvery(EVERY_6_MONTHS_UNDER_5_OTHERWISE_12)
                    .until(AnytownCouncil.LEAVES_CARE))
            .metBy(HEALTH_ASSESSMENT);

    private static final Policy POLICY = Policy.builder(AnytownCouncil.POLICY_NAME, "2025-01").rule(HEALTH).build();

    private HealthAssessments() {
    }

    /**
     * Anytown's policy with this one rule.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = ChildCase.child("EX-4").bornOn("2019-09-10")
     *     .becameLookedAfter("2024-03-04", LegalStatus.SECTION_20).healthAssessment("2024-03-25")
     *     .schedule("2024-04-01", HealthAssessments.policy());
     * assertThat(schedule).obligation("anytown.health-assessments", 2).isDueOn("2024-09-25");
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }
}
