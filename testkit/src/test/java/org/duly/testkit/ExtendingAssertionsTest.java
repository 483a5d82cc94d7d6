package org.duly.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.testkit.DulyAssertionsTest.POLICY;
import static org.duly.testkit.DulyAssertionsTest.SCHEDULE;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A consuming app adds assertions of its own, as it would to AssertJ's, and keeps Duly's. */
class ExtendingAssertionsTest {

    /** What a consuming app writes: an assertion its own teams need on an obligation. */
    public static class OurObligationAssert extends AbstractObligationAssert<OurObligationAssert> {

        public OurObligationAssert(ScheduleEntry actual) {
            super(actual, OurObligationAssert.class);
        }

        /** The teams work Monday to Friday: a deadline on a weekend is one nobody is in to meet. */
        public OurObligationAssert isDueOnAWeekday() {
            isNotNull();
            if (actual.due().map(due -> EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(due.getDayOfWeek())).orElse(true)) {
                failWithMessage("Expected %s to be due on a weekday:\n  %s", actual.rule().id(), entryExplained());
            }
            return myself;
        }
    }

    /** And on a schedule, leading to its own obligation assertions. */
    public static class OurScheduleAssert extends AbstractScheduleAssert<OurScheduleAssert, OurObligationAssert> {

        public OurScheduleAssert(Schedule actual) {
            super(actual, OurScheduleAssert.class);
        }

        @Override
        protected OurObligationAssert obligationAssert(ScheduleEntry entry) {
            return new OurObligationAssert(entry);
        }

        public OurScheduleAssert isForSubject(String id) {
            isNotNull();
            if (!actual.subject().equals(id)) {
                failWithActualExpectedAndMessage(actual.subject(), id, "Expected the schedule of %s but it is of %s", id, actual.subject());
            }
            return myself;
        }
    }

    /** Its entry point. */
    static OurScheduleAssert assertThat(Schedule actual) {
        return new OurScheduleAssert(actual);
    }

    /** Its soft assertions. */
    public interface OurSoftAssertionsProvider extends SoftAssertionsProvider {
        default OurScheduleAssert assertThat(Schedule actual) {
            return DulySoftAssertionsProvider.proxySchedule(this, OurScheduleAssert.class, actual);
        }
    }

    public static class OurSoftAssertions extends AbstractSoftAssertions implements OurSoftAssertionsProvider {
    }

    private static final Schedule SPRING_FORWARD = ChildCase.child("C-8").bornOn("2016-05-10")
            .significantHarmConcern("2024-03-30T12:00").schedule("2024-03-30", POLICY);

    @Test
    void a_subclass_adds_its_own_assertions_and_keeps_dulys() {
        assertThat(SCHEDULE).isForSubject("C-1").hasObligations("cp.icpc", 1)
                .obligation("cp.icpc").isDueOnAWeekday().isDueOn("2024-04-08").isOverdue();
        assertThatThrownBy(() -> assertThat(SPRING_FORWARD).obligation("cp.strategy-discussion").isDueAt("2024-03-31T13:00")
                .isDueOnAWeekday())
                .hasMessage("""
                        Expected cp.strategy-discussion to be due on a weekday:
                          cp.strategy-discussion #1 due 2024-03-31: DUE_SOON
                          because 24 hours after the concern of significant harm on 2024-03-30 at 12:00 is 2024-03-31 at 13:00 \
                        Europe/London (the clocks changed in between: 24 hours is not a whole number of days)""");
        assertThatThrownBy(() -> assertThat(SCHEDULE).isForSubject("C-2"))
                .isInstanceOfSatisfying(AssertionFailedError.class,
                        failure -> Assertions.assertThat(failure.getExpected().getValue()).isEqualTo("C-2"))
                .hasMessage("Expected the schedule of C-2 but it is of C-1");
    }

    @Test
    void its_soft_assertions_collect_its_own_failures_and_dulys() {
        OurSoftAssertions softly = new OurSoftAssertions();
        softly.assertThat(SPRING_FORWARD).isForSubject("C-1")
                .obligation("cp.strategy-discussion").isDueOnAWeekday().isMet();
        Assertions.assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                subject -> Assertions.assertThat(subject).startsWith("Expected the schedule of C-1 but it is of C-8"),
                weekday -> Assertions.assertThat(weekday).startsWith("Expected cp.strategy-discussion to be due on a weekday"),
                status -> Assertions.assertThat(status).startsWith("Expected cp.strategy-discussion to be MET but it is DUE_SOON"));
    }
}
