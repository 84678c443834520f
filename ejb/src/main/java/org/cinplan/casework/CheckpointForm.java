package org.cinplan.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cinplan.schedule.CheckpointKind;

import java.io.Serializable;
import java.time.LocalDate;

/** A management checkpoint as its recorder types it; {@code withStaff}: the service manager of an 18-month review. */
public record CheckpointForm(
        @NotNull(message = "Choose what you are recording") CheckpointKind kind,
        @NotNull(message = "Enter the date of the decision")
        @PastOrPresent(message = "The date of the decision cannot be in the future") LocalDate decidedOn,
        @NotBlank(message = "Choose the decision") @Size(max = 40) String decision,
        @NotBlank(message = "Give the reasons for the decision")
        @Size(max = 2000, message = "The reasons can have at most 2,000 characters") String reasons,
        @NotBlank(message = "Say what the next steps are")
        @Size(max = 2000, message = "The next steps can have at most 2,000 characters") String nextSteps,
        @Size(max = 60) String withStaff) implements Serializable {
}
