package org.cinplan.alerts;

import java.util.List;

/**
 * The parts of the cases a sweep reads, each paged through in id order with a condition an index answers (an OR of
 * them would make the database read every case). The parts of one scope never overlap.
 */
enum SweepSlice {
    /** Every open case (a full sweep). */
    OPEN(false, "select e.id from Episode e where e.closureDate is null"),
    /** Open cases never checked, or changed since their last check (a change clears the next-check date). */
    OPEN_UNCHECKED(true, "SELECT e.id FROM episode e " + NextCheckIndex.HINT
            + "WHERE e.closure_date IS NULL AND e.next_check_on IS NULL"),
    /** Open cases that have reached the day one of their deadlines moves on. */
    OPEN_CHECK_DUE(true, "SELECT e.id FROM episode e " + NextCheckIndex.HINT
            + "WHERE e.closure_date IS NULL AND e.next_check_on <= ?"),
    /** Closed cases that still have an open alert (it must be resolved). */
    CLOSED_WITH_OPEN_ALERTS(false, "select distinct e.id from Episode e, Alert a where a.episodeId = e.id"
            + " and e.closureDate is not null and a.state <> org.cinplan.alerts.AlertState.RESOLVED"),
    /** As {@link #CLOSED_WITH_OPEN_ALERTS}, closed or changed since the last sweep. */
    CLOSED_CHANGED_WITH_OPEN_ALERTS(false, CLOSED_WITH_OPEN_ALERTS.select + " and e.lastChangedAt >= :since");

    /**
     * Derby's optimizer cannot tell how few cases a bound next-check date selects and scans the whole table; this
     * comment tells it to use the next-check index. Other databases read it as the comment it is.
     */
    private static final class NextCheckIndex {
        static final String HINT = "--DERBY-PROPERTIES index=IX_EPISODE_NEXT_CHECK\n";
    }

    private final boolean nativeSql;
    private final String select;

    SweepSlice(boolean nativeSql, String select) {
        this.nativeSql = nativeSql;
        this.select = select;
    }

    /** SQL (positional parameters: today where needed, then the id after which the page starts) rather than JPQL. */
    boolean isNativeSql() {
        return nativeSql;
    }

    /** The page after the given id, in id order. */
    String query() {
        return nativeSql ? select + " AND e.id > ? ORDER BY e.id" : select + " and e.id > :after order by e.id";
    }

    boolean needsToday() {
        return nativeSql && select.contains("?");
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
