package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.cinplan.admin.Council;
import org.cinplan.admin.StaffMember;

import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/**
 * A family (household) of children. The allocated worker is held here, not per child, so all children
 * of one family always share one allocated social worker (rule ONE_FAMILY_ONE_WORKER, Suffolk 1).
 */
@Entity
public class Family {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "council_id")
    private Council council;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "allocated_worker_id")
    private StaffMember allocatedWorker;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Family() {
    }

    public Family(Council council, String name) {
        this.council = Objects.requireNonNull(council, "a family belongs to a council");
        if (name == null || name.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "A family name is required");
        }
        this.name = name.strip();
    }

    /** The version a reallocation was decided on: a change since then is refused, never overwritten. */
    public int version() {
        return version;
    }

    /** Allocates every child of the family to one worker. */
    public void allocateTo(StaffMember worker) {
        this.allocatedWorker = Objects.requireNonNull(worker, "an allocation needs a worker");
    }

    public Long id() {
        return id;
    }

    public Council council() {
        return council;
    }

    public String name() {
        return name;
    }

    public StaffMember allocatedWorker() {
        return allocatedWorker;
    }
}
