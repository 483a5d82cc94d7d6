package org.duly.timescales;

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
     * Whether the anchor is something that happens (an event), rather than a date known in advance
     * (a birthday, an expected date of delivery). Work due "before" an event and done after it
     * cannot count for it; work due before a birthday can be done late.
     *
     * @return true for events
     */
    boolean happens();
}
