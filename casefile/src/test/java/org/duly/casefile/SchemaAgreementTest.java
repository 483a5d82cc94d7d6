package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One contract (issue 11, P14 and D4): the reader accepts exactly what the published JSON Schema
 * accepts, so that a file {@code duly validate} passes never shows red in a schema-aware editor,
 * and the reverse. Hundreds of seeded mutants of the example case files (values of the wrong kind,
 * booleans and numbers as text, padded values, extra and missing fields, wrong enum values, dates
 * out of range or no day at all, nesting, nulls, text too long or blank, two subjects, keys given
 * twice) go to both, and their verdicts must agree on every one; mutants that keep a file valid
 * (a whole number written 12.0, a time with seconds, keys reordered, a byte-order mark and Windows
 * line endings, a name in the name field) prove the agreement runs both ways.
 *
 * <p>What the schema sees is the JSON value of the file (RFC 8259): a byte-order mark is not part of
 * it, and a document with a key given twice has no one value, so the schema's side refuses it as
 * the reader does. The reader's own checks beyond any schema (events in date order, a value's
 * invariants, links between events) are not at stake: the mutations never break them on their own.
 */
class SchemaAgreementTest {

    /** The published schema, committed beside the examples. */
    private static final Path COMMITTED = Path.of("../examples/case-file.schema.json");
    private static final long SEED = 20261122L;
    private static final int MUTANTS = 720;
    private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(COMMITTED), InputFormat.JSON);
    }

    /** The schema's verdict on a file: its JSON value (without a byte-order mark, with no key twice) valid under the schema. */
    private static boolean schemaAccepts(String json) {
        String value = json.startsWith("\uFEFF") ? json.substring(1) : json;
        try (JsonParser parser = STRICT.createParser(value)) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException notOneValue) {
            return false;
        }
        try {
            return schema.validate(value, InputFormat.JSON).isEmpty();
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static boolean readerAccepts(String label, String json) {
        return CaseFileReader.read(label, json).isValid();
    }

    @Test
    void the_committed_schema_is_the_one_the_reader_publishes() throws IOException {
        assertThat(Files.readString(COMMITTED)).isEqualTo(CaseFileSchema.json());
    }

    @Test
    void every_example_is_valid_under_both() {
        CaseFileMutations.examples().forEach((name, example) -> {
            String json = CaseFileMutations.write(example);
            assertThat(schemaAccepts(json)).as(name).isTrue();
            assertThat(readerAccepts(name, json)).as(name).isTrue();
        });
    }

    @Test
    void the_reader_and_the_schema_agree_on_every_mutant_of_the_examples() {
        List<CaseFileMutations.Mutant> mutants = CaseFileMutations.mutants(SEED, MUTANTS, true);
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (CaseFileMutations.Mutant mutant : mutants) {
            boolean bySchema = schemaAccepts(mutant.json());
            boolean byReader = readerAccepts(mutant.label(), mutant.json());
            if (bySchema != byReader) {
                disagreements.add(mutant.label() + ": the schema " + (bySchema ? "accepts" : "refuses") + ", the reader "
                        + (byReader ? "accepts" : "refuses: " + CaseFileReader.read(mutant.label(), mutant.json()).problems()));
            }
            if (mutant.keepsValid()) {
                assertThat(bySchema).as(mutant.label() + " keeps the file valid").isTrue();
            }
            accepted += bySchema ? 1 : 0;
        }
        assertThat(disagreements).isEmpty();
        assertThat(mutants).hasSize(MUTANTS);
        assertThat(accepted).as("mutants both accept, so that agreement is tested both ways").isGreaterThan(100);
        assertThat(MUTANTS - accepted).as("mutants both refuse").isGreaterThan(MUTANTS / 2);
    }

    /**
     * The schema's pattern for a date and the reader hold exactly the days of the calendar from
     * 1978-01-01 to 2199-12-31: the range the England and Wales calendar supports, so that every
     * date a file holds is one a working-day rule can count from. Every day of the range and a few
     * weeks either side, and every day of every month up to the 31st, are tried.
     */
    @Test
    void a_date_is_a_day_of_the_calendar_the_working_day_rules_support() {
        Pattern pattern = Pattern.compile(CaseFileSchema.DATE_PATTERN);
        assertThat(org.duly.timescales.calendar.EnglandAndWales.SUPPORTED_RANGE.start()).isEqualTo(CaseFileSchema.FIRST_DATE);
        assertThat(org.duly.timescales.calendar.EnglandAndWales.SUPPORTED_RANGE.endInclusive()).isEqualTo(CaseFileSchema.LAST_DATE);
        for (LocalDate day = LocalDate.of(1977, 11, 1); day.isBefore(LocalDate.of(2200, 3, 1)); day = day.plusDays(1)) {
            boolean inRange = !day.isBefore(CaseFileSchema.FIRST_DATE) && !day.isAfter(CaseFileSchema.LAST_DATE);
            assertThat(pattern.matcher(day.toString()).matches()).as(day.toString()).isEqualTo(inRange);
        }
        for (int year : new int[] {1980, 2000, 2023, 2024, 2100, 2104, 2196, 2199}) {
            for (int month = 1; month <= 12; month++) {
                for (int day = 29; day <= 32; day++) {
                    String text = String.format("%04d-%02d-%02d", year, month, day);
                    boolean real = day <= LocalDate.of(year, month, 1).lengthOfMonth();
                    assertThat(pattern.matcher(text).matches()).as(text).isEqualTo(real);
                }
            }
        }
    }
}
