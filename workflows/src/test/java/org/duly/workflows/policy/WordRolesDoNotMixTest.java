package org.duly.workflows.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words have roles, and a role is a type: a condition on occurrences reads after the event, a
 * circumstance ({@code When}) after "when", an applicability after "applies", and a narrowed event
 * has words of its own. Given in the wrong place, a sentence does not compile (before, {@code
 * either(weeks(6)).when(AGED_4_TO_17)} printed "when to children aged 4 to 17"); turning one role into
 * another takes new words.
 */
class WordRolesDoNotMixTest {

    private static String source(String expression) {
        return Javac.sentence("static final Object SENTENCE = " + expression + ";");
    }

    @ParameterizedTest(name = "{0} -> compiles: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            either(weeks(6)).when(UNDER_FIVE).otherwise(weeks(12))                                          | true
            either(weeks(6)).when(PRIVATELY_FOSTERED).otherwise(weeks(12))                                  | false
            either(weeks(6)).when(PRIVATELY_FOSTERED.asWhen(`privately fostered`)).otherwise(weeks(12))     | true
            either(weeks(6)).when(INITIATED_SECTION_47).otherwise(weeks(12))                                | false
            inEach(java.time.Month.MAY).from(BECAME_LOOKED_AFTER).when(AGED_4_TO_17)                        | true
            inEach(java.time.Month.MAY).from(BECAME_LOOKED_AFTER).when(TEAM_MANAGER)                        | false
            RULE.appliesWhen(TEAM_MANAGER)                                                                  | true
            RULE.appliesWhen(UNDER_FIVE)                                                                    | false
            RULE.appliesWhen(Applicability.of(`to children under 5`, UNDER_FIVE))                           | true
            BECAME_LOOKED_AFTER.where(AGED_4_TO_17)                                                         | false
            BECAME_LOOKED_AFTER.where(AGED_4_TO_17_ON_THE_DAY)                                              | true
            BECAME_LOOKED_AFTER.where(AGED_4_TO_17.onTheDateOf(org.duly.domain.events.BecameLookedAfter::date, `aged 4 to 17`)) | true
            within(weeks(1)).of(CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.INITIAL)))         | false
            within(weeks(1)).of(CONFERENCE_HELD.filteredBy(conferenceHeld(ConferenceKind.INITIAL)).called(`the initial conference`)) | true
            """)
    void each_role_reads_in_its_place(String expression, boolean expected) throws IOException {
        Javac.Result result = Javac.compile(source(expression.replace('`', '"')), Javac.PLAIN);
        assertThat(result.compiled()).as(expression + "\n" + result.messages()).isEqualTo(expected);
        if (!expected) {
            assertThat(result.messages()).as("fails for the role, not for a typing mistake").doesNotContain("cannot find symbol");
        }
    }
}
