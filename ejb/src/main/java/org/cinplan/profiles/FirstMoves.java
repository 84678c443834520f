package org.cinplan.profiles;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first moves, by new due date, of however many a preview offers, holding no more than its limit at any time: a
 * preview over a large council shows (and keeps in memory) a bounded list, with the count of all of them.
 */
final class FirstMoves {

    static final Comparator<DeadlineMove> ORDER = Comparator
            .comparing(DeadlineMove::newDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(DeadlineMove::episodeId)
            .thenComparing(DeadlineMove::ruleId)
            .thenComparing(DeadlineMove::occurrence, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final int limit;
    /** The latest kept at its head, to be dropped when an earlier one comes. */
    private final PriorityQueue<DeadlineMove> kept = new PriorityQueue<>(ORDER.reversed());
    private int offered;

    FirstMoves(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("Keep at least one move");
        }
        this.limit = limit;
    }

    void offer(DeadlineMove move) {
        offered++;
        kept.add(move);
        if (kept.size() > limit) {
            kept.poll();
        }
    }

    /** How many were offered in all. */
    int offered() {
        return offered;
    }

    /** The first of them, earliest new due date first. */
    List<DeadlineMove> first() {
        return kept.stream().sorted(ORDER).toList();
    }
}
