package org.duly.domain.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Duly value type, applied in each package's
 * {@code package-info.java}: JDK collections only, public generated implementations
 * ({@code ImmutableStrategyDiscussion}) with public builders, and personal data marked
 * {@link Value.Redacted @Value.Redacted} shown as {@code (redacted)} by {@code toString}.
 *
 * <p>Every {@code @Value.Default} in Duly is a constant (false, mostly), never computed from another
 * attribute, so the style turns off the initialisation shim Immutables otherwise generates to order
 * interdependent defaults: the shim has mutable fields, and every field of a domain value is final.
 *
 * <p>It lives in this bottom package, not in {@code org.duly.domain}, because a package annotation
 * is a dependency: the events package must not depend on the package that holds the timeline.
 * Class retention keeps the style visible to incremental compilers that read
 * {@code package-info.class} instead of its source.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
        redactedMask = "(redacted)",
        optionalAcceptNullable = false,
        unsafeDefaultAndDerived = true)
public @interface DulyStyle {
}
