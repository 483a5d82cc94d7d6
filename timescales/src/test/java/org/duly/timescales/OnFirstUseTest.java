package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnFirstUseTest {

    @Test
    void the_value_is_worked_out_on_the_first_use_and_not_again() {
        AtomicInteger worked = new AtomicInteger();
        OnFirstUse<String> value = OnFirstUse.of(() -> "worked out " + worked.incrementAndGet());
        assertThat(worked).hasValue(0);
        assertThat(value.get()).isEqualTo("worked out 1");
        assertThat(value.get()).isEqualTo("worked out 1");
        assertThat(worked).hasValue(1);
    }

    @Test
    void work_that_gives_nothing_is_refused_on_use() {
        OnFirstUse<String> nothing = OnFirstUse.of(() -> null);
        assertThatThrownBy(nothing::get).isInstanceOf(NullPointerException.class).hasMessage("the value worked out");
        assertThatThrownBy(() -> OnFirstUse.of(null)).isInstanceOf(NullPointerException.class).hasMessage("work");
    }
}
