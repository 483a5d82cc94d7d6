package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.EventType;
import org.duly.domain.staff.StaffEventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type of every kind of case file reads from raw values, under the name a case file spells it. */
class EventTypesTest {

    static Stream<EventType> everyEventType() {
        return Stream.of(CaseEventType.values(), ComplaintEventType.values(), StaffEventType.values()).flatMap(Arrays::stream);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void each_type_is_read_with_a_date_under_its_case_file_spelling(EventType type) {
        assertThat(type.caseFileName()).isEqualTo(CaseFileSpelling.of((Enum<?>) type));
        assertThat(Arrays.stream(CaseFileKind.values()).filter(kind -> kind.eventTypes().contains(type))).hasSize(1);
        assertThat(RawValues.requiredFieldsOf(type.type())).contains("date");
        assertThat(RawValues.fieldsOf(type.type())).contains("date");
    }

    @ParameterizedTest
    @EnumSource(CaseEventType.class)
    void a_child_case_event_also_takes_a_time_or_a_date_time(CaseEventType type) {
        assertThat(RawValues.fieldsOf(type.type())).contains("date", "dateTime", "time");
    }
}
