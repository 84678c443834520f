package org.cinplan.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A {@code ChildProtectionPlans} group with its one {@code Reviews} group of review dates. */
public record ChildProtectionPlan(LocalDate startDate, LocalDate endDate, String initialCategoryOfAbuse,
                                  String latestCategoryOfAbuse, Integer numberOfPreviousCpp, List<LocalDate> reviews) {

    public ChildProtectionPlan {
        reviews = List.copyOf(Objects.requireNonNullElse(reviews, List.of()));
    }
}
