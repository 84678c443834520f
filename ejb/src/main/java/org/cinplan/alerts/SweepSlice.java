package org.cinplan.alerts;

import java.util.List;

/**
 * The parts of the cases a sweep reads, each paged through in id order with a condition an index answers (an OR of
 * them would make the database read every case). The parts of one scope never overlap.
 */
enum SweepSlice {
    /** Every open case (a full sweep). */
    OPEN("select e.id from Episode e where e.closureDate is null"),
    /** Open cases never checked, or changed since their last check (a change clears the next-check date). */
    OPEN_UNCHECKED("select e.id from Episode e where e.closureDate is null and e.nextCheckOn is null"),
    /** Open cases that have reached the day one of their deadlines moves on. */
    OPEN_CHECK_DUE("select e.id from Episode e where e.closureDate is null and e.nextCheckOn <= :today"),
    /** Closed cases that still have an open alert (it must be resolved). */
    CLOSED_WITH_OPEN_ALERTS("select distinct e.id from Episode e, Alert a where a.episodeId = e.id"
            + " and e.closureDate is not null and a.state <> org.cinplan.alerts.AlertState.RESOLVED"),
    /** As {@link #CLOSED_WITH_OPEN_ALERTS}, closed or changed since the last sweep. */
    CLOSED_CHANGED_WITH_OPEN_ALERTS(CLOSED_WITH_OPEN_ALERTS.select + " and e.lastChangedAt >= :since");

    private final String select;

    SweepSlice(String select) {
        this.select = select;
    }

    /** The page after {@code :after}, in id order. */
    String jpql() {
        return select + " and e.id > :after order by e.id";
    }

    boolean needsToday() {
        return select.contains(":today");
    }

    boolean needsSince() {
        return select.contains(":since");
    }

    static List<SweepSlice> of(SweepScope scope) {
        return switch (scope) {
            case FULL -> List.of(OPEN, CLOSED_WITH_OPEN_ALERTS);
            case INCREMENTAL -> List.of(OPEN_UNCHECKED, OPEN_CHECK_DUE, CLOSED_CHANGED_WITH_OPEN_ALERTS);
            case CASE, COUNCIL -> throw new IllegalArgumentException(scope + " sweeps are not paged by slice");
        };
    }
}
