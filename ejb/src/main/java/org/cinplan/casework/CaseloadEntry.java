package org.cinplan.casework;

import java.time.LocalDate;

/** One child on a worker's caseload, as the caseload page shows it. */
public record CaseloadEntry(long childId, String laChildId, String childName, LocalDate dateOfBirth,
                            String familyName, String episodeType, LocalDate decisionDate,
                            LocalDate closureDate) {

    public boolean isOpen() {
        return decisionDate != null && closureDate == null;
    }
}
