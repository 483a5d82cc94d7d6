package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileProblem;
import org.duly.casefile.CaseFileReader;
import org.duly.casefile.CaseFileSchema;
import org.duly.casefile.CaseFileWriter;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Checked;
import org.duly.examples.policyauthors.MissingFromCare.ChildReturned;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;

/**
 * Example 7: Anytown's own events in a case file, read with the reader told about them and
 * scheduled under the Derbyshire policy with Anytown's rule added; the case file's schema is
 * committed beside it and generated from the same types.
 */
class MissingFromCareTest {

    // Tests run in the module's directory.
    private static final Path CASE_FILE = Path.of("local/missing-from-care.json");
    private static final Path SCHEMA = Path.of("local/case-file.schema.json");
    private static final String RULE = "anytown.return-home-interview";

    private static CaseFile read() {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read(CASE_FILE, MissingFromCare.EVENT_TYPES);
        assertThat(read.isValid()).as(() -> read.problems().toString()).isTrue();
        return read.orElseThrow();
    }

    @Test
    void the_case_file_is_read_with_anytowns_event_types_and_scheduled_under_the_derived_policy() {
        CaseFile caseFile = read();
        assertThat(((CaseTimeline) caseFile.timeline()).eventsOf(ChildReturned.class)).hasSize(3);

        Schedule schedule = caseFile.evaluate(Engine.create(), MissingFromCare.policy(), LocalDate.parse("2025-04-15"));

        assertThat(schedule).obligation(RULE, 1).isDueAt("2025-02-23T22:15").isMet().wasMetOn("2025-02-23");
        assertThat(schedule).obligation(RULE, 2).as("72 hours across the clocks going forward end at 11:00")
                .isDueAt("2025-03-31T11:00").isMet().wasMetOn("2025-03-31");
        assertThat(schedule).obligation(RULE, 3).isDueAt("2025-04-14T23:50").isOverdue()
                .explanationContains("72 hours after the child's return on 2025-04-11 at 23:50");
        assertThat(schedule.areaOf(schedule.entries().stream().filter(entry -> entry.rule().id().equals(RULE)).findFirst().orElseThrow()))
                .isEqualTo(MissingFromCare.CHILDREN_MISSING);
    }

    @Test
    void without_anytowns_types_the_reader_names_each_of_its_events_as_unknown() {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read(CASE_FILE);

        assertThat(read.problems()).hasSize(8).first().asString()
                .startsWith("local/missing-from-care.json:7:14: event 3, type: unknown event type (its name, text of 16 characters,"
                        + " is not shown); expected one of:");
    }

    @Test
    void the_case_file_is_as_the_writer_writes_it() throws IOException {
        assertThat(CaseFileWriter.write(read(), Optional.of("case-file.schema.json"))).isEqualTo(Files.readString(CASE_FILE));
    }

    @Test
    void the_committed_schema_is_generated_from_anytowns_types_and_the_case_file_is_valid_under_it() throws IOException {
        assertThat(Files.readString(SCHEMA))
                .as("examples/local/case-file.schema.json is out of date; write CaseFileSchema.json(MissingFromCare.EVENT_TYPES) to it")
                .isEqualTo(CaseFileSchema.json(MissingFromCare.EVENT_TYPES));
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON)
                .validate(Files.readString(CASE_FILE), InputFormat.JSON)).isEmpty();
    }

    @Test
    void the_policy_is_derbyshires_with_anytowns_rule_and_spec_added() {
        assertThat(MissingFromCare.policy().changes())
                .containsExactly("add anytown.return-home-interview: Anytown offers a return home interview within 72 hours of a"
                        + " child's return");
        assertThat(MissingFromCare.policy().areas()).endsWith(MissingFromCare.CHILDREN_MISSING);
        assertThat(MissingFromCare.policy().rules()).hasSize(org.duly.policies.derbyshire.DerbyshirePracticeStandards.policy().rules().size() + 1);
    }

    @Test
    void reads_as_the_booklet_does() {
        assertThat(MissingFromCare.RETURN_HOME_INTERVIEW_WITHIN_72_HOURS.inWords())
                .isEqualTo("Return home interview: within 72 hours of the child's return");
    }
}
