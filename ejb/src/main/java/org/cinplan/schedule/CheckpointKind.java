package org.cinplan.schedule;

/** Manager checks and decisions that the rules ask to be recorded. */
public enum CheckpointKind {
    OVERSIGHT_6M, OVERSIGHT_12M, CONCLUSION_CHECK_9M, SO_EXTENSION_DECISION, SERVICE_MANAGER_REVIEW, EARLY_CLOSURE_MANAGER_DECISION,
    /** The decision, at a review or in supervision, that a plan continues beyond six months, and why (DURATION_6M). */
    CONTINUE_BEYOND_6M,
    /**
     * Exceptional circumstances recorded on the case (MAX_DURATION_12M). The engine reads the circumstance itself from
     * {@link CaseHistory#exceptionalCircumstances()}; the checkpoint keeps who recorded it, why and the next steps.
     */
    EXCEPTIONAL_CIRCUMSTANCES
}
