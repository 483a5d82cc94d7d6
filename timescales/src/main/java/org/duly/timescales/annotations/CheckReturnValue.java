package org.duly.timescales.annotations;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PACKAGE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The result of the annotated method, or of every method of the annotated type, must be used: a
 * half-written sentence of the DSL dropped as a statement, such as {@code within(workingDays(15));},
 * is a mistake. Error Prone's CheckReturnValue check, which Duly's build runs as an error, and
 * IntelliJ IDEA recognise any annotation of this simple name, so Duly defines its own and its
 * modules need no annotation library (jOOQ does the same with {@code org.jooq.CheckReturnValue}).
 *
 * <p>Example:
 * <pre>{@code
 * @CheckReturnValue
 * public final class Timescales { ... }
 *
 * within(workingDays(15));                                  // does not build: the sentence is dropped
 * Deadline icpc = within(workingDays(15)).of(REFERRAL);      // builds
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target({METHOD, CONSTRUCTOR, TYPE, PACKAGE})
public @interface CheckReturnValue {
}
