package org.cinplan.alerts;

import java.util.Set;

/** What one batch of a sweep did. */
public record SweepTally(int casesExamined, int raised, int resolved, int escalated, int failures,
                  Set<String> profileVersions) {
}
