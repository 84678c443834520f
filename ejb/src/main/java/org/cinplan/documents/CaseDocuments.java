package org.cinplan.documents;

import java.io.Serializable;
import java.util.List;

/**
 * The PDFs a case has, for the case page to offer: the plan in force (its version number; null when none is approved
 * yet), every plan version (newest first) and the minutes of every held meeting (latest first).
 */
public record CaseDocuments(long episodeId, Integer planInForce, List<PlanVersionChoice> planVersions,
                            List<MinutesChoice> minutes) implements Serializable {

    public CaseDocuments {
        planVersions = List.copyOf(planVersions);
        minutes = List.copyOf(minutes);
    }

    /** "Version 3 (Approved, in force)". */
    public record PlanVersionChoice(int number, String label) implements Serializable {
    }

    /** "CIN review meeting held on 30 November 2026". */
    public record MinutesChoice(long meetingId, String label) implements Serializable {
    }
}
