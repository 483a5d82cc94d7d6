package org.duly.policies.derbyshire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.SpecSheet;

/**
 * The Derbyshire Children's Services Practice Standards booklet as a policy: one or more rules for
 * every key timescale of the booklet ({@code key-timescales.tsv}, its spec sheet), section by
 * section in the booklet's order, each citing the booklet's own words, saying whether it is
 * statutory, and writing down how Duly reads what the booklet leaves open. Each section is a source
 * file of its own ({@code ChildProtection}, {@code ChildrenInCare}, ...), with its rule tables beside
 * it in this module's tests.
 *
 * <p>Where the booklet and the law differ (the booklet's 4-weekly visits to children in IFA and private
 * residential placements are stricter than regulation 28), the rule follows the booklet and says so.
 *
 * <p>Working days are those of England and Wales: the booklet names no closure days. A council that
 * adapts the policy adds its own with {@code derive(...).closedOn(...)}, and they travel with its policy.
 */
public final class DerbyshirePracticeStandards {

    /** The policy's name. */
    public static final String NAME = "Derbyshire practice standards";

    /** The booklet's version: its contents are dated February 2023. */
    public static final String VERSION = "2023-02";

    /** The document every rule cites. */
    public static final String DOCUMENT = "Derbyshire Children's Services Practice Standards";

    /**
     * When the Children and Social Work Act 2017 extended personal adviser support to 25 (section 23CZB of the
     * Children Act 1989): a yearly contact due from this day is owed to 25.
     */
    public static final LocalDate PERSONAL_ADVISERS_TO_25 = LocalDate.of(2018, 4, 1);

    private static final SpecSheet SPEC_SHEET = SpecSheet.fromTsv(resource("key-timescales.tsv"));

    private static final Policy POLICY = Policy.builder(NAME, VERSION)
            .specSheet(SPEC_SHEET)
            .calendar(EnglandAndWales.calendar())
            .rules(EarlyHelpAndSingleAssessments.rules())
            .rules(ChildsSinglePlan.rules())
            .rules(Chronologies.rules())
            .rules(StepUpStepDown.rules())
            .rules(ParentingAssessments.rules())
            .rules(FamilyTime.rules())
            .rules(PrivateFostering.rules())
            .rules(EarlyHelp.rules())
            .rules(ChildrenInNeed.rules())
            .rules(ChildProtection.rules())
            .rules(CourtWork.rules())
            .rules(ChildrenInCare.rules())
            .rules(ChildExploitation.rules())
            .rules(LifeStoryWork.rules())
            .rules(CareLeavers.rules())
            .rules(TransitionToAdulthood.rules())
            .rules(ExternalPlacements.rules())
            .rules(Supervision.rules())
            .rules(ReflectiveCaseReviews.rules())
            .rules(CorporateComplaints.rules())
            .rules(StatutoryComplaints.rules())
            .build();

    private DerbyshirePracticeStandards() {
    }

    /**
     * The policy, built once.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), asOf);
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }

    /**
     * The booklet's key timescales, each with its id, section and words: what the rules implement.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(DerbyshirePracticeStandards.specSheet().spec("CP-2")).isPresent();
     * }</pre>
     *
     * @return the spec sheet
     */
    public static SpecSheet specSheet() {
        return SPEC_SHEET;
    }

    /** A text bundled in this jar, read as a classpath resource. */
    private static String resource(String name) {
        try (InputStream in = DerbyshirePracticeStandards.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
