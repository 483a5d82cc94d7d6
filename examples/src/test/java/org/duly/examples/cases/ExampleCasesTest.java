package org.duly.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileProblem;
import org.duly.casefile.CaseFileReader;
import org.duly.domain.Checked;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.policy.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example cases in {@code examples/cases}: one per area of the practice standards, named after it,
 * each a small story that reads cleanly and, on its as-of date, shows that area's rules at work, with
 * something met and something still open.
 */
class ExampleCasesTest {

    // Tests run in the module's directory.
    private static final Path CASES = Path.of("cases");

    /**
     * One example case: its file, the area of the booklet whose story it tells, and the date the story
     * is told to, the date to schedule it on.
     */
    record Story(String file, String area, LocalDate asOf) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** Every story, in the booklet's order of areas. */
    static final List<Story> STORIES = List.of(
            new Story("assessments", "Early Help and Single Assessments", LocalDate.of(2024, 4, 15)),
            new Story("childs-plans", "Child's Single Plan", LocalDate.of(2024, 5, 20)),
            new Story("chronologies", "Chronologies", LocalDate.of(2024, 3, 1)),
            new Story("step-up-step-down", "Step Up / Step Down", LocalDate.of(2024, 11, 18)),
            new Story("parenting-assessments", "Parenting Assessments", LocalDate.of(2024, 4, 22)),
            new Story("family-time", "Family Time", LocalDate.of(2024, 7, 4)),
            new Story("private-fostering", "Private Fostering", LocalDate.of(2024, 5, 20)),
            new Story("early-help", "Early Help", LocalDate.of(2024, 6, 3)),
            new Story("children-in-need", "Children in Need", LocalDate.of(2024, 8, 12)),
            new Story("child-protection", "Child Protection", LocalDate.of(2024, 9, 10)),
            new Story("court-work", "Court Work", LocalDate.of(2024, 7, 22)),
            new Story("children-in-care", "Children in Care", LocalDate.of(2024, 7, 22)),
            new Story("child-exploitation", "Child Exploitation", LocalDate.of(2024, 5, 8)),
            new Story("life-story-work", "Life Story Work", LocalDate.of(2024, 11, 12)),
            new Story("care-leavers", "Care Leavers", LocalDate.of(2024, 9, 10)),
            new Story("transition-to-adulthood", "Transition to Adulthood", LocalDate.of(2024, 11, 11)),
            new Story("external-placements", "External Placements", LocalDate.of(2024, 6, 24)),
            new Story("supervision", "Supervision", LocalDate.of(2024, 5, 30)),
            new Story("reflective-case-reviews", "Reflective Case Reviews", LocalDate.of(2024, 7, 15)),
            new Story("corporate-complaints", "Corporate Complaints", LocalDate.of(2024, 4, 15)),
            new Story("statutory-complaints", "Statutory Complaints", LocalDate.of(2024, 5, 20)));

    private static final Set<Status> OPEN = Set.of(Status.UPCOMING, Status.DUE_SOON, Status.OVERDUE);

    static List<Story> stories() {
        return STORIES;
    }

    private static Schedule schedule(Story story) {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read(CASES.resolve(story.file() + ".json"));
        assertThat(read.isValid()).as(() -> read.problems().toString()).isTrue();
        return read.orElseThrow().evaluate(Engine.create(), DerbyshirePracticeStandards.policy(), story.asOf());
    }

    @Test
    void there_is_exactly_one_case_file_per_area_named_after_it() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(STORIES.stream().map(story -> story.file() + ".json").toList());
        }
        assertThat(STORIES).map(story -> Area.of(story.area()))
                .containsExactlyElementsOf(DerbyshirePracticeStandards.policy().areas());
    }

    @ParameterizedTest
    @MethodSource("stories")
    void each_case_file_reads_without_problems(Story story) {
        Path file = CASES.resolve(story.file() + ".json");
        assertThat(CaseFileReader.read(file).isValid()).as(() -> CaseFileReader.read(file).problems().toString()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("stories")
    void each_case_shows_its_area_at_work_on_its_as_of_date(Story story) {
        Schedule schedule = schedule(story);
        Area area = Area.of(story.area());
        List<ScheduleEntry> ofArea = schedule.entries().stream().filter(entry -> schedule.areaOf(entry).equals(area)).toList();
        String described = schedule.entries().stream().map(ScheduleEntry::toString).collect(Collectors.joining("\n"));

        assertThat(schedule.entries()).as(described).noneMatch(entry -> entry.status() == Status.CANNOT_COMPUTE);
        assertThat(ofArea).as(described).anyMatch(entry -> entry.status() != Status.NOT_APPLICABLE);
        assertThat(ofArea).as(described).anyMatch(entry -> entry.status() == Status.MET);
        assertThat(ofArea).as(described).anyMatch(entry -> OPEN.contains(entry.status()));
    }
}
