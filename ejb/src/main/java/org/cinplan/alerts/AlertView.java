package org.cinplan.alerts;

import org.cinplan.casework.CaseAccess;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An alert as inboxes and the run log show it. */
public record AlertView(long alertId, long episodeId, String childName, String worker, String ruleId, String ruleTitle,
                        AlertState state, LocalDate dueDate, String explanation, String council, int profileVersion,
                        LocalDateTime raisedAt, LocalDateTime escalatedAt, LocalDate metOn) {

    /** The alert with its case reference in place of the child's name, for those who open no child's record. */
    public AlertView byCaseReference() {
        return new AlertView(alertId, episodeId, CaseAccess.caseReference(episodeId), worker, ruleId, ruleTitle, state,
                dueDate, explanation, council, profileVersion, raisedAt, escalatedAt, metOn);
    }
}
