package org.cinplan.casework;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** An assessment's completion as the worker types it: the date, the DfE factor codes identified, and the outcome. */
public record AssessmentCompletion(
        @NotNull(message = "Enter the date the assessment was completed")
        @PastOrPresent(message = "The completion date cannot be in the future") LocalDate completedOn,
        @NotEmpty(message = "Choose the factors identified, or 21 No factors identified") List<String> factors,
        @NotNull(message = "Choose the outcome of the assessment") AssessmentOutcome outcome) implements Serializable {
}
