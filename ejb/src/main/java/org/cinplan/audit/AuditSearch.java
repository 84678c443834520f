package org.cinplan.audit;

import org.cinplan.platform.ClockProducer;
import org.cinplan.platform.RequestedPeriod;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What to look for in the audit trail; a null criterion matches everything. A period has both ends or neither, and
 * covers at most {@value RequestedPeriod#LONGEST_DAYS} days of the council's calendar ({@link RequestedPeriod}).
 *
 * @param actor   entries by this person (username, exact)
 * @param childId entries about this child
 * @param action  entries of this kind
 * @param from    entries at or after this time
 * @param until   entries before this time (the start of the day after the period's last)
 */
public record AuditSearch(String actor, Long childId, AuditAction action, Instant from, Instant until) {

    public AuditSearch {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        RequestedPeriod.requireBothOrNeither("The audit search", day(from), until == null ? null : day(until.minusNanos(1)));
    }

    private static LocalDate day(Instant time) {
        return time == null ? null : LocalDate.ofInstant(time, ClockProducer.COUNCIL_ZONE);
    }

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null);
    }

    public AuditSearch byActor(String who) {
        return new AuditSearch(who, childId, action, from, until);
    }

    public AuditSearch aboutChild(Long child) {
        return new AuditSearch(actor, child, action, from, until);
    }

    public AuditSearch ofAction(AuditAction kind) {
        return new AuditSearch(actor, childId, kind, from, until);
    }

    public AuditSearch between(Instant start, Instant end) {
        return new AuditSearch(actor, childId, action, start, end);
    }

    /** The criteria in words, for the audit entry that records an export. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (actor != null) text.append("person=").append(actor).append("; ");
        if (childId != null) text.append("child=").append(childId).append("; ");
        if (action != null) text.append("action=").append(action.name()).append("; ");
        if (from != null) text.append("from=").append(from).append("; ");
        if (until != null) text.append("until=").append(until).append("; ");
        return text.isEmpty() ? "all entries" : text.substring(0, text.length() - 2);
    }
}
