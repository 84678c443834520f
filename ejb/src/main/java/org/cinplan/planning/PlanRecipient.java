package org.cinplan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** Someone on the plan's distribution list, and the date the agreed plan was sent to them (null until then). */
public record PlanRecipient(
        @NotBlank(message = "Each recipient needs a name") @Size(max = 200, message = "Name a recipient in at most 200 characters")
        String name,
        @NotNull(message = "Say who each recipient is (parent, child, agency, ...)") RecipientKind kind,
        LocalDate sentOn) implements Serializable {
}
