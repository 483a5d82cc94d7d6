/**
 * Examples for policy authors, each a small rule of a made-up authority ({@link
 * org.duly.examples.policyauthors.AnytownCouncil}) with a test that pins its dates, read in this
 * order (the guide is {@code examples/POLICY-AUTHORS.md}):
 * <ol>
 *   <li>{@link org.duly.examples.policyauthors.PrivateChildrensHomeVisit}: writing a local rule from
 *       the catalogue's events and conditions;</li>
 *   <li>{@link org.duly.examples.policyauthors.StricterVisits}: overriding one rule of the Derbyshire
 *       catalogue for one authority;</li>
 *   <li>{@link org.duly.examples.policyauthors.PlacementPlanningChange}: a rule that changes on a
 *       date, chosen by the day its clock started;</li>
 *   <li>{@link org.duly.examples.policyauthors.HealthAssessments}: a recurrence whose interval
 *       depends on the child's age;</li>
 *   <li>{@code AnytownRulesTableTest} (test sources): a test table a policy author can read and
 *       extend;</li>
 *   <li>{@link org.duly.examples.policyauthors.CaseTransferReview}: a rule over records the catalogue
 *       does not know;</li>
 *   <li>{@link org.duly.examples.policyauthors.MissingFromCare}: event types of the authority's own
 *       (a child missing from care and the return home interview) in a child's case, its case files
 *       ({@code examples/local}) and its test tables, with a rule added to the Derbyshire policy;</li>
 *   <li>{@link org.duly.examples.policyauthors.ClosureDays}: the council's closure days, carried by
 *       its policy.</li>
 * </ol>
 *
 * <pre>{@code
 * Policy anytown = DerbyshirePracticeStandards.policy()
 *     .derive("Anytown Council practice standards", "2025-01")
 *     .override("Anytown visits every child in care at least every 4 weeks", StricterVisits.VISITS)
 *     .build();
 * }</pre>
 */
package org.duly.examples.policyauthors;
