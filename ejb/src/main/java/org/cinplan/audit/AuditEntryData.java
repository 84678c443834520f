package org.cinplan.audit;

import java.time.Instant;

/**
 * One audit entry exactly as stored, for checking the chain. The action and outcome are the stored names
 * (not enums) so that a row altered to hold an unknown name is reported as altered rather than failing to load.
 */
public record AuditEntryData(long sequenceNo, Instant occurredAt, String actor, String action, String recordType,
                             String recordId, Long childId, String detail, String outcome, String previousHash,
                             String entryHash) {
}
