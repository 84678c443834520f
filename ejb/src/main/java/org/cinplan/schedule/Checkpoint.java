package org.cinplan.schedule;

import java.time.LocalDate;

/** A recorded manager check or decision. */
record Checkpoint(CheckpointKind kind, LocalDate recordedOn) {
    public Checkpoint {
        Guard.required(kind, "checkpoint kind is required");
        Guard.required(recordedOn, "checkpoint date is required");
    }
}
