package org.cinplan.deadlines;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The deadline engine's results this server keeps per case (see {@link ComputedPerCase}), shared by every request. */
@ApplicationScoped
class KeptResults {

    /** Room for a large council's open cases several times over; each entry is small. */
    private static final int MAX_CASES = 50_000;

    /** Each case's next open deadline, for caseloads. */
    final ComputedPerCase<Optional<DeadlineView>> nextDeadline = new ComputedPerCase<>(MAX_CASES);
}
