package org.cinplan.alerts;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** When another sweep may take the guard over: never while the holder's heartbeat goes on, soon after it stops. */
class SweepGuardTest {

    private static final long HOLDER = 42L;
    private static final Clock SWEEP_STARTS = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

    private static LocalDateTime at(Duration sinceTheSweepStarted) {
        return LocalDateTime.now(Clock.offset(SWEEP_STARTS, sinceTheSweepStarted));
    }

    @Test
    void aFreeGuardIsTakenAtOnce() {
        assertThat(SweepGuard.mayTake(null, null, at(Duration.ZERO))).isTrue();
    }

    @Test
    void aSweepThatKeepsItsHeartbeatIsNeverTakenOverHoweverLongItRuns() {
        LocalDateTime lastBeat = at(Duration.ZERO);
        for (Duration running = Duration.ZERO; running.compareTo(Duration.ofHours(12)) <= 0;
             running = running.plusSeconds(20)) {
            LocalDateTime now = at(running);
            if (!lastBeat.plus(SweepGuard.HEARTBEAT_EVERY).isAfter(now)) {
                lastBeat = now;
            }
            assertThat(SweepGuard.mayTake(HOLDER, lastBeat, now)).as("after %s", running).isFalse();
        }
    }

    @Test
    void aGuardWhoseHeartbeatStoppedIsTakenOverAfterTheBoundedTimeAndNotBefore() {
        LocalDateTime lastBeat = at(Duration.ofHours(5));

        assertThat(SweepGuard.mayTake(HOLDER, lastBeat, at(Duration.ofHours(5).plus(SweepGuard.TAKEOVER_AFTER)))).isFalse();
        assertThat(SweepGuard.mayTake(HOLDER, lastBeat,
                at(Duration.ofHours(5).plus(SweepGuard.TAKEOVER_AFTER).plusSeconds(1)))).isTrue();
    }

    @Test
    void severalHeartbeatsFitInTheTakeoverTimeSoOneLateBeatLosesNothing() {
        assertThat(SweepGuard.HEARTBEAT_EVERY.multipliedBy(3)).isLessThan(SweepGuard.TAKEOVER_AFTER);
    }
}
