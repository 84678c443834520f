package org.cinplan.alerts;

import org.cinplan.schedule.RuleId;

import java.time.LocalDate;

/**
 * A case's alert for a rule was raised (due soon, overdue, or a new occurrence) or escalated to the team manager: the
 * hook for telling people, such as email reminders. Fired inside the sweep batch's transaction, so observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS}: a batch that rolls back announces nothing. A sweep run again on
 * the same day raises nothing new, so nothing is announced twice.
 *
 * @param episodeId   the case
 * @param rule        the rule whose deadline it is about (a case has one alert per rule)
 * @param state       DUE_SOON, OVERDUE or ESCALATED
 * @param dueDate     the due date of the deadline it is about
 * @param explanation the engine's sentence saying why that date
 */
public record AlertRaised(long episodeId, RuleId rule, AlertState state, LocalDate dueDate, String explanation) {
}
