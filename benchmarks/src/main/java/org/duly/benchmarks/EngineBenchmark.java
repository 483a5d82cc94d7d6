package org.duly.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.duly.domain.CaseTimeline;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole Derbyshire catalogue evaluated over synthetic case timelines of realistic length (the
 * testkit's caseload: referrals, child protection, care with moves and proceedings, early help,
 * private fostering, pre-birth cases), one case per operation, on one thread. Operations per second
 * are cases per second. Each schedule's explanations are built as values;
 * {@code evaluateCaseAndExplainInEnglish} also renders every one of them to English.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -Dmaven.test.skip=true && java -jar benchmarks/target/benchmarks.jar EngineBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(3)
@Threads(1)
public class EngineBenchmark {

    /** Cases in the caseload the benchmark cycles through. */
    static final int CASES = 1_000;
    /** A date in the middle of the synthetic cases' journeys. */
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private List<CaseTimeline> caseload;
    private Policy policy;
    private Engine engine;
    private int next;

    /** Builds the caseload and warms the calendar and the policy, outside the measurement. */
    @Setup
    public void setUp() {
        caseload = SyntheticCases.caseload(2026L, CASES);
        policy = DerbyshirePracticeStandards.policy();
        engine = Engine.create();
    }

    private CaseTimeline nextCase() {
        next = next + 1 == CASES ? 0 : next + 1;
        return caseload.get(next);
    }

    @Benchmark
    public Schedule evaluateCase() {
        return engine.evaluate(nextCase(), policy, AS_OF);
    }

    /**
     * The same, on the Java options the {@code duly} launcher runs with (the throughput collector, its young generation
     * capped): the engine as {@code duly caseload} runs it. {@link #evaluateCase} runs on the JVM's defaults, as an
     * application that embeds the engine might.
     */
    @Benchmark
    @Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:MaxNewSize=256m"})
    public Schedule evaluateCaseWithTheLaunchersOptions() {
        return engine.evaluate(nextCase(), policy, AS_OF);
    }

    @Benchmark
    public void evaluateCaseAndExplainInEnglish(Blackhole blackhole) {
        Schedule schedule = engine.evaluate(nextCase(), policy, AS_OF);
        for (ScheduleEntry entry : schedule.entries()) {
            blackhole.consume(entry.explanationInEnglish());
        }
    }
}
