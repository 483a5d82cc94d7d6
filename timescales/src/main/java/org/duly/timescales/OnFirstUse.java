package org.duly.timescales;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.duly.timescales.annotations.Internal;

/**
 * A value worked out on first use, without a lock: what a case works out once and asks for many times (its events by
 * type, its care history) would otherwise take a lock in every case. Threads that race on first use may each work the
 * value out, so the work must give equal values and change nothing; each thread gets a whole value, set and read
 * through an {@link AtomicReference}. {@link Internal}, for Duly's modules.
 *
 * <p>This class is thread-safe.
 *
 * @param <T> the value's type
 */
@Internal
public final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<? extends T> work;
    private final AtomicReference<T> value = new AtomicReference<>();

    private OnFirstUse(Supplier<? extends T> work) {
        this.work = work;
    }

    /**
     * A value to work out on first use.
     *
     * <p>Example:
     * <pre>{@code
     * OnFirstUse<EventsByType> byType = OnFirstUse.of(() -> EventsByType.of(events));
     * }</pre>
     *
     * @param work what works the value out; it must give equal values each time, never null
     * @param <T> the value's type
     * @return the value, not yet worked out
     */
    public static <T> OnFirstUse<T> of(Supplier<? extends T> work) {
        return new OnFirstUse<>(Objects.requireNonNull(work, "work"));
    }

    /**
     * The value, worked out on the first call.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(OnFirstUse.of(() -> "worked out").get()).isEqualTo("worked out");
     * }</pre>
     *
     * @return the value
     */
    @Override
    public T get() {
        T worked = value.get();
        if (worked == null) {
            worked = Objects.requireNonNull(work.get(), "the value worked out");
            value.set(worked);
        }
        return worked;
    }
}
