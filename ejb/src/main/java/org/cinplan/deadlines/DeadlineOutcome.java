package org.cinplan.deadlines;

import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineStatus;

import java.time.LocalDate;

/** One occurrence of a deadline, reduced to what reports over many cases count: its rule, status and due date. */
public record DeadlineOutcome(String ruleId, String ruleTitle, DeadlineStatus status, LocalDate dueDate) {

    static DeadlineOutcome of(Deadline deadline) {
        return new DeadlineOutcome(deadline.rule().name(), deadline.rule().title(), deadline.status(),
                deadline.dueDate());
    }
}
