package org.cinplan.audit;

import java.lang.reflect.Field;
import java.time.Instant;

/** Entries as the database would hold them, for tests: the row id the database would give, and a keyed link. */
final class StoredEntries {

    private StoredEntries() {
    }

    /** An entry given the row id, as after the insert. */
    static AuditEntry stored(long rowId, Instant occurredAt, AuditEvent event) {
        AuditEntry entry = AuditEntry.of(occurredAt, event);
        try {
            Field id = AuditEntry.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entry, rowId);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entry;
    }

    /** A stored entry linked after the given one, as the chainer links it. */
    static AuditEntryData linked(long previousSequenceNo, String previousHash, long rowId, Instant occurredAt,
                                 AuditEvent event, AuditKey key) {
        AuditEntry entry = stored(rowId, occurredAt, event);
        return entry.data(AuditLink.following(previousSequenceNo, previousHash, entry, key));
    }
}
