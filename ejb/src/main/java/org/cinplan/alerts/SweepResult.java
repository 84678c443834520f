package org.cinplan.alerts;

/** What asking for a sweep led to: the run it made, or a refusal because another sweep holds the guard. */
public record SweepResult(Long runId, boolean refused, String message) {

    static SweepResult ran(long runId) {
        return new SweepResult(runId, false, "Sweep " + runId + " finished");
    }

    static SweepResult refusedBecauseRunning() {
        return new SweepResult(null, true, "Another sweep is running; this one was not started");
    }
}
