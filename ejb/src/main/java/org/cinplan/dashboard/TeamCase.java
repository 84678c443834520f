package org.cinplan.dashboard;

import java.time.LocalDate;

/** An open case of the team, as the dashboard lists it, with a way down to the case and the child's record. */
public record TeamCase(long episodeId, long childId, String childName, String laChildId, String worker,
                       String episodeType, LocalDate decisionDate, long overdueAlerts) {
}
