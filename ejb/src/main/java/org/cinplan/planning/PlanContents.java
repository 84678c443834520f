package org.cinplan.planning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.List;

/**
 * What a CIN plan holds (RULES.md "Contents"): the child's needs; SMART outcomes; actions; services and resources;
 * the child's and the family's views; roles and responsibilities, including how often professionals see the child
 * and family; a contingency plan; the bottom line; review points; the distribution list; and the rest of version 2's
 * contents ({@link PlanContext}).
 */
public record PlanContents(
        @Size(max = 4000, message = "Describe the child's needs in at most 4,000 characters") String needs,
        @Valid @Size(max = 30, message = "A plan holds at most 30 outcomes") List<SmartOutcome> outcomes,
        @Valid @Size(max = 60, message = "A plan holds at most 60 actions") List<PlanAction> actions,
        @Valid @Size(max = 30, message = "A plan holds at most 30 services") List<ServiceProvision> services,
        @Size(max = 4000, message = "Give the child's views in at most 4,000 characters") String childViews,
        @Size(max = 4000, message = "Give the family's views in at most 4,000 characters") String familyViews,
        @Size(max = 4000, message = "Give the roles and responsibilities in at most 4,000 characters") String rolesAndResponsibilities,
        @Size(max = 4000, message = "Give the contingency plan in at most 4,000 characters") String contingency,
        @Size(max = 4000, message = "Give the bottom line in at most 4,000 characters") String bottomLine,
        @Size(max = 4000, message = "Give the review points in at most 4,000 characters") String reviewPoints,
        @Valid @Size(max = 40, message = "A distribution list holds at most 40 recipients") List<PlanRecipient> recipients,
        @Valid PlanContext context)
        implements Serializable {

    /** Contents with nothing of {@link PlanContext} written yet. */
    public PlanContents(String needs, List<SmartOutcome> outcomes, List<PlanAction> actions, List<ServiceProvision> services,
                        String childViews, String familyViews, String rolesAndResponsibilities, String contingency,
                        String bottomLine, String reviewPoints, List<PlanRecipient> recipients) {
        this(needs, outcomes, actions, services, childViews, familyViews, rolesAndResponsibilities, contingency, bottomLine,
                reviewPoints, recipients, PlanContext.none());
    }

    public PlanContents {
        context = context == null ? PlanContext.none() : context;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        actions = actions == null ? List.of() : List.copyOf(actions);
        services = services == null ? List.of() : List.copyOf(services);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The same contents with these services and this distribution list. */
    PlanContents with(List<ServiceProvision> newServices, List<PlanRecipient> newRecipients) {
        return new PlanContents(needs, outcomes, actions, newServices, childViews, familyViews, rolesAndResponsibilities,
                contingency, bottomLine, reviewPoints, newRecipients, context);
    }

    /** A plan with nothing in it yet: where a first draft starts. */
    public static PlanContents none() {
        return new PlanContents(null, List.of(), List.of(), List.of(), null, null, null, null, null, null, List.of());
    }
}
