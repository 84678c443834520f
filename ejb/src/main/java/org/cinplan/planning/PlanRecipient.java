package org.cinplan.planning;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Someone on the plan's distribution list, the date the agreed plan was sent to them (null until then), and the email
 * address documents for them go to (optional; documents go to no other address).
 */
public record PlanRecipient(
        @NotBlank(message = "Each recipient needs a name") @Size(max = 200, message = "Name a recipient in at most 200 characters")
        String name,
        @NotNull(message = "Say who each recipient is (parent, child, agency, ...)") RecipientKind kind,
        LocalDate sentOn,
        @Email(message = "Enter a recipient's email address such as name@example.org, or leave it empty")
        @Size(max = 254, message = "An email address can have at most 254 characters") String email)
        implements Serializable {

    /** A recipient with no email address. */
    public PlanRecipient(String name, RecipientKind kind, LocalDate sentOn) {
        this(name, kind, sentOn, null);
    }

    /** The same recipient, sent the plan on this date (null: not yet). */
    public PlanRecipient sent(LocalDate on) {
        return new PlanRecipient(name, kind, on, email);
    }
}
