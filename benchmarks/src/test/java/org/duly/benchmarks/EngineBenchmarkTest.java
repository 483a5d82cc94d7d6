package org.duly.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

class EngineBenchmarkTest {

    @Test
    void the_launchers_options_are_the_launchers() throws NoSuchMethodException, IOException {
        Fork fork = EngineBenchmark.class.getMethod("evaluateCaseWithTheLaunchersOptions").getAnnotation(Fork.class);
        // The launcher's default Java options, which DULY_JAVA_OPTS replaces: a change there must be made here too.
        assertThat(Files.readString(Path.of("../duly"))).contains("${DULY_JAVA_OPTS:-" + String.join(" ", fork.jvmArgsAppend()) + "}");
    }

    @Test
    void both_evaluate_a_case_to_the_same_schedule() {
        EngineBenchmark defaults = new EngineBenchmark();
        defaults.setUp();
        EngineBenchmark launchers = new EngineBenchmark();
        launchers.setUp();
        int entries = 0;
        for (int i = 0; i < 20; i++) {
            Schedule schedule = defaults.evaluateCase();
            assertThat(launchers.evaluateCaseWithTheLaunchersOptions().entries()).isEqualTo(schedule.entries());
            entries += schedule.entries().size();
        }
        assertThat(entries).isGreaterThan(100);
    }
}
