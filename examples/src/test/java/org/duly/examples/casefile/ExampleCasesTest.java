package org.duly.examples.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duly.timescales.Status;
import org.duly.workflows.catalogue.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.policy.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example cases in {@code examples/cases}: one per area of the practice standards, named after it,
 * each a small story that reads cleanly and, on its as-of date, shows that area's rules at work, with
 * something met and something still open.
 */
class ExampleCasesTest {

    // Tests run in the module's directory.
    private static final Path CASES = Path.of("cases");

    /** The date each story is told to: the date to schedule it on. */
    static final Map<Area, LocalDate> AS_OF = Map.ofEntries(
            Map.entry(Area.ASSESSMENTS, LocalDate.of(2024, 4, 15)),
            Map.entry(Area.CHILDS_PLANS, LocalDate.of(2024, 5, 20)),
            Map.entry(Area.CHRONOLOGIES, LocalDate.of(2024, 3, 1)),
            Map.entry(Area.STEP_UP_STEP_DOWN, LocalDate.of(2024, 11, 18)),
            Map.entry(Area.PARENTING_ASSESSMENTS, LocalDate.of(2024, 4, 22)),
            Map.entry(Area.FAMILY_TIME, LocalDate.of(2024, 7, 4)),
            Map.entry(Area.PRIVATE_FOSTERING, LocalDate.of(2024, 5, 20)),
            Map.entry(Area.EARLY_HELP, LocalDate.of(2024, 6, 3)),
            Map.entry(Area.CHILDREN_IN_NEED, LocalDate.of(2024, 8, 12)),
            Map.entry(Area.CHILD_PROTECTION, LocalDate.of(2024, 9, 10)),
            Map.entry(Area.COURT_WORK, LocalDate.of(2024, 7, 22)),
            Map.entry(Area.CHILDREN_IN_CARE, LocalDate.of(2024, 7, 22)),
            Map.entry(Area.CHILD_EXPLOITATION, LocalDate.of(2024, 5, 8)),
            Map.entry(Area.LIFE_STORY_WORK, LocalDate.of(2024, 11, 12)),
            Map.entry(Area.CARE_LEAVERS, LocalDate.of(2024, 9, 10)),
            Map.entry(Area.TRANSITION_TO_ADULTHOOD, LocalDate.of(2024, 11, 11)),
            Map.entry(Area.EXTERNAL_PLACEMENTS, LocalDate.of(2024, 6, 24)),
            Map.entry(Area.SUPERVISION, LocalDate.of(2024, 5, 30)),
            Map.entry(Area.REFLECTIVE_CASE_REVIEWS, LocalDate.of(2024, 7, 15)),
            Map.entry(Area.CORPORATE_COMPLAINTS, LocalDate.of(2024, 4, 15)),
            Map.entry(Area.STATUTORY_COMPLAINTS, LocalDate.of(2024, 5, 20)));

    private static final Set<Status> OPEN = Set.of(Status.UPCOMING, Status.DUE_SOON, Status.OVERDUE);

    static String fileName(Area area) {
        return area.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
    }

    private static Schedule schedule(Area area) {
        Validation<Seq<CaseFileProblem>, CaseFile> read = CaseFileReader.read(CASES.resolve(fileName(area)));
        assertThat(read.isValid()).as(() -> read.getError().mkString("\n")).isTrue();
        return read.get().evaluate(Engine.englandAndWales(), DerbyshirePracticeStandards.policy(), AS_OF.get(area));
    }

    @Test
    void there_is_exactly_one_case_file_per_area_named_after_it() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(Area.values()).map(ExampleCasesTest::fileName).toList());
        }
        assertThat(AS_OF).containsOnlyKeys(Area.values());
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void each_case_file_reads_without_problems(Area area) {
        Path file = CASES.resolve(fileName(area));
        assertThat(CaseFileReader.read(file).isValid()).as(() -> CaseFileReader.read(file).getError().mkString("\n")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Area.class)
    void each_case_shows_its_area_at_work_on_its_as_of_date(Area area) {
        Schedule schedule = schedule(area);
        List<ScheduleEntry> ofArea = schedule.entries().stream().filter(entry -> entry.rule().area() == area).toList();
        String described = schedule.entries().stream().map(ScheduleEntry::toString).collect(Collectors.joining("\n"));

        assertThat(schedule.entries()).as(described).noneMatch(entry -> entry.status() == Status.CANNOT_COMPUTE);
        assertThat(ofArea).as(described).anyMatch(entry -> entry.status() != Status.NOT_APPLICABLE);
        assertThat(ofArea).as(described).anyMatch(entry -> entry.status() == Status.MET);
        assertThat(ofArea).as(described).anyMatch(entry -> OPEN.contains(entry.status()));
    }
}
