package org.cinplan.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import org.cinplan.schedule.RuleId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Each team's on-time counts per rule, added up from its cases' stored summaries, kept on this server for a minute (and
 * the day) so that the dashboards of many managers at once add up the summaries of a team once, not once a view: over
 * a council's thousands of cases that sum costs Derby about a second. A change to a case forgets its team's counts
 * ({@link TeamTallyEviction}), so the manager who looks next sees it; other servers see it within the minute.
 */
@ApplicationScoped
class TeamTallies {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    /** Per rule: fell due and on time over 3 months, fell due and on time over 12. */
    record Counts(Map<RuleId, int[]> byRule) {
    }

    private record Kept(LocalDate day, Instant at, Counts counts) {
        boolean standsFor(LocalDate today, Instant now) {
            return day.equals(today) && at.plus(KEPT_FOR).isAfter(now);
        }
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    /** One view at a time adds up what is missing: the others then find it kept, rather than all adding it up at once. */
    private final ReentrantLock addingUp = new ReentrantLock();

    /**
     * The teams' counts added together; the teams whose counts are not kept are added up by {@code addUp} (given those
     * teams, it answers for each of them).
     */
    OnTimeTally tally(List<Long> teams, LocalDate today, Instant now, Function<List<Long>, Map<Long, Counts>> addUp) {
        if (!teams.stream().allMatch(team -> stands(team, today, now))) {
            addingUp.lock();
            try {
                List<Long> missing = teams.stream().filter(team -> !stands(team, today, now)).toList();
                if (!missing.isEmpty()) {
                    Map<Long, Counts> added = addUp.apply(missing);
                    missing.forEach(team -> kept.put(team, new Kept(today, now,
                            added.getOrDefault(team, new Counts(Map.of())))));
                }
            } finally {
                addingUp.unlock();
            }
        }
        OnTimeTally tally = new OnTimeTally();
        teams.forEach(team -> kept.get(team).counts().byRule().forEach(
                (rule, counts) -> tally.add(rule, counts[0], counts[1], counts[2], counts[3])));
        return tally;
    }

    void forget(long team) {
        kept.remove(team);
    }

    private boolean stands(long team, LocalDate today, Instant now) {
        Kept found = kept.get(team);
        return found != null && found.standsFor(today, now);
    }
}
