package org.cinplan.alerts;

public enum SweepOutcome {
    RUNNING, COMPLETED, COMPLETED_WITH_FAILURES, FAILED
}
