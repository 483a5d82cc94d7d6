package org.duly.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileReader;
import org.duly.casefile.CaseFileWriter;
import org.duly.cli.report.CaseloadTally;
import org.duly.cli.report.Holder;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.domain.CaseTimeline;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each phase of {@code duly caseload} on one case, on one thread, over the synthetic caseload the
 * command line generates (one JSON Lines line per case, about 3.8 KB and 51 events each, 26 of them by
 * the evaluation date): operations per second are cases per second per core.
 * <ul>
 *   <li>{@code parse}: the JSON alone, into a tree (Jackson), the least any reader pays;
 *   <li>{@code read}: what a line costs the case-file reader: parse, check every value, build and
 *       check the timeline (every problem located);
 *   <li>{@code evaluate}: the engine, the schedule and its explanations as values;
 *   <li>{@code tally}: the report's share: counts, timeliness by rule, team and worker, and the overdue list;
 *   <li>{@code wholeCase}: the three together, what one core does for each case of a caseload.
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -Dmaven.test.skip=true && java -jar benchmarks/target/benchmarks.jar CaseloadPhasesBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
@Threads(1)
public class CaseloadPhasesBenchmark {

    /** Cases the benchmark cycles through. */
    static final int CASES = 1_000;
    /** A date in the middle of the synthetic cases' journeys. */
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = new ArrayList<>();
    private final List<CaseFile> caseFiles = new ArrayList<>();
    private final List<Schedule> schedules = new ArrayList<>();
    private final List<Holder> holders = new ArrayList<>();
    private Policy policy;
    private Engine engine;
    private CaseloadTally tally;
    private int next;

    /** Writes the caseload's lines, reads and schedules them once, outside the measurement. */
    @Setup
    public void setUp() {
        policy = DerbyshirePracticeStandards.policy();
        engine = Engine.create();
        List<CaseTimeline> caseload = SyntheticCases.caseload(2026L, CASES);
        for (int i = 0; i < CASES; i++) {
            CaseFile caseFile = new CaseFile("caseload.jsonl:" + (i + 1), caseload.get(i));
            lines.add(CaseFileWriter.writeLine(caseFile));
            caseFiles.add(CaseFileReader.read(caseFile.source(), lines.get(i)).value().orElseThrow());
            schedules.add(caseFiles.get(i).evaluate(engine, policy, AS_OF));
            holders.add(Holder.of(caseload.get(i).allocation()));
        }
        tally = newTally();
    }

    /** What duly caseload tallies into: counts, timeliness by rule, team and worker, the overdue list. */
    private static CaseloadTally newTally() {
        return CaseloadTally.of(entry -> true, Optional.empty());
    }

    private int nextCase() {
        next = next + 1 == CASES ? 0 : next + 1;
        return next;
    }

    /** The JSON alone. */
    @Benchmark
    public JsonNode parse() throws Exception {
        return JSON.readTree(lines.get(nextCase()));
    }

    /** The case-file reader: parse, check, build the timeline. */
    @Benchmark
    public Object read() {
        int i = nextCase();
        return CaseFileReader.read("caseload.jsonl:" + (i + 1), lines.get(i));
    }

    /** The engine. */
    @Benchmark
    public Schedule evaluate() {
        return caseFiles.get(nextCase()).evaluate(engine, policy, AS_OF);
    }

    /** The report's tally; a fresh one each time round the caseload, so that its overdue list stays a caseload's. */
    @Benchmark
    public CaseloadTally tally() {
        int i = nextCase();
        if (i == 0) {
            tally = newTally();
        }
        return tally.add(schedules.get(i), holders.get(i));
    }

    /** One case through the whole pipeline. */
    @Benchmark
    public CaseloadTally wholeCase() {
        int i = nextCase();
        if (i == 0) {
            tally = newTally();
        }
        CaseFile caseFile = CaseFileReader.read("caseload.jsonl:" + (i + 1), lines.get(i)).value().orElseThrow();
        return tally.add(caseFile.evaluate(engine, policy, AS_OF), Holder.of(caseFile.timeline().allocation()));
    }
}
