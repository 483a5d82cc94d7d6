package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue, and every note on it, reads as a policy author would write it (issue 13;
 * the handbook review's wording rows 35 to 42): rendered as the handbook renders it, none has "every 1
 * week", a doubled word ("first first"), a clause marker said twice in one sentence ("at the latest ...
 * at the latest", "discharged by ... discharged by"), a gerund "being" clause ("until the complaint being
 * resolved") or an unbalanced bracket. The booklet's own words, quoted in a note, are the booklet's and are
 * not checked.
 */
class CatalogueWordingTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();

    /** Words that mark a clause of a rule's English: said once in a sentence, or the sentence cannot be parsed. */
    private static final List<String> SAID_ONCE = List.of("at the latest", "discharged by", "discharged when", "whichever is",
            "whichever applies", "recorded by", "extended to", ", until ", "; met by", "; applies");

    private static final Pattern EVERY_ONE = Pattern.compile("\\bevery 1 ");
    private static final Pattern DOUBLED_WORD = Pattern.compile("\\b(\\w+) \\1\\b", Pattern.CASE_INSENSITIVE);
    /** "being" and a past participle: a gerund clause ("the complaint being resolved"), not "there being no 31 February". */
    private static final Pattern BEING = Pattern.compile("\\bbeing (\\w+ed|made|held|done|seen|given|set|sent|shared|taken|known)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|“[^”]*”");

    /** The rule as the handbook and {@code duly rules} show it: timescale, what meets it, when it applies. */
    private static String inEnglish(Rule rule) {
        return rule.timescale().inWords()
                + rule.metBy().map(fulfilment -> "; met by " + fulfilment.inWords()).orElse("; nothing recorded meets it")
                + rule.appliesWhen().map(condition -> "; applies " + condition.inWords()).orElse("");
    }

    /** What is wrong with one sentence's words, each problem in a line; empty when nothing is. */
    static List<String> defects(String sentence) {
        List<String> found = new ArrayList<>();
        String words = QUOTED.matcher(sentence).replaceAll("\"\"");
        if (EVERY_ONE.matcher(words).find()) {
            found.add("\"every 1 ...\": say \"weekly\", \"monthly\"");
        }
        Matcher doubled = DOUBLED_WORD.matcher(words);
        while (doubled.find()) {
            found.add("a doubled word: \"" + doubled.group() + "\"");
        }
        String lower = words.toLowerCase(Locale.ROOT);
        for (String phrase : SAID_ONCE) {
            int first = lower.indexOf(phrase);
            if (first >= 0 && lower.indexOf(phrase, first + phrase.length()) >= 0) {
                found.add("\"" + phrase.strip() + "\" twice in one sentence");
            }
        }
        if (BEING.matcher(words).find()) {
            found.add("a gerund \"being\" clause: say \"until the complaint is resolved\", \"the completion of ...\"");
        }
        int depth = 0;
        for (char c : words.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                break;
            }
        }
        if (depth != 0) {
            found.add("unbalanced brackets");
        }
        return found;
    }

    /** A note's sentences: each is checked on its own, as a phrase said again in the next sentence is not a defect. */
    private static List<String> sentences(String note) {
        return List.of(QUOTED.matcher(note).replaceAll("\"\"").split("(?<=[.!?]) (?=[A-Z\"(])"));
    }

    @Test
    void every_rule_of_the_catalogue_reads_as_a_policy_author_would_write_it() {
        List<String> problems = new ArrayList<>();
        for (RuleVersion version : POLICY.versions()) {
            Rule rule = version.rule();
            String english = inEnglish(rule);
            defects(english).forEach(defect -> problems.add(rule.id() + ": " + defect + "\n    in: " + english));
        }
        assertThat(problems).as("rules whose English a policy author would not write").isEmpty();
    }

    @Test
    void every_note_of_the_catalogue_reads_as_a_policy_author_would_write_it() {
        List<String> problems = new ArrayList<>();
        for (RuleVersion version : POLICY.versions()) {
            Rule rule = version.rule();
            for (String note : rule.interpretations()) {
                for (String sentence : sentences(note)) {
                    defects(sentence).forEach(defect -> problems.add(rule.id() + " (note): " + defect + "\n    in: " + sentence));
                }
            }
        }
        assertThat(problems).as("notes a policy author would not write").isEmpty();
    }

    @Test
    void the_checks_find_each_defect_the_review_found() {
        assertThat(defects("first within 1 week, then at least every 1 week")).hasSize(1);
        assertThat(defects("within 10 working days of the first first short break")).hasSize(1);
        assertThat(defects("and at the latest 10 working days after the adoption order at the latest")).hasSize(1);
        assertThat(defects("within 20 working days, discharged by the window closing, discharged by the complaint")).hasSize(1);
        assertThat(defects("within 3 working days of receipt, until the complaint being resolved")).hasSize(1);
        assertThat(defects("or (by the date set in the allocation, the day before")).hasSize(1);
        assertThat(defects("within 3 working days of receipt, until the complaint is resolved; met by the response")).isEmpty();
        assertThat(defects("16 years and 6 months from a 31 August birthday is reached on 1 March, there being no 31 February"))
                .isEmpty();
        assertThat(defects("as the booklet says, \"the adoption order being made (at the latest)\"")).isEmpty();
    }
}
