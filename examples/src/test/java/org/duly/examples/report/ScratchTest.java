package org.duly.examples.report;

import java.time.LocalDate;
import org.duly.testkit.SyntheticCases;
import org.duly.workflows.catalogue.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        var schedules = SyntheticCases.caseload(2026L, 50).stream()
                .map(t -> Engine.englandAndWales().evaluate(t, DerbyshirePracticeStandards.policy(), LocalDate.parse("2025-06-30"))).toList();
        for (CaseloadFormat f : CaseloadFormat.values()) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/caseload." + f.fileExtension()), f.render(schedules));
        }
        var t = SyntheticCases.child(2026L, 3);
        var s = Engine.englandAndWales().evaluate(t, DerbyshirePracticeStandards.policy(), LocalDate.parse("2025-06-30"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/synth.html"), ScheduleFormat.HTML.render(t, s));
    }
}
