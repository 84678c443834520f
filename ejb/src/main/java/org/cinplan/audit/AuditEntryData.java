package org.cinplan.audit;

import java.time.Instant;

/**
 * One audit entry and its link in the chain exactly as stored, for checking the chain. The action and outcome are
 * the stored names (not enums) so that a row altered to hold an unknown name is reported as altered rather than
 * failing to load.
 *
 * @param sequenceNo the entry's place in the chain
 * @param entryId    the entry's row id
 * @param algorithm  {@link AuditChain#SHA_256} or {@link AuditChain#HMAC_SHA_256}
 */
record AuditEntryData(long sequenceNo, long entryId, String algorithm, Instant occurredAt, String actor,
                             String action, String recordType, String recordId, Long childId, String detail,
                             String outcome, String previousHash, String entryHash) {
}
