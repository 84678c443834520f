/**
 * The CIN deadline engine: everything that turns a council's written policy and a child's case
 * history into dated, explained deadlines.
 *
 * <p>This package owns the rule catalogue ({@link org.cinplan.schedule.RuleId}), the working-day
 * calendar of England and Wales ({@link org.cinplan.schedule.WorkingDayCalendar},
 * {@link org.cinplan.schedule.GovUkBankHolidays}), the per-council policy profiles and their
 * versions ({@link org.cinplan.schedule.PolicyProfile}, {@link org.cinplan.schedule.ProfileHistory},
 * {@link org.cinplan.schedule.StandardProfiles}) and the engine itself
 * ({@link org.cinplan.schedule.DeadlineEngine}, {@link org.cinplan.schedule.TimescaleCalculator}).
 *
 * <p>It is plain Java (JDK, the Jakarta JSON-P API, and Jollyday for bank holidays by statutory rule beyond the
 * published years): no persistence, no container, no clock of its own. Callers pass "today" in, so every answer is reproducible in tests and in audit.
 */
package org.cinplan.schedule;
