package org.cinplan.planning;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's CIN plan as the plan page shows it. {@code lockVersion} is what a change must quote, so a change made
 * meanwhile by someone else is refused rather than overwritten; it and the versions are empty when the case has no
 * plan yet. Versions are newest first. {@code callerMayApprove}: the caller may approve the version waiting for
 * approval (an approver who did not write or submit it); {@code callerMayDecideBudgets}: the caller is a budget holder
 * of the council who may decide the budgets it asks for.
 */
public record PlanView(long episodeId, String childName, String council, Integer lockVersion,
                       List<PlanVersionView> versions, boolean callerMayApprove, boolean callerMayDecideBudgets,
                       boolean supervisionOrder, LocalDate orderStart, LocalDate orderEnd)
        implements Serializable {

    public boolean hasPlan() {
        return !versions.isEmpty();
    }

    /** The newest version; null when there is no plan yet. */
    public PlanVersionView latest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    /** The version in force; null until one has been approved. */
    public PlanVersionView inForce() {
        return versions.stream().filter(PlanVersionView::isApproved).findFirst().orElse(null);
    }

    /** Whether the worker can edit: no plan yet, or the newest version is a draft. */
    public boolean isEditable() {
        return versions.isEmpty() || latest().isDraft();
    }

    /** Whether a new draft can start: the newest version was approved or returned. */
    public boolean isNewDraftPossible() {
        return !versions.isEmpty() && !latest().isDraft() && !latest().isSubmitted();
    }

    public boolean isAwaitingApproval() {
        return !versions.isEmpty() && latest().isSubmitted();
    }
}
