package org.cinplan.planning;

import jakarta.persistence.EntityManager;
import org.cinplan.casework.Episode;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a plan as pages show it: its state, who wrote, submitted and decided it (times in UTC), the
 * approver's comments, the family's sign-off, its contents, and what changed since the version before.
 */
public record PlanVersionView(int number, VersionStatus status, String statusLabel, String createdBy,
                              LocalDateTime createdAt, String submittedBy, LocalDateTime submittedAt, String decidedBy,
                              LocalDateTime decidedAt, String decisionComments, String familySignedOffBy,
                              LocalDate familySignedOffOn, PlanContents contents, List<String> changes)
        implements Serializable {

    /** Every version of the plan, newest first, each with what changed since the one before; none without a plan. */
    static List<PlanVersionView> newestFirst(CinPlan plan) {
        List<PlanVersionView> versions = new ArrayList<>();
        if (plan != null) {
            PlanVersion previous = null;
            for (PlanVersion version : plan.versions()) {
                versions.add(0, PlanVersionView.of(version, previous));
                previous = version;
            }
        }
        return List.copyOf(versions);
    }

    /**
     * The versions of the episode's plan, newest first, read without any access check or audit entry: for a service
     * of another business area (documents) that has already checked the caller may read the case, and audits itself.
     */
    public static List<PlanVersionView> ofEpisode(EntityManager em, Episode episode) {
        return newestFirst(em.createQuery("select p from CinPlan p where p.episode = :e", CinPlan.class)
                .setParameter("e", episode).getResultStream().findFirst().orElse(null));
    }

    static PlanVersionView of(PlanVersion version, PlanVersion previous) {
        List<String> changes = previous == null
                ? List.of("First version of the plan")
                : PlanChanges.between(previous.contents(), version.contents());
        return new PlanVersionView(version.number(), version.status(), version.status().label(), version.createdBy(),
                version.createdAt(), version.submittedBy(), version.submittedAt(), version.decidedBy(),
                version.decidedAt(), version.decisionComments(), version.familySignedOffBy(),
                version.familySignedOffOn(), version.contents(),
                changes.isEmpty() ? List.of("No change to the plan's contents") : changes);
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == VersionStatus.SUBMITTED;
    }

    public boolean isApproved() {
        return status == VersionStatus.APPROVED;
    }
}
