package org.cinplan.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The practice manager's answer to a nine-month check that says the plan will not conclude within 12 months. */
public record CheckpointAnswerForm(
        @NotNull(message = "Enter the date of your answer")
        @PastOrPresent(message = "The date of your answer cannot be in the future") LocalDate answeredOn,
        @NotBlank(message = "Say whether child protection processes are needed") @Size(max = 40) String decision,
        @NotBlank(message = "Give the reasons for your answer")
        @Size(max = 2000, message = "The reasons can have at most 2,000 characters") String reasons) implements Serializable {
}
