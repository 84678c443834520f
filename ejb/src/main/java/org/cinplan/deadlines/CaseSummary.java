package org.cinplan.deadlines;

import org.cinplan.schedule.Deadline;

import java.time.LocalDate;
import java.util.List;

/** A case's on-time counts per rule as of a day, and the episode version they were computed from. */
public record CaseSummary(long episodeId, int episodeVersion, LocalDate asOf, List<RuleCounts> counts) {

    public CaseSummary {
        counts = List.copyOf(counts);
    }

    public static CaseSummary of(long episodeId, int episodeVersion, List<Deadline> deadlines, LocalDate today) {
        return new CaseSummary(episodeId, episodeVersion, today, OnTimeCounts.of(deadlines, today));
    }
}
