package org.cinplan.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** A {@link SmartOutcome} as a version stores it. */
@Embeddable
class OutcomeLine extends PlanLine<SmartOutcome> {

    @Column(name = "outcome", nullable = false, length = 300)
    private String outcome;

    @Column(name = "how_measured", nullable = false, length = 1000)
    private String howMeasured;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    protected OutcomeLine() {
    }

    OutcomeLine(SmartOutcome value) {
        this.outcome = value.outcome().strip();
        this.howMeasured = value.howMeasured().strip();
        this.targetDate = value.targetDate();
    }

    @Override
    SmartOutcome value() {
        return new SmartOutcome(outcome, howMeasured, targetDate);
    }
}
