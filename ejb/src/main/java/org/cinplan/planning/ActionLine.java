package org.cinplan.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A {@link PlanAction} as a version stores it. */
@Embeddable
class ActionLine extends PlanLine<PlanAction> {

    @Column(name = "action_text", nullable = false, length = 500)
    private String action;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind", nullable = false, length = 10)
    private OwnerKind ownerKind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status;

    protected ActionLine() {
    }

    ActionLine(PlanAction value) {
        this.action = value.action().strip();
        this.owner = value.owner().strip();
        this.ownerKind = value.ownerKind();
        this.dueDate = value.dueDate();
        this.status = value.status();
    }

    @Override
    PlanAction value() {
        return new PlanAction(action, owner, ownerKind, dueDate, status);
    }
}
