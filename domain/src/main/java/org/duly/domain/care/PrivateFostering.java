package org.duly.domain.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duly.domain.Child;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;

/**
 * The private fostering definition (Children Act 1989 section 66): a child is privately
 * fostered when they are under 16, or under 18 if disabled, and cared for and accommodated by
 * someone who is not a parent, a person with parental responsibility or a relative (section 105:
 * a grandparent, brother, sister, uncle or aunt, of the full or half blood or by marriage or civil
 * partnership, or step-parent), for 28 days or more, or with the intention of 28 days or more; and,
 * by Schedule 8 paragraph 2, not while the child is looked after by a local authority. A carer's
 * approval as a foster carer does not by itself take a child out of private fostering (an approved
 * foster carer can privately foster a child the authority does not look after), whatever a practice
 * booklet's shorthand "or an approved foster carer" says: the approval is recorded, and ignored.
 *
 * <p>Interpretations, where the statute leaves them open: the age is the child's on the day judged;
 * 28 days are counted like any "within N days" (an arrangement from 1 January reaches 28 days on
 * 29 January); an arrangement with no intended end is taken as intended to last 28 days or more;
 * an arrangement that lasts 28 days is private fostering whatever was intended.
 */
public final class PrivateFostering {

    /** The least days of care, actual or intended, that make an arrangement private fostering. */
    public static final int LEAST_DAYS = 28;

    private static final int AGE_LIMIT = 16;
    private static final int AGE_LIMIT_IF_DISABLED = 18;

    private PrivateFostering() {
    }

    /** Why an arrangement is not private fostering. */
    public enum Exclusion {

        /** The child is 16 or over, or 18 or over if disabled, on the day judged. */
        TOO_OLD,

        /** The carer is a parent or has parental responsibility. */
        CARER_IS_PARENT,

        /** The carer is a relative as section 105 defines one. */
        CARER_IS_CLOSE_RELATIVE,

        /** The child is looked after by a local authority on the day judged (Schedule 8, paragraph 2). */
        LOOKED_AFTER,

        /** The care has lasted under 28 days and is not intended to last 28 days or more. */
        UNDER_28_DAYS,

        /** The child has no known date of birth, so the age cannot be judged. */
        AGE_UNKNOWN
    }

    /**
     * The finding on an arrangement: private fostering, or the reasons it is not.
     *
     * @param exclusions every reason the arrangement is not private fostering; empty if it is
     */
    public record Finding(List<Exclusion> exclusions) {

        /** Copies the reasons. */
        public Finding {
            exclusions = List.copyOf(exclusions);
        }

        /**
         * Whether the arrangement is private fostering.
         *
         * @return true if nothing excludes it
         */
        public boolean isPrivateFostering() {
            return exclusions.isEmpty();
        }
    }

    /**
     * Judges an arrangement on a day.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2010-05-01")).build();
     * PrivateFosteringArrangement withFriend = PrivateFosteringArrangement.builder()
     *     .carerRelationship(CarerRelationship.FAMILY_FRIEND)
     *     .livingWithCarerFrom(LocalDate.parse("2024-01-01")).intendedEnd(LocalDate.parse("2024-01-28")).build();
     * assertThat(PrivateFostering.judge(child, withFriend, LocalDate.parse("2024-01-28")).exclusions())
     *     .containsExactly(PrivateFostering.Exclusion.UNDER_28_DAYS);
     * assertThat(PrivateFostering.judge(child, withFriend, LocalDate.parse("2024-01-29")).isPrivateFostering()).isTrue();
     * }</pre>
     *
     * @param child the child; their disability and date of birth matter
     * @param arrangement the arrangement
     * @param date the day judged
     * @return the finding, with every reason it is not private fostering
     */
    public static Finding judge(Child child, PrivateFosteringArrangement arrangement, LocalDate date) {
        return judge(child, arrangement, date, LeapDayBirthdays.MARCH_1);
    }

    /**
     * Judges an arrangement on a day, under a given rule for 29 February birthdays.
     *
     * @param child the child; their disability and date of birth matter
     * @param arrangement the arrangement
     * @param date the day judged
     * @param birthdays the day a 29 February birthday falls on in other years
     * @return the finding, with every reason it is not private fostering
     */
    public static Finding judge(Child child, PrivateFosteringArrangement arrangement, LocalDate date,
            LeapDayBirthdays birthdays) {
        return judge(child, arrangement, date, birthdays, false);
    }

    /**
     * Judges an arrangement on a day, knowing whether the child is looked after by a local authority that day.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PrivateFostering.judge(child, withFriend, LocalDate.parse("2024-02-01"), LeapDayBirthdays.MARCH_1, true)
     *     .exclusions()).containsExactly(PrivateFostering.Exclusion.LOOKED_AFTER);
     * }</pre>
     *
     * @param child the child; their disability and date of birth matter
     * @param arrangement the arrangement
     * @param date the day judged
     * @param birthdays the day a 29 February birthday falls on in other years
     * @param lookedAfter whether the child is looked after by a local authority on the day
     * @return the finding, with every reason it is not private fostering
     */
    public static Finding judge(Child child, PrivateFosteringArrangement arrangement, LocalDate date,
            LeapDayBirthdays birthdays, boolean lookedAfter) {
        Objects.requireNonNull(arrangement, "arrangement");
        List<Exclusion> exclusions = new ArrayList<>();
        if (child.dateOfBirth().isEmpty()) {
            exclusions.add(Exclusion.AGE_UNKNOWN);
        } else if (Age.of(child.disabled() ? AGE_LIMIT_IF_DISABLED : AGE_LIMIT)
                .reachedOn(child.dateOfBirth().get(), date, birthdays)) {
            exclusions.add(Exclusion.TOO_OLD);
        }
        if (arrangement.carerRelationship().isParentOrHasParentalResponsibility()) {
            exclusions.add(Exclusion.CARER_IS_PARENT);
        }
        if (arrangement.carerRelationship().isCloseRelative()) {
            exclusions.add(Exclusion.CARER_IS_CLOSE_RELATIVE);
        }
        if (lookedAfter) {
            exclusions.add(Exclusion.LOOKED_AFTER);
        }
        boolean intendedLongEnough = arrangement.intendedDays().map(days -> days >= LEAST_DAYS).orElse(true);
        if (!intendedLongEnough && arrangement.actualDaysBy(date) < LEAST_DAYS) {
            exclusions.add(Exclusion.UNDER_28_DAYS);
        }
        return new Finding(exclusions);
    }
}
