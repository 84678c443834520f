package org.cinplan.caseload;

import org.cinplan.deadlines.DeadlineView;

import java.time.LocalDate;

/** One child on a worker's caseload, as the caseload page shows it, with the case's next deadline. */
public record CaseloadEntry(long childId, Long episodeId, String laChildId, String childName, LocalDate dateOfBirth,
                            String familyName, String episodeType, LocalDate decisionDate, LocalDate closureDate,
                            DeadlineView nextDeadline) {

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
