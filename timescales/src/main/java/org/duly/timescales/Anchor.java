package org.duly.timescales;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a timescale counts from: occurrences of an {@link Event}, a birthday, the date of a fact, or
 * any of several anchors. Build them with {@link Timescales}: {@code birthday(Age.of(16), DATE_OF_BIRTH)},
 * {@code dateOf(EXPECTED_DATE_OF_DELIVERY)}, {@code anyOf(...)}; events are anchors themselves.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Anchor permits Event, Anchors.Birthday, Anchors.DateOf, Anchors.AnyOf, Anchors.After {

    /**
     * The anchor as the booklet says it, to follow "within 15 working days of": "the strategy
     * discussion that initiated section 47 enquiries", "the 16th birthday".
     *
     * @return the anchor in words
     */
    String inWords();

    /**
     * The anchor in the form a place in the sentence asks for, as java.time's text styles give one
     * name in several forms: {@link Form#NOUN} after "within 5 days of", "after" and "by" ("the plan
     * ending"), {@link Form#CLAUSE} after "until" and "when" ("the plan ends"). An anchor without a
     * clause of its own ("the 18th birthday", "the adoption order") reads the same in both.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PLAN_ENDED.inWords(Anchor.Form.NOUN)).isEqualTo("the plan ending");
     * assertThat(PLAN_ENDED.inWords(Anchor.Form.CLAUSE)).isEqualTo("the plan ends");
     * assertThat(birthday(18, DATE_OF_BIRTH).inWords(Anchor.Form.CLAUSE)).isEqualTo("the 18th birthday");
     * }</pre>
     *
     * @param form the form
     * @return the anchor in words, in that form
     */
    default String inWords(Form form) {
        return inWords();
    }

    /**
     * Whether the anchor has a clause of its own, distinct from its noun: "the plan ends" beside "the
     * plan ending". A deadline discharged by an anchor that has one reads "discharged when the plan
     * ends"; one without, "discharged by the adoption order".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PLAN_ENDED.hasClause()).isTrue();
     * assertThat(ADOPTION_ORDER.hasClause()).isFalse();
     * }</pre>
     *
     * @return true when {@link #inWords(Form)} differs between the forms
     */
    default boolean hasClause() {
        return !inWords(Form.CLAUSE).equals(inWords(Form.NOUN));
    }

    /**
     * The forms an anchor's words take, by where they stand in a sentence. This enum is immutable and
     * thread-safe.
     */
    enum Form {
        /** As it follows "within 5 days of", "after" and "by": a noun phrase, "the plan ending", "the 18th birthday". */
        NOUN,
        /** As it follows "until" and "when": a clause, "the plan ends", "the complaint is resolved". */
        CLAUSE
    }

    /**
     * Whether the anchor is something that happens (an event), rather than a date known in advance
     * (a birthday, an expected date of delivery). Work due "before" an event and done after it
     * cannot count for it; work due before a birthday can be done late.
     *
     * @return true for events
     */
    boolean happens();

    /**
     * The simplest anchors this one is made of, each an event, a birthday or a fact's date: itself
     * for those; every part of each anchor for any of several; the anchor counted from for a period
     * after one ("12 months after the notification" is made of the notification). What a reader
     * looks for in a case to know whether the clock can start.
     *
     * <p>Example:
     * <pre>{@code
     * Anchor leaves = anyOf("ceasing to be looked after or the 18th birthday", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
     * assertThat(leaves.parts()).containsExactly(CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
     * assertThat(after(months(12), NOTIFICATION).parts()).containsExactly(NOTIFICATION);
     * }</pre>
     *
     * @return the parts, in the order the anchor names them, each once
     */
    default List<Anchor> parts() {
        return List.of(this);
    }

    /**
     * The fact whose date the anchor counts from, for an anchor that is a date rather than an event:
     * the date of birth for a birthday, the fact itself for a fact's date. Such a date comes from
     * what the caller knows about the case (a child's record, or a date worked out from several
     * records), not from one recorded event.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(birthday(18, DATE_OF_BIRTH).dateFact()).contains(DATE_OF_BIRTH);
     * assertThat(dateOf(EXPECTED_DATE_OF_DELIVERY).dateFact()).contains(EXPECTED_DATE_OF_DELIVERY);
     * assertThat(STRATEGY_DISCUSSION.dateFact()).isEmpty();
     * }</pre>
     *
     * @return the fact, for a birthday or a fact's date; empty for an event or an anchor made of others
     */
    default Optional<Fact<LocalDate>> dateFact() {
        return Optional.empty();
    }
}
