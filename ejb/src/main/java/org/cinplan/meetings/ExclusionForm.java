package org.cinplan.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An exclusion as the minute-taker records it (EXCLUSION_ENDORSED); the endorsing manager is chosen from staff. */
public record ExclusionForm(
        @NotBlank(message = "Name the person who was excluded")
        @Size(max = 120, message = "The excluded person's name can have at most 120 characters") String personName,
        @NotNull(message = "Say whether they were excluded from the meeting or information was withheld") ExclusionScope scope,
        @NotBlank(message = "Give the reason for the exclusion")
        @Size(max = 2000, message = "The reason can have at most 2,000 characters") String reason,
        @NotNull(message = "Choose the Team or Assistant Team Manager who endorsed the exclusion (EXCLUSION_ENDORSED)")
        Long endorsedByStaffId,
        @NotBlank(message = "Record the excluded person's views: they are recorded even when the person is excluded"
                + " (EXCLUSION_ENDORSED)")
        @Size(max = 2000, message = "The excluded person's views can have at most 2,000 characters") String personViews)
        implements Serializable {
}
