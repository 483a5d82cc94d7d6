/**
 * Duly's own annotations for static analysis: {@link org.duly.timescales.annotations.CheckReturnValue}
 * marks the DSL's sentences and clauses, whose results must be used, and
 * {@link org.duly.timescales.annotations.CanIgnoreReturnValue} the builder methods whose results may
 * be ignored. Error Prone and IntelliJ IDEA recognise them by their simple names, so Duly's modules
 * need no annotation library. {@link org.duly.timescales.annotations.Internal} marks what is public
 * only for Duly's own modules, not for applications. This package depends on nothing.
 */
package org.duly.timescales.annotations;
