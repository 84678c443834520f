package org.cinplan.alerts;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An alert as inboxes and the run log show it. */
public record AlertView(long alertId, long episodeId, String childName, String worker, String ruleId, String ruleTitle,
                        AlertState state, LocalDate dueDate, String explanation, String council, int profileVersion,
                        LocalDateTime raisedAt, LocalDateTime escalatedAt, LocalDate metOn) {
}
