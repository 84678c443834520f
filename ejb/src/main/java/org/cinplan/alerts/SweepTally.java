package org.cinplan.alerts;

import java.util.Set;

/** What one batch of a sweep did. */
public record SweepTally(int casesExamined, int raised, int resolved, int escalated, int failures,
                         Set<String> profileVersions) {

    static final SweepTally NOTHING = new SweepTally(0, 0, 0, 0, 0, Set.of());

    static SweepTally oneFailure() {
        return new SweepTally(1, 0, 0, 0, 1, Set.of());
    }

    SweepTally plus(SweepTally other) {
        Set<String> versions = new java.util.TreeSet<>(profileVersions);
        versions.addAll(other.profileVersions);
        return new SweepTally(casesExamined + other.casesExamined, raised + other.raised, resolved + other.resolved,
                escalated + other.escalated, failures + other.failures, versions);
    }
}
