package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A strengths and difficulties questionnaire (SDQ) was sent to a respondent: on entering care, then each May
 * and November, for children aged 4 to 17, with a self-report from 11.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#STRENGTHS_AND_DIFFICULTIES_QUESTIONNAIRE
 */
@Value.Immutable
public interface StrengthsAndDifficultiesQuestionnaire extends CaseEvent {

    /**
     * Who it was sent to.
     *
     * @return the respondent
     */
    SdqRespondent respondent();

    /**
     * A builder for a strengths and difficulties questionnaire.
     *
     * <p>Example:
     * <pre>{@code
     * StrengthsAndDifficultiesQuestionnaire strengthsAndDifficultiesQuestionnaire = StrengthsAndDifficultiesQuestionnaire.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .respondent(SdqRespondent.CARER)
     *     .build();
     * assertThat(strengthsAndDifficultiesQuestionnaire.respondent()).isEqualTo(SdqRespondent.CARER);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a strengths and difficulties questionnaire, from {@link StrengthsAndDifficultiesQuestionnaire#builder()}. */
    final class Builder extends ImmutableStrengthsAndDifficultiesQuestionnaire.Builder {
        Builder() {
        }
    }
}
