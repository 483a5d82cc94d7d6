package org.duly.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.duly.casefile.CaseFileReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and checking one case file of 100,000 events (issue 11, D10: it took about 27 seconds,
 * and some shapes minutes, while the checks across events were quadratic), in the shapes that once
 * were slow: visits to one placement, placements started, visited and ended, court directions and
 * their compliances, child's plans, ends of placements that never started, unknown event types.
 * Each operation reads the whole file from its text; the time is per file.
 *
 * <p>Run: {@code ./mvnw -q -pl benchmarks -am package -Dmaven.test.skip=true && java -jar benchmarks/target/benchmarks.jar CaseFileReadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class CaseFileReadBenchmark {

    /** Events in the file. */
    static final int EVENTS = 100_000;

    /** The shape of the file's events. */
    @Param({"visits", "placements", "directions", "plans", "unknownEnds", "unknownTypes"})
    public String shape;

    private String json;

    /** Writes the file's text, outside the measurement. */
    @Setup
    public void setUp() {
        json = caseFile(shape, EVENTS);
    }

    /**
     * Reads and checks the file.
     *
     * @return the number of problems, so that nothing is optimised away
     */
    @Benchmark
    public int read() {
        return CaseFileReader.read("bench.json", json).problems().size();
    }

    /** A child's case file of about {@code events} events of one shape, in date order. */
    static String caseFile(String shape, int events) {
        StringBuilder text = new StringBuilder("{\"child\": {\"id\": \"B-1\", \"dateOfBirth\": \"2010-01-01\"}, \"events\": [\n");
        text.append("{\"type\": \"becameLookedAfter\", \"date\": \"2012-01-01\", \"legalStatus\": \"section20\"},\n");
        text.append("{\"type\": \"placementStarted\", \"date\": \"2012-01-01\", \"placementId\": \"P\", \"placementType\": \"localAuthorityFosterCare\"}");
        for (int i = 0; i < events; i++) {
            String day = LocalDate.of(2012, 1, 2).plusDays(i / 20).toString();
            text.append(",\n");
            switch (shape) {
                case "visits" -> text.append("{\"type\": \"visit\", \"date\": \"").append(day)
                        .append("\", \"childSeen\": true, \"purpose\": \"lookedAfter\", \"seenAlone\": true, \"placementId\": \"P\"}");
                case "placements" -> text.append(switch (i % 3) {
                    case 0 -> "{\"type\": \"placementEnded\", \"date\": \"" + day + "\", \"placementId\": \"" + (i == 0 ? "P" : "P-" + (i - 3)) + "\"}";
                    case 1 -> "{\"type\": \"placementStarted\", \"date\": \"" + day + "\", \"placementId\": \"P-" + (i - 1)
                            + "\", \"placementType\": \"localAuthorityFosterCare\"}";
                    default -> "{\"type\": \"visit\", \"date\": \"" + day + "\", \"childSeen\": true, \"purpose\": \"lookedAfter\","
                            + " \"seenAlone\": true, \"placementId\": \"P-" + (i - 2) + "\"}";
                });
                case "directions" -> text.append(i < events / 2
                        ? "{\"type\": \"courtDirectionMade\", \"date\": \"2012-01-02\", \"directionId\": \"D-" + i + "\", \"dueDate\": \"2030-01-01\"}"
                        : "{\"type\": \"courtDirectionComplied\", \"date\": \"2012-01-02\", \"directionId\": \"D-" + (i - events / 2) + "\"}");
                case "plans" -> text.append("{\"type\": \"childsPlanCreated\", \"date\": \"").append(day)
                        .append("\", \"kind\": \"childInNeed\", \"planId\": \"PL-").append(i).append("\"}");
                case "unknownEnds" -> text.append("{\"type\": \"placementEnded\", \"date\": \"").append(day)
                        .append("\", \"placementId\": \"X-").append(i).append("\"}");
                default -> text.append("{\"type\": \"unknown").append(i).append("\", \"date\": \"").append(day).append("\"}");
            }
        }
        return text.append("\n]}\n").toString();
    }
}
