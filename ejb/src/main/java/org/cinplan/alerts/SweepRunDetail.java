package org.cinplan.alerts;

import java.util.List;

/** A run with the alerts it changed and the cases it could not evaluate. */
public record SweepRunDetail(SweepRunView run, List<AlertView> alerts, List<Failure> failures) {

    public record Failure(long episodeId, String message) {
    }
}
