package org.cinplan.deadlines;

import java.time.LocalDate;
import java.util.List;

/** A case's deadlines as of a day, with enough about the case to head a page. */
public record CaseDeadlines(long episodeId, long childId, String childName, String council, String episodeType,
                            LocalDate asOf, List<DeadlineView> deadlines) {
}
