package org.duly.domain.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.duly.timescales.annotations.Internal;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Duly value type, applied in each package's
 * {@code package-info.java}: JDK collections only, generated implementations hidden in their package,
 * and personal data marked {@link Value.Redacted @Value.Redacted} shown as {@code (redacted)} by
 * {@code toString}.
 *
 * <p>The implementations ({@code ImmutableStrategyDiscussion}) and their builders are package-private,
 * so no generated class is part of Duly's API: each value type declares its own public nested builder
 * extending the generated one ({@code final class Builder extends ImmutableStrategyDiscussion.Builder}),
 * returned by its {@code builder()}, as Immutables documents for hiding the implementation (its
 * "extending builder"). The generated setters then return the value type's {@code Builder}, and
 * {@code overshadowImplementation} makes {@code build()} (and {@code copyOf}) return the value type
 * itself. Because the generated builder is not public, its setters are documented, and called, as the
 * public builder's own. A changed copy of a value is {@code X.builder().from(x)...build()}.
 *
 * <p>Every {@code @Value.Default} in Duly is a constant (false, mostly), never computed from another
 * attribute, so the style turns off the initialisation shim Immutables otherwise generates to order
 * interdependent defaults: the shim has mutable fields, and every field of a domain value is final.
 *
 * <p>{@link Internal}: public only because every domain package names it in its
 * {@code package-info.java}; an application's own value types take a style of their own.
 *
 * <p>It lives in this bottom package, not in {@code org.duly.domain}, because a package annotation
 * is a dependency: the events package must not depend on the package that holds the timeline.
 * Class retention keeps the style visible to incremental compilers that read
 * {@code package-info.class} instead of its source.
 */
@Internal
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        redactedMask = "(redacted)",
        optionalAcceptNullable = false,
        unsafeDefaultAndDerived = true)
public @interface DulyStyle {
}
