package org.cinplan.schedule;

import java.time.LocalDate;

/** One bank holiday as published by GOV.UK. */
public record BankHoliday(LocalDate date, String title) {
    public BankHoliday {
        Guard.required(date, "bank holiday date is required");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("The bank holiday on " + date + " needs a title");
        }
    }
}
