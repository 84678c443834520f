package org.cinplan.audit;

import java.time.Instant;

/**
 * An audit entry as search pages and exports show it. Action and outcome are the stored names of
 * {@link AuditAction} and {@link AuditOutcome}; {@link #actionLabel()} gives a person's wording.
 *
 * @param entryId    the entry's number as written
 * @param sequenceNo its place in the chain; null for the few seconds until the chainer links it
 */
public record AuditEntryView(long entryId, Long sequenceNo, Instant occurredAt, String actor, String action,
                             String recordType, String recordId, Long childId, String detail, String outcome) {

    /** The action in words, or the stored name when it is not one this version knows. */
    public String actionLabel() {
        for (AuditAction known : AuditAction.values()) {
            if (known.name().equals(action)) {
                return known.label();
            }
        }
        return action;
    }
}
