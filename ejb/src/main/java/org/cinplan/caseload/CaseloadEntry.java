package org.cinplan.caseload;

import org.cinplan.deadlines.DeadlineView;

import java.time.LocalDate;

/**
 * One child on a worker's caseload, as the caseload page shows it, with the case's next deadline, that deadline in
 * words as of the day the list was made, and how soon it needs doing (a {@link WhatIsDue.Urgency} name).
 */
public record CaseloadEntry(long childId, Long episodeId, String laChildId, String childName, LocalDate dateOfBirth,
                            String familyName, String episodeType, LocalDate decisionDate, LocalDate closureDate,
                            DeadlineView nextDeadline, String dueInWords, String urgency) {

    /** How soon this child needs something done: the caseload's order, most pressing first. */
    int urgencyOrder() {
        return WhatIsDue.Urgency.valueOf(urgency).ordinal();
    }

    /** "Needs doing today", "This week", "Later", "Nothing due" or "Closed". */
    public String urgencyHeading() {
        return WhatIsDue.Urgency.valueOf(urgency).heading();
    }

    public boolean isOpen() {
        return decisionDate != null && closureDate == null;
    }

    /** RED, AMBER or GREEN from the next deadline; none for a closed case. */
    public String rag() {
        if (!isOpen()) {
            return "NONE";
        }
        return nextDeadline == null ? "GREEN" : nextDeadline.rag();
    }
}
