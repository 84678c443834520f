package org.cinplan.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** An {@code Assessments} group: started, reviewed internally, authorised, and the factors it identified. */
public record CensusAssessment(LocalDate actualStartDate, LocalDate internalReviewDate, LocalDate authorisationDate,
                               List<String> factors) {

    public CensusAssessment {
        factors = List.copyOf(Objects.requireNonNullElse(factors, List.of()));
    }
}
