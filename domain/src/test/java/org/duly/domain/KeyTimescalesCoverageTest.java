package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.staff.StaffEventType;
import org.junit.jupiter.api.Test;

/**
 * Walks every row of {@code key-timescales.tsv} (a copy of the shared spec): each timescale must be
 * served by at least one event type, and no event type may claim an id the spec does not have.
 */
class KeyTimescalesCoverageTest {

    private static Set<String> specIds() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                KeyTimescalesCoverageTest.class.getResourceAsStream("key-timescales.tsv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t")[0])
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    private static Set<String> served() {
        return Stream.of(
                Arrays.stream(CaseEventType.values()).flatMap(type -> type.specIds().stream()),
                Arrays.stream(ComplaintEventType.values()).flatMap(type -> type.specIds().stream()),
                Arrays.stream(StaffEventType.values()).flatMap(type -> type.specIds().stream()))
                .flatMap(ids -> ids).collect(Collectors.toSet());
    }

    @Test
    void every_timescale_in_the_booklet_is_served_by_an_event_type() throws IOException {
        Set<String> ids = specIds();
        assertThat(ids).hasSize(104).contains("EHSA-1", "CP-2", "LAC-6", "CL-9", "SC-4");
        assertThat(served()).containsAll(ids);
    }

    @Test
    void no_event_type_claims_an_id_the_spec_does_not_have() throws IOException {
        assertThat(specIds()).containsAll(served());
    }
}
