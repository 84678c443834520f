package org.cinplan.schedule;

/** Manager checks and decisions that the rules ask to be recorded. */
public enum CheckpointKind {
    OVERSIGHT_6M, OVERSIGHT_12M, CONCLUSION_CHECK_9M, SO_EXTENSION_DECISION, SERVICE_MANAGER_REVIEW, EARLY_CLOSURE_MANAGER_DECISION
}
