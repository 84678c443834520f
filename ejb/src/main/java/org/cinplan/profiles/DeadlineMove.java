package org.cinplan.profiles;

import java.time.LocalDate;

/**
 * One deadline of one case whose due date a proposed profile change would move. The case is named by its reference,
 * never by the child's name: administrators, who preview changes, open no child's record.
 *
 * @param oldDueDate     the due date under the profiles in force; null when the rule did not apply
 * @param newDueDate     the due date under the proposed profiles; null when the rule would no longer apply
 * @param becomesOverdue whether the deadline is overdue under the proposal and was not before
 */
public record DeadlineMove(long episodeId, String caseReference, String ruleId, String ruleTitle,
                           String occurrence, LocalDate oldDueDate, LocalDate newDueDate, boolean becomesOverdue) {
}
