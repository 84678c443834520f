package org.cinplan.alerts;

import jakarta.persistence.Query;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The parts of the cases a sweep reads, each paged through in id order with a condition an index answers (an OR of
 * them would make the database read every case). The parts of one scope never overlap.
 */
enum SweepSlice {
    /** Every open case (a full sweep). */
    OPEN(Bound.NOTHING, "SELECT e.id FROM episode e WHERE e.closure_date IS NULL"),
    /** Open cases never checked, or changed since their last check (a change clears the next-check date). */
    OPEN_UNCHECKED(Bound.NOTHING, "SELECT e.id FROM episode e " + derbyIndex("IX_EPISODE_OPEN_CHECK")
            + "WHERE e.closure_date IS NULL AND e.next_check_on IS NULL"),
    /** Open cases that have reached the day one of their deadlines moves on. */
    OPEN_CHECK_DUE(Bound.TODAY, "SELECT e.id FROM episode e " + derbyIndex("IX_EPISODE_OPEN_CHECK")
            + "WHERE e.closure_date IS NULL AND e.next_check_on <= ?"),
    /** Closed cases that still have an open alert (it must be resolved). */
    CLOSED_WITH_OPEN_ALERTS(Bound.NOTHING, "SELECT DISTINCT e.id FROM episode e JOIN alert a ON a.episode_id = e.id"
            + " WHERE e.closure_date IS NOT NULL AND a.state <> 'RESOLVED'"),
    /**
     * As {@link #CLOSED_WITH_OPEN_ALERTS}, closed or changed between the last sweep's start and this one's: found
     * through the cases changed then, not by reading every closed case. (The upper bound keeps the index range
     * closed: cases never marked changed sort after every date. A case changed during this sweep is read by the next.)
     */
    CLOSED_CHANGED_WITH_OPEN_ALERTS(Bound.CHANGED, "SELECT DISTINCT e.id FROM episode e "
            + derbyIndex("IX_EPISODE_CHANGED") + "JOIN alert a ON a.episode_id = e.id"
            + " WHERE e.last_changed_at >= ? AND e.last_changed_at < ? AND e.closure_date IS NOT NULL"
            + " AND a.state <> 'RESOLVED'");

    /** What a slice's condition is bound to, before the id after which a page starts. */
    enum Bound { NOTHING, TODAY, CHANGED }

    private final Bound bound;
    private final String select;

    SweepSlice(Bound bound, String select) {
        this.bound = bound;
        this.select = select;
    }

    /**
     * Derby's optimizer cannot tell how few cases a bound date selects and scans the whole table; this comment tells
     * it which index to use. Other databases read it as the comment it is.
     */
    private static String derbyIndex(String index) {
        return "--DERBY-PROPERTIES index=" + index + "\n";
    }

    /** The page after the given id, in id order (positional parameters, bound by {@link #bind}). */
    String query() {
        return select + " AND e.id > ? ORDER BY e.id";
    }

    /** Binds the slice's own values (today, or the window of changes), then the id after which the page starts. */
    Query bind(Query query, LocalDate today, LocalDateTime changedFrom, LocalDateTime changedBefore, long after) {
        int position = 1;
        switch (bound) {
            case TODAY -> query.setParameter(position++, Date.valueOf(today));
            case CHANGED -> {
                query.setParameter(position++, Timestamp.valueOf(changedFrom));
                query.setParameter(position++, Timestamp.valueOf(changedBefore));
            }
            case NOTHING -> { }
        }
        return query.setParameter(position, after);
    }

    static List<SweepSlice> of(SweepScope scope) {
        return switch (scope) {
            case FULL -> List.of(OPEN, CLOSED_WITH_OPEN_ALERTS);
            case INCREMENTAL -> List.of(OPEN_UNCHECKED, OPEN_CHECK_DUE, CLOSED_CHANGED_WITH_OPEN_ALERTS);
            case CASE, COUNCIL, CALENDAR -> throw new IllegalArgumentException(scope + " sweeps are not paged by slice");
        };
    }
}
