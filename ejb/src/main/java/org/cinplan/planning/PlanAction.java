package org.cinplan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** An action of the plan: what is to be done, by which person or agency, by when, and where it stands. */
public record PlanAction(
        @NotBlank(message = "Each action needs a description") @Size(max = 500, message = "Describe an action in at most 500 characters")
        String action,
        @NotBlank(message = "Each action needs the person or agency responsible") @Size(max = 200, message = "Name the person or agency in at most 200 characters")
        String owner,
        @NotNull(message = "Say whether each action's owner is a person or an agency") OwnerKind ownerKind,
        @NotNull(message = "Each action needs a due date") LocalDate dueDate,
        @NotNull(message = "Each action needs a status") ActionStatus status) implements Serializable {
}
