package org.cinplan.deadlines;

import org.cinplan.schedule.ProfileHistory;
import org.cinplan.schedule.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the deadline engine worked out for each case, kept in memory for as long as nothing it came from has changed,
 * so a page over many cases computes only those that changed since it was last shown. A result stands while:
 * <ul>
 * <li>the case's episode has the same version: every change to a case's history moves it on
 *     ({@code Episode.markChanged}, on which the incremental sweep relies too);</li>
 * <li>it is the same day (statuses move with the date);</li>
 * <li>the working-day calendar and the council's profiles are the very objects it was computed with: the catalog
 *     replaces both whenever an administrator changes either, on any server.</li>
 * </ul>
 * Each server keeps its own; a server that has never seen a case computes it. Bounded: past {@code maxCases} it
 * starts afresh.
 */
final class ComputedPerCase<V> {

    /** What a result was computed from. */
    record Stamp(int episodeVersion, LocalDate today, WorkingDayCalendar calendar, ProfileHistory profiles) {

        boolean sameAs(Stamp other) {
            return episodeVersion == other.episodeVersion && today.equals(other.today)
                    && calendar == other.calendar && profiles == other.profiles;
        }
    }

    private record Kept<V>(Stamp stamp, V value) {
    }

    private final int maxCases;
    private final Map<Long, Kept<V>> kept = new ConcurrentHashMap<>();

    ComputedPerCase(int maxCases) {
        this.maxCases = maxCases;
    }

    /** The result kept for the case if it still stands, or null. */
    V get(long episodeId, Stamp stamp) {
        Kept<V> found = kept.get(episodeId);
        return found != null && found.stamp().sameAs(stamp) ? found.value() : null;
    }

    void put(long episodeId, Stamp stamp, V value) {
        if (kept.size() >= maxCases) {
            kept.clear();
        }
        kept.put(episodeId, new Kept<>(stamp, value));
    }
}
