package org.cinplan.deadlines;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The deadline engine's results this server keeps per case (see {@link ComputedPerCase}), shared by every request. */
@ApplicationScoped
class KeptResults {

    /** Room for a large council's open cases several times over; each entry is small. */
    private static final int MAX_CASES = 50_000;
    /** Cases whose full deadline list is kept: every occurrence with its explanation, some tens of kilobytes a case. */
    private static final int MAX_CASES_SHOWN = 2_000;

    /** Each case's next open deadline, for caseloads. */
    final ComputedPerCase<Optional<DeadlineView>> nextDeadline = new ComputedPerCase<>(MAX_CASES);

    /**
     * Each case's deadlines as its page shows them, for the cases opened lately: a case's full list is larger, so
     * fewer are kept.
     */
    final ComputedPerCase<List<DeadlineView>> deadlines = new ComputedPerCase<>(MAX_CASES_SHOWN);
}
