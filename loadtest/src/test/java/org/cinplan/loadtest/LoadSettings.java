package org.cinplan.loadtest;

import io.gatling.javaapi.core.OpenInjectionStep;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

/**
 * The load test's parameters, from system properties ({@code -Dsessions=50 -Dduration=300}), with the bounds every
 * run keeps: it only ever talks to this machine, and it stops by itself after its duration or its request budget.
 */
final class LoadSettings {

    /** Sessions that start (sign in) each second. */
    static final int SIGN_INS_PER_SECOND = 5;

    /** The cinplan the run command starts; only a loopback address is accepted. */
    final String base;
    /** Signed-in sessions working at once. */
    final int sessions;
    /** How long they work, in seconds. */
    final Duration duration;
    /** The most requests a run sends in all; each session gets its share. */
    final int maxRequests;

    private LoadSettings(String base, int sessions, Duration duration, int maxRequests) {
        this.base = base;
        this.sessions = sessions;
        this.duration = duration;
        this.maxRequests = maxRequests;
    }

    static LoadSettings fromSystemProperties(int defaultSessions) {
        String base = System.getProperty("base", "http://localhost:8080/cinplan/");
        if (!base.endsWith("/")) {
            base = base + "/";
        }
        requireLoopback(base);
        int sessions = Integer.getInteger("sessions", defaultSessions);
        long seconds = Long.getLong("duration", 300);
        if (sessions < 1 || sessions > 500 || seconds < 5 || seconds > 3600) {
            throw new IllegalArgumentException("sessions must be 1 to 500 and duration 5 to 3600 seconds");
        }
        int maxRequests = Integer.getInteger("maxRequests", 2_000_000);
        return new LoadSettings(base, sessions, Duration.ofSeconds(seconds), maxRequests);
    }

    /** Iterations one session may run before it stops, whatever the time left. */
    int iterationsPerSession(int requestsPerIteration) {
        return Math.max(1, maxRequests / sessions / requestsPerIteration);
    }

    /**
     * How the sessions start: signing in a few a second, not all at once. Many sessions share a username (half are
     * sw.demo), and cinplan's sign-in throttle refuses a sixth attempt for one username while five are still being
     * checked (README, "Sign-in protection"); 50 sign-ins at one instant had one refused, and that session's every
     * request then failed.
     */
    OpenInjectionStep signIns(int sessionCount) {
        // Whole seconds: a ramp shorter than one (two managers in 400 ms) never started its sessions in Gatling 3.14.
        return rampUsers(sessionCount).during(Duration.ofSeconds(
                Math.max(1, (sessionCount + SIGN_INS_PER_SECOND - 1) / SIGN_INS_PER_SECOND)));
    }

    /** A run ends by itself: the sessions' loops end at {@link #duration}, and this is the hard stop behind it. */
    Duration hardStop() {
        return duration.plusSeconds(60 + sessions / SIGN_INS_PER_SECOND);
    }

    private static void requireLoopback(String base) {
        String host = URI.create(base).getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("The load test only targets this machine (localhost), not " + host);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host " + host, e);
        }
    }
}
