package org.cinplan.web.casework;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.AllocatableWorker;
import org.cinplan.casework.Allocations;
import org.cinplan.casework.FamilyAllocation;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Allocations: a team manager (or an administrator) moves a family, all its children together, to another worker.
 * The choice is made against the allocation as it was when the family was chosen; a change since is refused.
 */
@Named
@ViewScoped
public class AllocationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Allocations allocations;

    private List<FamilyAllocation> families;
    private Long familyId;
    private Integer familyVersion;
    private List<AllocatableWorker> workers = List.of();
    private Long workerId;

    @PostConstruct
    void load() {
        families = allocations.families();
    }

    /** A family was chosen: offer its possible workers, and remember the version its allocation was read at. */
    public void familyChosen() {
        workerId = null;
        familyVersion = families.stream().filter(f -> f.familyId() == (familyId == null ? -1 : familyId))
                .map(FamilyAllocation::version).findFirst().orElse(null);
        List<AllocatableWorker> found = familyId == null ? null
                : FacesMessages.orShowProblem(() -> allocations.workersFor(familyId));
        workers = found == null ? List.of() : found;
    }

    public void reallocate() {
        if (FacesMessages.done(() -> allocations.reallocate(familyId, familyVersion, workerId),
                "The family is reallocated; its children's cases and alerts are the new worker's now.")) {
            familyId = null;
            familyVersion = null;
            workerId = null;
            workers = List.of();
            load();
        }
    }

    public List<FamilyAllocation> getFamilies() {
        return families;
    }

    public List<AllocatableWorker> getWorkers() {
        return workers;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
    }
}
