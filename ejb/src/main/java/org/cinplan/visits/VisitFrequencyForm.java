package org.cinplan.visits;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.VisitFrequency;

import java.io.Serializable;
import java.time.LocalDate;

/** A visit frequency agreed at the initial meeting, or raised for risk (with what risk). */
public record VisitFrequencyForm(
        @NotNull(message = "Say how often") @Min(value = 1, message = "Visit at least once in the interval")
        @Max(value = 26, message = "Give an interval of at most 26") Integer amount,
        @NotNull(message = "Choose weeks, working days or days") PeriodUnit unit,
        @NotNull(message = "Enter the day it was agreed") @PastOrPresent(message = "The day it was agreed cannot be in the future")
        LocalDate agreedOn,
        @NotNull(message = "Say whether it was agreed at the initial meeting or raised for risk") VisitFrequency.Basis basis,
        @Size(max = 1000, message = "Say why in at most 1,000 characters") String reason) implements Serializable {
}
