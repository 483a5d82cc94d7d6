/**
 * The Derbyshire Children's Services Practice Standards booklet as a Duly policy:
 * {@link org.duly.policies.derbyshire.DerbyshirePracticeStandards#policy()}. One source file per
 * section of the booklet, in its order ({@code ChildProtection}, {@code ChildrenInCare}, ...), each
 * with its rule tables beside it in this module's tests ({@code ChildProtectionRulesTest}), and the
 * booklet's key timescales ({@code key-timescales.tsv}), the only copy of the spec sheet.
 */
package org.duly.policies.derbyshire;
