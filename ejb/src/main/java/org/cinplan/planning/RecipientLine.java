package org.cinplan.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A {@link PlanRecipient} as a version stores it. */
@Embeddable
class RecipientLine extends PlanLine<PlanRecipient> {

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, length = 30)
    private RecipientKind kind;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "recipient_email", length = 254)
    private String email;

    protected RecipientLine() {
    }

    RecipientLine(PlanRecipient value) {
        this.name = value.name().strip();
        this.kind = value.kind();
        this.sentOn = value.sentOn();
        this.email = value.email() == null || value.email().isBlank() ? null : value.email().strip();
    }

    @Override
    PlanRecipient value() {
        return new PlanRecipient(name, kind, sentOn, email);
    }
}
