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
 */
package org.duly.testkit;
