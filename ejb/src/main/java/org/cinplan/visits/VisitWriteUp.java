package org.cinplan.visits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** The write-up of a visit recorded earlier: the date it went on the child's record and what it says. */
public record VisitWriteUp(
        @NotNull(message = "Choose the visit to write up") Long visitId,
        @NotNull(message = "Enter the date of the write-up")
        @PastOrPresent(message = "The write-up date cannot be in the future") LocalDate writtenUpOn,
        @NotBlank(message = "Write what you observed and its outcomes")
        @Size(max = 4000, message = "Write the observations in at most 4,000 characters") String observations)
        implements Serializable {
}
