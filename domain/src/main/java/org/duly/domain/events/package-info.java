/**
 * Every event of a child's case, as an immutable value: referrals and assessments, visits, child's
 * plans, chronologies, step up and step down, child protection, court work, parenting assessments,
 * family time, private fostering, children in care and their placements, child exploitation, life
 * story work, care leavers and transition to adulthood, external placements and case closure.
 *
 * <p>Each type is an interface annotated {@code @Value.Immutable}, built through its
 * {@code builder()}, and listed with its case-file name and description in
 * {@link org.duly.domain.events.CaseEventType}. Optional attributes are {@code Optional}, never null.
 * An event that must point at an earlier or later one carries the link as an attribute: a court
 * direction's identifier, a conference's kind and date, a plan's kind and identifier.
 *
 * <p>What every event of every timeline shares is here too: {@link org.duly.domain.events.TimelineEvent}
 * (a date, a time, a type) and {@link org.duly.domain.events.EventType} (a case-file name and words),
 * which the complaint and staff events build on. An application adds event types of its own, such as
 * a child going missing from care, with {@link org.duly.domain.events.EventType#of}.
 *
 * <p>This package depends on no other package of the domain but {@code value} and
 * {@code workforce}, so the timelines can depend on it.
 */
@DulyStyle
package org.duly.domain.events;

import org.duly.domain.value.DulyStyle;
