package org.cinplan.returns;

import java.time.LocalDate;

/** A {@code CINPlanDates} group: a CIN plan's start and, once it ended, its end. */
public record CinPlanPeriod(LocalDate startDate, LocalDate endDate) {
}
