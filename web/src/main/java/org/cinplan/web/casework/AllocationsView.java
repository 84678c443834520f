package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.AllocatableWorker;
import org.cinplan.casework.Allocations;
import org.cinplan.casework.FamilyAllocation;
import org.cinplan.web.DatabasePage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Allocations: a team manager (or an administrator) chooses a family from the paged table and moves it, all its
 * children together, to another worker. The move is made against the allocation as the table showed it; a change
 * since is refused.
 */
@Named
@ViewScoped
public class AllocationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Allocations allocations;

    private DatabasePage<FamilyAllocation> families;
    private FamilyAllocation chosen;
    private List<AllocatableWorker> workers = List.of();
    private Long workerId;
    private String reason;

    @PostConstruct
    void load() {
        families = new DatabasePage<>(allocations::families, allocations::familyCount);
    }

    /** A family was chosen from the table: offer its possible workers; its allocation is changed as it was read. */
    public void choose(FamilyAllocation family) {
        workerId = null;
        List<AllocatableWorker> found = FacesMessages.orShowProblem(() -> allocations.workersFor(family.familyId()));
        chosen = found == null ? null : family;
        workers = found == null ? List.of() : found;
    }

    public void reallocate() {
        Long familyId = chosen == null ? null : chosen.familyId();
        Integer version = chosen == null ? null : chosen.version();
        String family = chosen == null ? null : chosen.familyName();
        String worker = workers.stream().filter(w -> w.id() == (workerId == null ? -1 : workerId))
                .map(AllocatableWorker::name).findFirst().orElse(null);
        if (FacesMessages.done(() -> allocations.reallocate(familyId, version, workerId, reason),
                "The " + family + " is reallocated to " + worker
                        + "; their children's cases and alerts are " + worker + "'s now.")) {
            chosen = null;
            workerId = null;
            reason = null;
            workers = List.of();
        }
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DatabasePage<FamilyAllocation> getFamilies() {
        return families;
    }

    public FamilyAllocation getChosen() {
        return chosen;
    }

    public List<AllocatableWorker> getWorkers() {
        return workers;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }
}
