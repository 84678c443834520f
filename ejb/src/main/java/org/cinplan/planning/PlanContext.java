package org.cinplan.planning;

import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * What else a CIN plan records (RULES.md v2 "Contents", change 12): strengths, protective factors, risks and grey
 * areas; the sustainability of its targets; whether a Family Group Conference was considered; young carers; a parent's
 * learning or communication need and how the plan is made understandable (interpreter, easy-read); and, for a
 * supervision order, the court agreement (who makes the child available, how often and where the social worker meets
 * the child). Each is text, blank when not written yet.
 */
public record PlanContext(
        @Size(max = 4000, message = "Give the strengths in at most 4,000 characters") String strengths,
        @Size(max = 4000, message = "Give the protective factors in at most 4,000 characters") String protectiveFactors,
        @Size(max = 4000, message = "Give the risks in at most 4,000 characters") String risks,
        @Size(max = 4000, message = "Give the grey areas in at most 4,000 characters") String greyAreas,
        @Size(max = 4000, message = "Say how sustainable the targets are in at most 4,000 characters") String targetSustainability,
        @Size(max = 4000, message = "Say whether a Family Group Conference was considered in at most 4,000 characters")
        String familyGroupConference,
        @Size(max = 4000, message = "Describe any young carers in at most 4,000 characters") String youngCarers,
        @Size(max = 4000, message = "Say how the plan is made understandable in at most 4,000 characters") String madeUnderstandable,
        @Size(max = 4000, message = "Give the court agreement in at most 4,000 characters") String courtAgreement)
        implements Serializable {

    /** Nothing written yet. */
    public static PlanContext none() {
        return new PlanContext(null, null, null, null, null, null, null, null, null);
    }
}
