package org.duly.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.domain.Cases.day;
import static org.duly.domain.care.PrivateFostering.Exclusion.CARER_IS_CLOSE_RELATIVE;
import static org.duly.domain.care.PrivateFostering.Exclusion.CARER_IS_PARENT;
import static org.duly.domain.care.PrivateFostering.Exclusion.LOOKED_AFTER;
import static org.duly.domain.care.PrivateFostering.Exclusion.TOO_OLD;
import static org.duly.domain.care.PrivateFostering.Exclusion.UNDER_28_DAYS;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.duly.domain.Cases;
import org.duly.domain.Child;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.timescales.period.LeapDayBirthdays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The private fostering definition at each boundary, for a child born on 1 May 2010 (16 on 2026-05-01). */
class PrivateFosteringTest {

    private static final Child CHILD = Child.builder().id("C-5").dateOfBirth(day("2010-05-01")).build();
    private static final Child DISABLED = Child.builder().from(CHILD).disabled(true).build();

    private static PrivateFosteringArrangement withFriend(String from, Optional<String> intendedEnd) {
        return PrivateFosteringArrangement.builder().carerRelationship(CarerRelationship.FAMILY_FRIEND)
                .livingWithCarerFrom(day(from)).intendedEnd(intendedEnd.map(LocalDate::parse)).build();
    }

    @ParameterizedTest(name = "on {0}: {1} (disabled: {2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-04-30 | true  | true
            2026-05-01 | false | true
            2028-04-30 | false | true
            2028-05-01 | false | false
            """)
    void under_16_or_under_18_if_disabled(LocalDate on, boolean privateFostering, boolean ifDisabled) {
        PrivateFosteringArrangement arrangement = withFriend("2026-01-01", Optional.empty());
        assertThat(PrivateFostering.judge(CHILD, arrangement, on).isPrivateFostering()).isEqualTo(privateFostering);
        assertThat(PrivateFostering.judge(DISABLED, arrangement, on).isPrivateFostering()).isEqualTo(ifDisabled);
        if (!privateFostering) {
            assertThat(PrivateFostering.judge(CHILD, arrangement, on).exclusions()).containsExactly(TOO_OLD);
        }
    }

    @ParameterizedTest(name = "intended to end {0}, judged on {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2024-01-29 | 2024-01-02 | true
            2024-01-28 | 2024-01-02 | false
            2024-01-28 | 2024-01-28 | false
            2024-01-28 | 2024-01-29 | true
            -          | 2024-01-02 | true
            """)
    void twenty_eight_days_intended_or_actual(String intendedEnd, LocalDate on, boolean privateFostering) {
        PrivateFostering.Finding finding = PrivateFostering.judge(CHILD, withFriend("2024-01-01", Optional.ofNullable(intendedEnd)), on);
        assertThat(finding.isPrivateFostering()).isEqualTo(privateFostering);
        assertThat(finding.exclusions()).isEqualTo(privateFostering ? List.of() : List.of(UNDER_28_DAYS));
    }

    @Test
    void an_arrangement_that_ended_counts_only_the_days_it_lasted() {
        PrivateFosteringArrangement ended = PrivateFosteringArrangement.builder().from(withFriend("2024-01-01", Optional.of("2024-01-10")))
                .ended(day("2024-01-28")).build();
        assertThat(PrivateFostering.judge(CHILD, ended, day("2024-03-01")).exclusions()).containsExactly(UNDER_28_DAYS);
        PrivateFosteringArrangement lasted = PrivateFosteringArrangement.builder().from(ended).ended(day("2024-01-29")).build();
        assertThat(PrivateFostering.judge(CHILD, lasted, day("2024-03-01")).isPrivateFostering()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CarerRelationship.class)
    void not_with_a_parent_or_a_close_relative_as_section_105_defines_one(CarerRelationship relationship) {
        PrivateFosteringArrangement arrangement = PrivateFosteringArrangement.builder().carerRelationship(relationship)
                .livingWithCarerFrom(day("2024-01-01")).build();
        List<PrivateFostering.Exclusion> expected = switch (relationship) {
            case PARENT, PERSON_WITH_PARENTAL_RESPONSIBILITY -> List.of(CARER_IS_PARENT);
            case GRANDPARENT, BROTHER, SISTER, UNCLE, AUNT, STEP_PARENT -> List.of(CARER_IS_CLOSE_RELATIVE);
            case OTHER_RELATIVE, FAMILY_FRIEND, OTHER -> List.of();
        };
        assertThat(PrivateFostering.judge(CHILD, arrangement, day("2024-03-01")).exclusions()).isEqualTo(expected);
    }

    @Test
    void an_approved_foster_carer_is_not_an_exclusion_and_every_reason_is_given() {
        PrivateFosteringArrangement arrangement = PrivateFosteringArrangement.builder().carerRelationship(CarerRelationship.AUNT)
                .carerIsApprovedFosterCarer(true).livingWithCarerFrom(day("2026-04-20")).intendedEnd(day("2026-04-27")).build();
        // The carer's approval is recorded, not an exclusion (Schedule 8): being looked after is.
        assertThat(PrivateFostering.judge(CHILD, arrangement, day("2026-05-01")).exclusions())
                .containsExactly(TOO_OLD, CARER_IS_CLOSE_RELATIVE, UNDER_28_DAYS);
        assertThat(PrivateFostering.judge(CHILD, arrangement, day("2026-05-01"), LeapDayBirthdays.MARCH_1, true).exclusions())
                .containsExactly(TOO_OLD, CARER_IS_CLOSE_RELATIVE, LOOKED_AFTER, UNDER_28_DAYS);
    }

    @Test
    void arrangements_are_read_from_the_timeline_with_their_ends() {
        List<PrivateFosteringArrangement> arrangements = PrivateFosteringArrangement.allIn(Cases.timeline(CHILD,
                PrivateFosteringNotification.builder().date(day("2024-01-05")).arrangementId("A").carerRelationship(CarerRelationship.OTHER)
                        .livingWithCarerFrom(day("2024-01-01")).build(),
                PrivateFosteringNotification.builder().date(day("2024-02-05")).arrangementId("B").carerRelationship(CarerRelationship.FAMILY_FRIEND)
                        .livingWithCarerFrom(day("2024-02-01")).build(),
                PrivateFosteringEnded.builder().date(day("2024-03-01")).arrangementId("A").build()));
        assertThat(arrangements).extracting(PrivateFosteringArrangement::ended)
                .containsExactly(Optional.of(day("2024-03-01")), Optional.empty());
    }

    @Test
    void a_longer_stay_or_intention_never_undoes_private_fostering() {
        qt().withExamples(2_000).forAll(integers().between(0, 60), integers().between(0, 60), integers().between(0, 3_000))
                .checkAssert((intended, more, judgedAfter) -> {
                    LocalDate from = day("2020-01-01");
                    PrivateFosteringArrangement shorter = withFriend("2020-01-01", Optional.of(from.plusDays(intended).toString()));
                    PrivateFosteringArrangement longer = withFriend("2020-01-01", Optional.of(from.plusDays(intended + more).toString()));
                    LocalDate on = from.plusDays(judgedAfter);
                    boolean before = PrivateFostering.judge(CHILD, shorter, on).isPrivateFostering();
                    assertThat(!before || PrivateFostering.judge(CHILD, longer, on).isPrivateFostering()).isTrue();
                    assertThat(!before || PrivateFostering.judge(CHILD, shorter, on.plusDays(more)).isPrivateFostering()
                            || PrivateFostering.judge(CHILD, shorter, on.plusDays(more)).exclusions().contains(TOO_OLD)).isTrue();
                    assertThat(PrivateFostering.judge(CHILD, shorter, on).isPrivateFostering())
                            .isEqualTo(on.isBefore(day("2026-05-01")) && (intended >= 28 || judgedAfter >= 28));
                });
    }
}
