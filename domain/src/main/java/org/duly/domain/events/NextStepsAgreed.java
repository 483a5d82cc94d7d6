package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The next steps agreed with social care after the worker was made aware of escalating need or risk in an early
 * help case: no further action, a joint visit, or step up for a single assessment. Anything but a step up
 * discharges the step up the escalation made due.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#NEXT_STEPS_AGREED
 */
@Value.Immutable
public interface NextStepsAgreed extends CaseEvent {

    /**
     * What was agreed.
     *
     * @return the next step
     */
    AgreedNextStep nextStep();

    /**
     * A builder for the next steps agreed.
     *
     * <p>Example:
     * <pre>{@code
     * NextStepsAgreed nextStepsAgreed = NextStepsAgreed.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .nextStep(AgreedNextStep.JOINT_VISIT)
     *     .build();
     * assertThat(nextStepsAgreed.nextStep()).isEqualTo(AgreedNextStep.JOINT_VISIT);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for the next steps agreed, from {@link NextStepsAgreed#builder()}. */
    final class Builder extends ImmutableNextStepsAgreed.Builder {
        Builder() {
        }
    }
}
