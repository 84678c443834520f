package org.cinplan.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/** A referral as the worker records it. */
public record ReferralForm(
        @NotNull(message = "Enter the date of the referral")
        @PastOrPresent(message = "The date of the referral cannot be in the future") LocalDate receivedOn,
        @NotNull(message = "Choose who referred the child") ReferralSource source,
        @NotNull(message = "Choose the primary need")
        @Pattern(regexp = "N[0-9]", message = "Choose the primary need (N0 to N9)") String primaryNeed,
        @NotBlank(message = "Write a summary of the referral")
        @Size(max = 4000, message = "The summary can be at most 4,000 characters") String summary) implements Serializable {
}
