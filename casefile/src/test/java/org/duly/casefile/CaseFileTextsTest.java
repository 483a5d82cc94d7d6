package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written readers accept exactly what the schema's patterns accept, and read the value the text writes. */
class CaseFileTextsTest {

    private static final Pattern DATE = Pattern.compile(CaseFileSchema.DATE_PATTERN);
    private static final Pattern TIME = Pattern.compile(CaseFileSchema.TIME_PATTERN);
    private static final Pattern DATE_TIME = Pattern.compile(CaseFileSchema.DATE_TIME_PATTERN);
    private static final Pattern TEXT = Pattern.compile(CaseFileSchema.TEXT_PATTERN);
    /** What a mutation puts in a text's place: digits at the edges of each field, the separators, and what is none of them. */
    private static final String MUTANTS = "0123456789-T:. a\n\t+Z\u0663";

    @Test
    void every_day_from_a_year_before_the_first_to_a_year_after_the_last_and_every_one_character_change_of_some() {
        List<String> texts = new ArrayList<>();
        for (LocalDate day = CaseFileSchema.FIRST_DATE.minusYears(1); !day.isAfter(CaseFileSchema.LAST_DATE.plusYears(1));
                day = day.plusDays(1)) {
            texts.add(day.toString());
        }
        for (String seed : List.of("2024-02-29", "2023-02-28", "2100-02-29", "1978-01-01", "2199-12-31", "2024-11-30")) {
            texts.addAll(mutations(seed));
        }
        for (String text : texts) {
            LocalDate read = CaseFileTexts.date(text);
            assertThat(read != null).as(text).isEqualTo(DATE.matcher(text).matches());
            if (read != null) {
                assertThat(read).as(text).isEqualTo(LocalDate.parse(text));
            }
        }
        assertThat(texts).hasSizeGreaterThan(80_000);
    }

    @Test
    void every_minute_and_second_with_their_neighbours_fractions_of_every_length_and_one_character_changes() {
        List<String> texts = new ArrayList<>();
        for (int hour = 0; hour <= 25; hour++) {
            for (int minute = 0; minute <= 61; minute++) {
                String hm = String.format("%02d:%02d", hour, minute);
                texts.add(hm);
                texts.add(hm + ":59");
                texts.add(hm + ":60");
            }
        }
        for (int digits = 0; digits <= 11; digits++) {
            texts.add("23:59:59" + (digits == 0 ? "." : "." + "123456789012".substring(0, digits)));
        }
        for (String seed : List.of("14:30", "14:30:15", "09:05:07.5", "23:59:59.999999999")) {
            texts.addAll(mutations(seed));
        }
        for (String text : texts) {
            LocalTime read = CaseFileTexts.time(text);
            assertThat(read != null).as(text).isEqualTo(TIME.matcher(text).matches());
            if (read != null) {
                assertThat(read).as(text).isEqualTo(LocalTime.parse(text));
            }
        }
    }

    @Test
    void dates_and_times_together_and_their_one_character_changes() {
        List<String> texts = new ArrayList<>();
        for (String seed : List.of("2024-03-05T14:30", "2024-02-29T00:00:00", "2199-12-31T23:59:59.123", "1978-01-01T09:00")) {
            texts.addAll(mutations(seed));
        }
        for (String text : texts) {
            LocalDateTime read = CaseFileTexts.dateTime(text);
            assertThat(read != null).as(text).isEqualTo(DATE_TIME.matcher(text).matches());
            if (read != null) {
                assertThat(read).as(text).isEqualTo(LocalDateTime.parse(text));
            }
        }
    }

    @Test
    void text_is_anything_but_spaces_tabs_and_line_breaks() {
        for (String text : List.of("", " ", "\t\n\r ", "a", " a ", "\u00a0", "\u2003", "\f", "\u000b", "x\n")) {
            assertThat(CaseFileTexts.isText(text)).as("[%s]", text).isEqualTo(TEXT.matcher(text).find());
        }
    }

    /** The text itself, each character replaced by each mutant, each removed, and each mutant added before each. */
    private static List<String> mutations(String seed) {
        List<String> out = new ArrayList<>(List.of(seed, seed + "\n", " " + seed));
        for (int i = 0; i <= seed.length(); i++) {
            if (i < seed.length()) {
                out.add(seed.substring(0, i) + seed.substring(i + 1));
            }
            for (char mutant : MUTANTS.toCharArray()) {
                if (i < seed.length()) {
                    out.add(seed.substring(0, i) + mutant + seed.substring(i + 1));
                }
                out.add(seed.substring(0, i) + mutant + seed.substring(i));
            }
        }
        return out;
    }
}
