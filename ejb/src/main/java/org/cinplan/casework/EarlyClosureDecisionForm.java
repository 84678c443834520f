package org.cinplan.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A manager's decision that a plan after step-down from child protection may close early, as they type it. */
public record EarlyClosureDecisionForm(
        @NotNull(message = "Enter the date of the decision")
        @PastOrPresent(message = "The date of the decision cannot be in the future") LocalDate decidedOn,
        @NotBlank(message = "Give the reason the plan may close early")
        @Size(max = 2000, message = "The reason can have at most 2,000 characters") String reason) implements Serializable {
}
