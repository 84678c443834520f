package org.cinplan.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A SMART outcome (safety goal) of the plan: what should be achieved, how it is measured and by when. */
public record SmartOutcome(
        @NotBlank(message = "Each outcome needs a description") @Size(max = 300, message = "Describe an outcome in at most 300 characters")
        String outcome,
        @NotBlank(message = "Say how each outcome is measured") @Size(max = 1000, message = "Say how an outcome is measured in at most 1,000 characters")
        String howMeasured,
        @NotNull(message = "Each outcome needs a target date") LocalDate targetDate) implements Serializable {
}
