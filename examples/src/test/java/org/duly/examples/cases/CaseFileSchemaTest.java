package org.duly.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duly.casefile.CaseFileReader;
import org.duly.casefile.CaseFileSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JSON Schema is the one the domain generates, and it agrees with the reader: every
 * committed case file is valid under both, and each kind of mistake is refused by both.
 */
class CaseFileSchemaTest {

    // Tests run in the module's directory.
    private static final Path COMMITTED = Path.of("case-file.schema.json");
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(COMMITTED), InputFormat.JSON);
    }

    private static List<Error> refusals(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    @Test
    void the_committed_schema_is_up_to_date() throws IOException {
        assertThat(Files.readString(COMMITTED))
                .as("examples/case-file.schema.json is out of date; regenerate it with ./duly schema > examples/case-file.schema.json")
                .isEqualTo(CaseFileSchema.json());
    }

    static Stream<Path> committedCaseFiles() throws IOException {
        try (Stream<Path> cases = Files.list(Path.of("cases")); Stream<Path> caseload = Files.list(Path.of("caseload"))) {
            return Stream.concat(cases.sorted(), caseload.sorted()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("committedCaseFiles")
    void every_committed_case_file_is_valid_under_the_schema_and_the_reader(Path file) throws IOException {
        assertThat(refusals(Files.readString(file))).isEmpty();
        assertThat(CaseFileReader.read(file).isValid()).as(() -> CaseFileReader.read(file).problems().toString()).isTrue();
    }

    @Test
    void mistakes_the_reader_refuses_the_schema_refuses_too() throws IOException {
        String child = "\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-06-01\"}";
        List<String> mistakes = List.of(
                "{" + child + ", \"events\": [{\"type\": \"stratgyDiscussion\", \"date\": \"2024-03-05\"}]}",
                "{" + child + ", \"events\": [{\"type\": \"strategyDiscussion\", \"initiatedSection47\": true}]}",
                "{" + child + ", \"events\": [{\"type\": \"strategyDiscussion\", \"date\": \"2024-03-05\","
                        + " \"dateTime\": \"2024-03-05T10:00\", \"initiatedSection47\": true}]}",
                "{" + child + ", \"events\": [{\"type\": \"conferenceHeld\", \"date\": \"2024-03-05\", \"kind\": \"first\"}]}",
                "{" + child + ", \"events\": [{\"type\": \"conferenceHeld\", \"date\": \"2024-03-05\", \"kind\": \"initial\", \"colour\": 1}]}",
                "{" + child + "}",
                "{" + child + ", \"worker\": {\"id\": \"W-1\", \"role\": \"teamManager\"}, \"events\": []}",
                "{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-06-01\", \"shoeSize\": 3}, \"events\": []}");
        for (String mistake : mistakes) {
            List<Error> refused = refusals(mistake);
            assertThat(refused).as(mistake).isNotEmpty();
            assertThat(CaseFileReader.read("mistake.json", mistake).isValid()).as(mistake).isFalse();
        }
        String fine = "{" + child + ", \"events\": [{\"type\": \"strategyDiscussion\", \"dateTime\": \"2024-03-05T10:00\","
                + " \"initiatedSection47\": true}]}";
        assertThat(refusals(fine)).isEmpty();
        assertThat(CaseFileReader.read("fine.json", fine).isValid()).isTrue();
    }
}
