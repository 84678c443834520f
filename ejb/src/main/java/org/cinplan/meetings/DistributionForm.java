package org.cinplan.meetings;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** When the minutes of a held meeting were sent, and to whom (MINUTES_DISTRIBUTED). */
public record DistributionForm(
        @NotNull(message = "Enter the date the minutes were sent")
        @PastOrPresent(message = "The date the minutes were sent cannot be in the future") LocalDate sentOn,
        @NotEmpty(message = "Say who the minutes were sent to")
        List<@Size(max = 200, message = "A recipient can have at most 200 characters") String> recipients)
        implements Serializable {
}
