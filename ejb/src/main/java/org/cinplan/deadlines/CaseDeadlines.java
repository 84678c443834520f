package org.cinplan.deadlines;

import java.time.LocalDate;
import java.util.List;

/** A case's deadlines as of a day, with enough about the case to head a page. */
public record CaseDeadlines(long episodeId, long childId, String childName, String council, String episodeType,
                            LocalDate asOf, List<DeadlineView> deadlines) {

    /** The deadlines of the rules that apply to this case, in order. */
    public List<DeadlineView> applicable() {
        return deadlines.stream().filter(DeadlineView::isApplicable).toList();
    }

    /** The rules that do not apply to this case (each with why), in order. */
    public List<DeadlineView> notApplicable() {
        return deadlines.stream().filter(deadline -> !deadline.isApplicable()).toList();
    }
}
