package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cinplan.admin.StaffMember;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/**
 * A restricted child's record: only the staff named on its access list may open it; anyone else only through
 * break-glass. The family's allocated worker is always named, since they hold the case (to keep them out,
 * reallocate the family first).
 */
@Entity
@Table(name = "record_restriction")
public class RecordRestriction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RestrictionReason reason;

    @Column(name = "restricted_at", nullable = false)
    private LocalDateTime restrictedAt;

    @Column(name = "restricted_by", nullable = false, length = 60)
    private String restrictedBy;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "record_restriction_person", joinColumns = @JoinColumn(name = "restriction_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    private Set<StaffMember> named = new HashSet<>();

    @Version
    @Column(name = "row_version")
    private int version;

    protected RecordRestriction() {
    }

    /** Restricts the child's record; the allocated worker (if any) is named at once. Times in UTC. */
    public RecordRestriction(Child child, RestrictionReason reason, String restrictedBy, LocalDateTime restrictedAt) {
        this.child = Objects.requireNonNull(child, "which child?");
        this.reason = Objects.requireNonNull(reason, "Choose why the record is restricted");
        this.restrictedBy = Objects.requireNonNull(restrictedBy, "restricted by whom?");
        this.restrictedAt = Objects.requireNonNull(restrictedAt, "restricted when?");
        StaffMember worker = child.family().allocatedWorker();
        if (worker != null) {
            named.add(worker);
        }
    }

    /** Adds a person to the access list; naming someone twice changes nothing. */
    public void name(StaffMember person) {
        named.add(Objects.requireNonNull(person, "whom?"));
    }

    /** Takes a person off the access list; never the allocated worker, who holds the case. */
    public void removeName(StaffMember person) {
        StaffMember worker = child.family().allocatedWorker();
        if (worker != null && worker.id().equals(person.id())) {
            throw new BusinessRuleViolation("ALLOCATED_WORKER_ON_ACCESS_LIST",
                    person.fullName() + " is the allocated worker and stays on the access list:"
                    + " reallocate the family first");
        }
        if (!named.removeIf(s -> s.id().equals(person.id()))) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, person.fullName() + " is not on the access list");
        }
    }

    /**
     * The access list follows the family to its new worker: the previous worker comes off it (unless they are the new
     * one) and the new worker goes on. Returns whether the list changed.
     */
    public boolean followAllocation(StaffMember previous, StaffMember next) {
        Objects.requireNonNull(next, "to whom?");
        boolean removed = previous != null && !previous.id().equals(next.id())
                && named.removeIf(s -> s.id().equals(previous.id()));
        boolean added = !isNamed(next) && named.add(next);
        return removed || added;
    }

    /** The usernames on the access list, sorted, for the audit trail. */
    public String accessListInWords() {
        return String.join(", ", named.stream().map(StaffMember::username).sorted().toList());
    }

    public void changeReason(RestrictionReason newReason) {
        this.reason = Objects.requireNonNull(newReason, "Choose why the record is restricted");
    }

    public boolean isNamed(StaffMember person) {
        return person != null && named.stream().anyMatch(s -> s.id().equals(person.id()));
    }

    public Long id() {
        return id;
    }

    public Child child() {
        return child;
    }

    public RestrictionReason reason() {
        return reason;
    }

    public LocalDateTime restrictedAt() {
        return restrictedAt;
    }

    public String restrictedBy() {
        return restrictedBy;
    }

    public Set<StaffMember> named() {
        return Collections.unmodifiableSet(named);
    }
}
