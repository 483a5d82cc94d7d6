package org.duly.timescales.annotations;

import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.CLASS;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The result of the annotated method may be ignored, inside a type annotated
 * {@link CheckReturnValue}: a mutable builder's method that returns the builder only so that calls
 * can be chained. Error Prone recognises any annotation of this simple name.
 *
 * <p>Example:
 * <pre>{@code
 * @CanIgnoreReturnValue
 * public Builder rule(Rule rule) { given.add(rule); return this; }
 *
 * builder.rule(icpc);                         // builds: the builder itself changed
 * }</pre>
 */
@Documented
@Retention(CLASS)
@Target({METHOD, CONSTRUCTOR, TYPE})
public @interface CanIgnoreReturnValue {
}
