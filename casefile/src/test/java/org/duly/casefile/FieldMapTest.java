package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader's read-only fields: a map like the ordered one it replaces, with no copy into a raw event. */
class FieldMapTest {

    private static FieldMap parsed(Object... namesAndValues) {
        Object[] stack = new Object[namesAndValues.length + 4];
        stack[0] = "outer";
        stack[1] = "value";
        System.arraycopy(namesAndValues, 0, stack, 2, namesAndValues.length);
        return FieldMap.of(stack, 2, 2 + namesAndValues.length);
    }

    @Test
    void behavesAsAnOrderedMapOfTheParsedFieldsAlone() {
        FieldMap fields = parsed("type", "visit", "date", "2024-03-05", "childSeen", true, "note", null);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("type", "visit");
        expected.put("date", "2024-03-05");
        expected.put("childSeen", true);
        expected.put("note", null);

        assertThat(fields).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(List.copyOf(fields.keySet())).containsExactly("type", "date", "childSeen", "note");
        assertThat(fields.get("childSeen")).isEqualTo(true);
        assertThat(fields.containsKey("note")).isTrue();
        assertThat(fields.get("note")).isNull();
        assertThat(fields.containsKey("outer")).isFalse();
        assertThat(fields.get("absent")).isNull();
    }

    @Test
    void leavesOutTheTypeKeepingTheOrderOfTheRest() {
        FieldMap event = parsed("date", "2024-03-05", "type", "visit", "childSeen", true);

        assertThat(List.copyOf(FieldMap.of(event, "type").entrySet())).containsExactly(Map.entry("date", "2024-03-05"),
                Map.entry("childSeen", true));
        assertThat(FieldMap.of(event, null)).isSameAs(event);
        assertThat(FieldMap.of(event, "absent")).isSameAs(event);
        assertThat(FieldMap.of(Map.of("type", "visit", "date", "2024-03-05"), "type")).isEqualTo(Map.of("date", "2024-03-05"));
    }

    @Test
    void cannotBeChangedAndARawEventKeepsItWithoutACopy() {
        FieldMap fields = parsed("date", "2024-03-05");

        assertThatThrownBy(() -> fields.put("date", "2025-01-01")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fields.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new RawEvent("visit", fields).values()).isSameAs(fields);
        Map<String, Object> mutable = new LinkedHashMap<>(Map.of("date", "2024-03-05"));
        RawEvent copied = new RawEvent("visit", mutable);
        mutable.put("date", "2025-01-01");
        assertThat(copied.values()).containsEntry("date", "2024-03-05");
    }

    @Test
    void aNestedObjectLeavesItsParentsFieldsOnTheStack() {
        Object[] stack = { "a", 1, "b", 2, "c", 3 };
        assertThat(FieldMap.of(stack, 2, 4)).containsExactly(Map.entry("b", 2));
        assertThat(Arrays.asList(stack)).containsExactly("a", 1, "b", 2, "c", 3);
    }
}
