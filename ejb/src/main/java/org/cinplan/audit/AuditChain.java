package org.cinplan.audit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash chain of the audit trail, in plain Java. An entry's link carries a hash of a canonical text of the
 * entry's fields, its place in the chain and the previous link's hash; the first entry follows
 * {@link #GENESIS_HASH}.
 *
 * <p>Two kinds of hash: entries written before keyed hashing began carry a plain SHA-256 ({@link #SHA_256}), which
 * anyone able to write to the database could recompute after altering a row; every later entry carries an
 * HMAC-SHA256 ({@link #HMAC_SHA_256}) under a key kept outside the database (a Payara password alias), which cannot
 * be recomputed without that key. Once the chain has a keyed entry, a plain one after it is a downgrade and counts
 * as altered.
 *
 * <p>The canonical text is unambiguous: a version tag, then each field in a fixed order as {@code ~} for null or
 * {@code <length>:<text>} (length in UTF-16 chars), so no choice of field contents can make two different entries
 * serialise alike. Times are UTC, truncated to microseconds and always written with six decimals, so a database
 * that keeps microseconds (PostgreSQL) or more (Derby) gives back a time that hashes the same.
 */
final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);
    /** The plain hash of the entries written before keyed hashing (migration V26 keeps them as they were). */
    public static final String SHA_256 = "SHA-256";
    /** The keyed hash of every entry linked since. */
    public static final String HMAC_SHA_256 = "HMAC-SHA256";

    private static final String VERSION_TAG = "cinplan-audit-1";
    private static final String KEYED_VERSION_TAG = "cinplan-audit-hmac-1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** The time as the chain keeps it: truncated to microseconds. */
    public static Instant toChainPrecision(Instant time) {
        return Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MICROS);
    }

    /** The canonical text that a plain (SHA-256) entry's hash covers: every field but the entry's own hash. */
    public static String canonical(long sequenceNo, Instant occurredAt, String actor, String action, String recordType,
                                   String recordId, Long childId, String detail, String outcome, String previousHash) {
        StringBuilder text = new StringBuilder(256).append(VERSION_TAG).append('|');
        field(text, Long.toString(sequenceNo));
        return fields(text, occurredAt, actor, action, recordType, recordId, childId, detail, outcome, previousHash);
    }

    /** The canonical text that a keyed entry's HMAC covers: also the entry's row id, so a link names one row. */
    static String keyedCanonical(long sequenceNo, long entryId, Instant occurredAt, String actor, String action,
                                 String recordType, String recordId, Long childId, String detail, String outcome,
                                 String previousHash) {
        StringBuilder text = new StringBuilder(256).append(KEYED_VERSION_TAG).append('|');
        field(text, Long.toString(sequenceNo));
        field(text, Long.toString(entryId));
        return fields(text, occurredAt, actor, action, recordType, recordId, childId, detail, outcome, previousHash);
    }

    private static String fields(StringBuilder text, Instant occurredAt, String actor, String action,
                                 String recordType, String recordId, Long childId, String detail, String outcome,
                                 String previousHash) {
        field(text, occurredAt == null ? null : TIME.format(toChainPrecision(occurredAt)));
        field(text, actor);
        field(text, action);
        field(text, recordType);
        field(text, recordId);
        field(text, childId == null ? null : childId.toString());
        field(text, detail);
        field(text, outcome);
        field(text, previousHash);
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('~');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
    }

    /** The plain SHA-256 hash an entry written before keyed hashing carries: 64 lower-case hex digits. */
    public static String hash(long sequenceNo, Instant occurredAt, String actor, String action, String recordType,
                              String recordId, Long childId, String detail, String outcome, String previousHash) {
        return sha256(canonical(sequenceNo, occurredAt, actor, action, recordType, recordId, childId, detail, outcome,
                previousHash));
    }

    /** The HMAC-SHA256 a keyed entry carries under the key: 64 lower-case hex digits. */
    public static String hmac(AuditKey key, long sequenceNo, long entryId, Instant occurredAt, String actor,
                              String action, String recordType, String recordId, Long childId, String detail,
                              String outcome, String previousHash) {
        return key.hmacHex(keyedCanonical(sequenceNo, entryId, occurredAt, actor, action, recordType, recordId,
                childId, detail, outcome, previousHash));
    }

    /** The hash that the stored entry should carry, worked out again from its other fields by its algorithm. */
    public static String expectedHash(AuditEntryData e, AuditKey key) {
        String previous = e.previousHash() == null ? null : trim(e.previousHash());
        if (SHA_256.equals(e.algorithm())) {
            return hash(e.sequenceNo(), e.occurredAt(), e.actor(), e.action(), e.recordType(), e.recordId(),
                    e.childId(), e.detail(), e.outcome(), previous);
        }
        if (HMAC_SHA_256.equals(e.algorithm())) {
            return hmac(key, e.sequenceNo(), e.entryId(), e.occurredAt(), e.actor(), e.action(), e.recordType(),
                    e.recordId(), e.childId(), e.detail(), e.outcome(), previous);
        }
        return null;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String hmacSha256(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    /** Checks a whole chain from its first entry. Entries must come in sequence order. */
    public static ChainVerification verify(Iterable<AuditEntryData> entries, AuditKey key) {
        Verifier verifier = new Verifier(key);
        for (AuditEntryData entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result();
    }

    /**
     * Checks a chain one entry at a time, so that a long chain can be read from the database a page at a time.
     * Stops at the first break; later entries are not looked at.
     */
    public static final class Verifier {

        private final AuditKey key;
        private long expectedSequenceNo;
        private String expectedPreviousHash;
        private long plain;
        private long keyed;
        private ChainVerification broken;

        /** For a chain that starts at its first entry. */
        public Verifier(AuditKey key) {
            this(key, 1, GENESIS_HASH);
        }

        /** For the rest of a chain after an entry already trusted (a checkpoint): its sequence number + 1 and hash. */
        public Verifier(AuditKey key, long firstSequenceNo, String previousHash) {
            this.key = Objects.requireNonNull(key, "key");
            this.expectedSequenceNo = firstSequenceNo;
            this.expectedPreviousHash = Objects.requireNonNull(previousHash, "previous hash");
        }

        /** Checks the next entry; false once the chain is broken (at this entry or before). */
        public boolean accept(AuditEntryData entry) {
            if (broken != null) {
                return false;
            }
            long seq = entry.sequenceNo();
            if (SHA_256.equals(entry.algorithm()) && keyed > 0) {
                return fail(seq, ChainVerification.Problem.ALTERED, "Entry " + seq + " carries a plain SHA-256 hash"
                        + " after keyed hashing began: it has been rewritten by someone without the key.");
            }
            String expected = expectedHash(entry, key);
            if (expected == null || !expected.equals(trim(entry.entryHash()))) {
                return fail(seq, ChainVerification.Problem.ALTERED,
                        "Entry " + seq + " does not match its hash: it has been altered since it was written.");
            }
            if (seq != expectedSequenceNo) {
                return fail(seq, ChainVerification.Problem.MISSING_OR_OUT_OF_ORDER, seq > expectedSequenceNo
                        ? "Entry " + seq + " follows entry " + (expectedSequenceNo - 1) + ": "
                        + (seq - expectedSequenceNo == 1 ? "entry " + expectedSequenceNo + " is"
                        : "entries " + expectedSequenceNo + " to " + (seq - 1) + " are") + " missing."
                        : "Entry " + seq + " comes where entry " + expectedSequenceNo
                        + " should: entries are duplicated or out of order.");
            }
            if (!expectedPreviousHash.equals(trim(entry.previousHash()))) {
                return fail(seq, ChainVerification.Problem.LINK_BROKEN, "Entry " + seq
                        + " does not follow on from the entry before it: an entry has been deleted, inserted or"
                        + " replaced just before it.");
            }
            if (SHA_256.equals(entry.algorithm())) {
                plain++;
            } else {
                keyed++;
            }
            expectedSequenceNo = seq + 1;
            expectedPreviousHash = trim(entry.entryHash());
            return true;
        }

        private boolean fail(long sequenceNo, ChainVerification.Problem problem, String explanation) {
            broken = ChainVerification.broken(plain + keyed, sequenceNo, problem, explanation);
            return false;
        }

        /** The outcome so far. */
        public ChainVerification result() {
            return broken != null ? broken
                    : ChainVerification.intact(plain, keyed, expectedSequenceNo - 1, expectedPreviousHash);
        }

        /** The sequence number of the last entry that checked out (0 before the first). */
        public long lastSequenceNo() {
            return expectedSequenceNo - 1;
        }

        /** The hash of the last entry that checked out ({@link #GENESIS_HASH} before the first). */
        public String lastHash() {
            return expectedPreviousHash;
        }
    }

    /** CHAR(64) columns may come back padded by some drivers; a hash never has spaces of its own. */
    static String trim(String hash) {
        return hash == null ? "" : hash.strip();
    }
}
