package org.duly.timescales.annotations;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated type, constructor, method or field is for Duly's own modules, not for use by
 * applications: it is public only because the module that uses it is another one (the engine in
 * {@code duly-workflows} evaluates the timescales of {@code duly-timescales}), and Duly ships no
 * {@code module-info} to export it to that module alone. It may change or go without notice, in any
 * release, and is exempt from the compatibility Duly promises for the rest of its API; a member of
 * an annotated type is internal too. jOOQ marks the same with {@code org.jooq.Internal}.
 *
 * <p>An application reaches the same function through the API: a timescale is evaluated by the
 * engine ({@code Engine.evaluate}), and written with the DSL ({@code Timescales}), not with the
 * constructors of its records. Duly's architecture tests check that no public signature names an
 * internal type unless it is internal itself.
 *
 * <p>Example:
 * <pre>{@code
 * @Internal
 * public record EvaluationContext(WorkingCalendar calendar, LocalDate asOf, ...) { ... }
 *
 * Schedule schedule = Engine.create().evaluate(timeline, policy, asOf);   // what an application calls
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target({TYPE, CONSTRUCTOR, METHOD, FIELD})
public @interface Internal {
}
