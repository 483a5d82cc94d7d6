/**
 * Duly for consuming apps' test suites: case builders written as cases happen ({@link org.duly.testkit.ChildCase},
 * {@link org.duly.testkit.ComplaintCase}, {@link org.duly.testkit.StaffCase}), AssertJ assertions on
 * schedules ({@link org.duly.testkit.DulyAssertions}) and fixed calendars ({@link org.duly.testkit.TestCalendars}).
 * The test kit has no default policy: a test says which policy it evaluates.
 *
 * <pre>{@code
 * Schedule schedule = ChildCase.child("C-1").bornOn("2015-06-01")
 *     .strategyDiscussion("2024-03-14T10:00", true)
 *     .schedule("2024-04-09", policy);
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue();
 * }</pre>
 *
 * <p>The assertions are AssertJ's kind: a failure carries the expected and actual values and explains
 * the entry's dates; {@link org.duly.testkit.DulySoftAssertions} collects failures and reports them
 * together; a consuming app adds assertions of its own by extending
 * {@link org.duly.testkit.AbstractScheduleAssert} and {@link org.duly.testkit.AbstractObligationAssert}.
 */
package org.duly.testkit;
