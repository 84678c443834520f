package org.cinplan.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cinplan.audit.ChainVerification.Problem.ALTERED;
import static org.cinplan.audit.ChainVerification.Problem.LINK_BROKEN;
import static org.cinplan.audit.ChainVerification.Problem.MISSING_OR_OUT_OF_ORDER;
import static org.cinplan.audit.ChainVerification.Problem.TRUNCATED;

class AuditChainTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00.123456Z");

    static final AuditKey KEY = AuditKey.of("test-key-0123456789abcdefghijklmnopqrstuvwxyz");

    /** A chain of n keyed entries, as stored. */
    static List<AuditEntryData> chain(int n) {
        List<AuditEntryData> entries = new ArrayList<>();
        long seq = 0;
        String hash = AuditChain.GENESIS_HASH;
        for (int i = 0; i < n; i++) {
            AuditEntryData e = StoredEntries.linked(seq, hash, 100 + i, START.plusSeconds(i * 61L), event(i), KEY);
            entries.add(e);
            seq = e.sequenceNo();
            hash = e.entryHash();
        }
        return entries;
    }

    static AuditEvent event(int i) {
        return new AuditEvent("worker" + (i % 3), i % 2 == 0 ? AuditAction.VIEW_RECORD : AuditAction.CHANGE_RECORD,
                "Child", Integer.toString(100 + i), 100L + i, i % 2 == 0 ? null : "given_name: Sam → Samuel",
                AuditOutcome.SUCCESS);
    }

    private static AuditEntryData rehashed(AuditEntryData d) {
        return new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(), d.recordType(), d.recordId(),
                d.childId(), d.detail(), d.outcome(), d.previousHash(), AuditChain.expectedHash(d, KEY));
    }

    @Test
    void aValidChainPasses() {
        ChainVerification result = AuditChain.verify(chain(5), KEY);
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.lastSequenceNo()).isEqualTo(5);
        assertThat(result.lastHash()).isEqualTo(chain(5).get(4).entryHash());
        assertThat(result.firstBrokenSequenceNo()).isNull();
        assertThat(result.explanation()).contains("All 5 entries");
    }

    @Test
    void anEmptyChainIsIntact() {
        ChainVerification result = AuditChain.verify(List.of(), KEY);
        assertThat(result.intact()).isTrue();
        assertThat(result.lastSequenceNo()).isZero();
        assertThat(result.lastHash()).isEqualTo(AuditChain.GENESIS_HASH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequenceNo", "occurredAt", "actor", "action", "recordType", "recordId", "childId",
            "detail", "outcome", "previousHash", "entryHash"})
    void alteringAnyFieldOfAMiddleEntryIsFoundAtThatEntry(String field) {
        List<AuditEntryData> entries = chain(5);
        AuditEntryData d = entries.get(2);
        UnaryOperator<String> change = s -> s == null ? "x" : s + "x";
        AuditEntryData altered = switch (field) {
            case "sequenceNo" -> new AuditEntryData(4, d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(), d.recordType(),
                    d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(), d.entryHash());
            case "occurredAt" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt().plusNanos(1000), d.actor(),
                    d.action(), d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(),
                    d.entryHash());
            case "actor" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), change.apply(d.actor()), d.action(),
                    d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(),
                    d.entryHash());
            case "action" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), "SIGN_OUT",
                    d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(),
                    d.entryHash());
            case "recordType" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(), null,
                    d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(), d.entryHash());
            case "recordId" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), change.apply(d.recordId()), d.childId(), d.detail(), d.outcome(),
                    d.previousHash(), d.entryHash());
            case "childId" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), d.recordId(), null, d.detail(), d.outcome(), d.previousHash(), d.entryHash());
            case "detail" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), d.recordId(), d.childId(), "", d.outcome(), d.previousHash(), d.entryHash());
            case "outcome" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), d.recordId(), d.childId(), d.detail(), "DENIED", d.previousHash(),
                    d.entryHash());
            case "previousHash" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), AuditChain.GENESIS_HASH,
                    d.entryHash());
            case "entryHash" -> new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(),
                    "f".repeat(64));
            default -> throw new IllegalArgumentException(field);
        };
        entries.set(2, altered);

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequenceNo()).isEqualTo(field.equals("sequenceNo") ? 4 : 3);
        assertThat(result.problem()).isEqualTo(ALTERED);
        assertThat(result.entriesChecked()).isEqualTo(2);
        assertThat(result.explanation()).contains("altered");
    }

    @Test
    void alteringAnEntryAndItsHashTogetherBreaksTheLinkToTheNext() {
        List<AuditEntryData> entries = chain(5);
        AuditEntryData d = entries.get(2);
        entries.set(2, rehashed(new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), "someone-else", d.action(),
                d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(), null)));

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.firstBrokenSequenceNo()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(LINK_BROKEN);
    }

    @Test
    void deletingAMiddleEntryIsFoundAtTheEntryAfterIt() {
        List<AuditEntryData> entries = chain(5);
        entries.remove(2);

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequenceNo()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(MISSING_OR_OUT_OF_ORDER);
        assertThat(result.explanation()).isEqualTo("Entry 4 follows entry 2: entry 3 is missing.");
    }

    @Test
    void deletingSeveralEntriesNamesThemAll() {
        List<AuditEntryData> entries = chain(6);
        entries.subList(1, 4).clear();

        assertThat(AuditChain.verify(entries, KEY).explanation())
                .isEqualTo("Entry 5 follows entry 1: entries 2 to 4 are missing.");
    }

    @Test
    void deletingAnEntryAndRenumberingTheRestIsFound() {
        List<AuditEntryData> entries = chain(5);
        entries.remove(2);
        for (int i = 2; i < entries.size(); i++) {
            AuditEntryData d = entries.get(i);
            entries.set(i, rehashed(new AuditEntryData(d.sequenceNo() - 1, d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(),
                    d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(), null)));
        }

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.firstBrokenSequenceNo()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(LINK_BROKEN);
    }

    @Test
    void reorderingEntriesIsFoundAtTheFirstOutOfPlace() {
        List<AuditEntryData> entries = chain(5);
        AuditEntryData third = entries.remove(2);
        entries.add(3, third); // 1, 2, 4, 3, 5

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.firstBrokenSequenceNo()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(MISSING_OR_OUT_OF_ORDER);
    }

    @Test
    void insertingAForgedEntryIsFound() {
        List<AuditEntryData> entries = chain(5);
        AuditEntryData second = entries.get(1);
        AuditEntryData forged = StoredEntries.linked(2, second.entryHash(), 999, START, event(9), KEY);
        entries.add(2, forged); // a self-consistent entry 3, followed by the real entry 3

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.entriesChecked()).isEqualTo(3);
        assertThat(result.firstBrokenSequenceNo()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(MISSING_OR_OUT_OF_ORDER);
        assertThat(result.explanation()).contains("duplicated or out of order");
    }

    @Test
    void aChainThatDoesNotStartAtTheGenesisIsFound() {
        List<AuditEntryData> entries = chain(3);
        entries.remove(0);

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.firstBrokenSequenceNo()).isEqualTo(2);
        assertThat(result.explanation()).isEqualTo("Entry 2 follows entry 0: entry 1 is missing.");
    }

    @Test
    void deletingTheNewestEntriesIsFoundAgainstTheChainHead() {
        List<AuditEntryData> entries = chain(5);
        String headHash = entries.get(4).entryHash();
        ChainVerification shortened = AuditChain.verify(entries.subList(0, 3), KEY);
        assertThat(shortened.intact()).isTrue();

        ChainVerification result = AuditTrail.againstHead(shortened, 5, headHash);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequenceNo()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo(TRUNCATED);
        assertThat(AuditTrail.againstHead(AuditChain.verify(entries, KEY), 5, headHash).intact()).isTrue();
        assertThat(AuditTrail.againstHead(AuditChain.verify(entries, KEY), 5, "a".repeat(64)).problem())
                .isEqualTo(LINK_BROKEN);
    }

    @Test
    void aLongChainIsCheckedAsAStreamWithoutHoldingIt() {
        int n = 20_000;
        Iterable<AuditEntryData> generated = () -> new Iterator<>() {
            long seq = 0;
            String hash = AuditChain.GENESIS_HASH;

            public boolean hasNext() {
                return seq < n;
            }

            public AuditEntryData next() {
                AuditEntryData e = StoredEntries.linked(seq, hash, seq + 1, START.plusMillis(seq), event((int) seq),
                        KEY);
                seq = e.sequenceNo();
                hash = e.entryHash();
                return e;
            }
        };

        ChainVerification result = AuditChain.verify(generated, KEY);

        assertThat(result.intact()).isTrue();
        assertThat(result.lastSequenceNo()).isEqualTo(n);
    }

    @Test
    void aChainCanBeCheckedInPiecesFromACheckpoint() {
        List<AuditEntryData> entries = chain(10);
        AuditChain.Verifier first = new AuditChain.Verifier(KEY);
        entries.subList(0, 6).forEach(first::accept);

        AuditChain.Verifier rest = new AuditChain.Verifier(KEY, first.lastSequenceNo() + 1, first.lastHash());
        entries.subList(6, 10).forEach(rest::accept);

        assertThat(rest.result().intact()).isTrue();
        assertThat(rest.result().lastSequenceNo()).isEqualTo(10);
        assertThat(rest.accept(entries.get(0))).isFalse();
        assertThat(rest.result().firstBrokenSequenceNo()).isEqualTo(1);
    }

    @Test
    void theCanonicalTextIsUnambiguous() {
        String a = AuditChain.hash(1, START, "ab", "X", "c", null, null, null, "SUCCESS", AuditChain.GENESIS_HASH);
        String b = AuditChain.hash(1, START, "a", "X", "bc", null, null, null, "SUCCESS", AuditChain.GENESIS_HASH);
        String withSeparator = AuditChain.hash(1, START, "a|1:b", "X", null, null, null, null, "SUCCESS",
                AuditChain.GENESIS_HASH);
        String split = AuditChain.hash(1, START, "a", "b", null, null, null, null, "SUCCESS",
                AuditChain.GENESIS_HASH);
        String empty = AuditChain.hash(1, START, "a", "X", "", null, null, null, "SUCCESS", AuditChain.GENESIS_HASH);
        String none = AuditChain.hash(1, START, "a", "X", null, null, null, null, "SUCCESS", AuditChain.GENESIS_HASH);
        String tilde = AuditChain.hash(1, START, "a", "X", "~", null, null, null, "SUCCESS", AuditChain.GENESIS_HASH);

        assertThat(List.of(a, b, withSeparator, split, empty, none, tilde)).doesNotHaveDuplicates();
        assertThat(a).matches("[0-9a-f]{64}");
    }

    @Test
    void timesAreHashedToTheMicrosecondInUtc() {
        Instant withNanos = Instant.parse("2026-03-29T01:30:00.123456789Z");
        String h1 = AuditChain.hash(1, withNanos, "a", "X", null, null, null, null, "S", AuditChain.GENESIS_HASH);
        String h2 = AuditChain.hash(1, Instant.parse("2026-03-29T01:30:00.123456Z"), "a", "X", null, null, null, null,
                "S", AuditChain.GENESIS_HASH);
        String h3 = AuditChain.hash(1, Instant.parse("2026-03-29T01:30:00.123457Z"), "a", "X", null, null, null, null,
                "S", AuditChain.GENESIS_HASH);

        assertThat(h1).isEqualTo(h2).isNotEqualTo(h3);
        assertThat(AuditChain.canonical(1, Instant.parse("2026-03-29T01:30:00Z"), "a", "X", null, null, null, null,
                "S", AuditChain.GENESIS_HASH)).contains("27:2026-03-29T01:30:00.000000Z|");
    }

    @Test
    void hashesPaddedByTheDatabaseStillMatch() {
        List<AuditEntryData> entries = new ArrayList<>();
        for (AuditEntryData d : chain(3)) {
            entries.add(new AuditEntryData(d.sequenceNo(), d.entryId(), d.algorithm(), d.occurredAt(), d.actor(), d.action(), d.recordType(),
                    d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash() + " ", d.entryHash() + " "));
        }
        assertThat(AuditChain.verify(entries, KEY).intact()).isTrue();
    }
    @Test
    void aChainIsNotCheckedOutWithoutItsKey() {
        AuditKey otherKey = AuditKey.of("another-key-0123456789abcdefghijklmnopqrstuvwxyz");

        ChainVerification result = AuditChain.verify(chain(3), otherKey);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequenceNo()).isEqualTo(1);
        assertThat(result.problem()).isEqualTo(ALTERED);
    }

    @Test
    void plainEntriesFromBeforeKeyedHashingStillCheckOutAndTheResultSaysWhich() {
        List<AuditEntryData> entries = plainChain(3);
        AuditEntryData last = entries.get(2);
        entries.add(StoredEntries.linked(3, last.entryHash(), 200, START.plusSeconds(999), event(3), KEY));

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.intact()).as(result.explanation()).isTrue();
        assertThat(result.plainEntries()).isEqualTo(3);
        assertThat(result.keyedEntries()).isEqualTo(1);
        assertThat(result.explanation()).contains("3 plain SHA-256").contains("1 keyed with HMAC-SHA256");
    }

    @Test
    void anEntryRewrittenWithAPlainHashAfterKeyedHashingBeganIsFound() {
        List<AuditEntryData> entries = chain(3);
        AuditEntryData d = entries.get(2);
        // Someone without the key rewrites the last entry and hashes it the old, unkeyed way.
        entries.set(2, rehashed(new AuditEntryData(d.sequenceNo(), d.entryId(), AuditChain.SHA_256, d.occurredAt(),
                "someone-else", d.action(), d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(),
                d.previousHash(), null)));

        ChainVerification result = AuditChain.verify(entries, KEY);

        assertThat(result.firstBrokenSequenceNo()).isEqualTo(3);
        assertThat(result.problem()).isEqualTo(ALTERED);
        assertThat(result.explanation()).contains("plain SHA-256 hash after keyed hashing began");
    }

    @Test
    void anEntryWithAnUnknownAlgorithmIsAltered() {
        List<AuditEntryData> entries = chain(2);
        AuditEntryData d = entries.get(1);
        entries.set(1, new AuditEntryData(d.sequenceNo(), d.entryId(), "MD5", d.occurredAt(), d.actor(), d.action(),
                d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(), d.entryHash()));

        assertThat(AuditChain.verify(entries, KEY).problem()).isEqualTo(ALTERED);
    }

    @Test
    void aLinkNamesItsRowSoTheSameFieldsUnderAnotherRowIdDoNotCheckOut() {
        List<AuditEntryData> entries = chain(3);
        AuditEntryData d = entries.get(1);
        entries.set(1, new AuditEntryData(d.sequenceNo(), d.entryId() + 1, d.algorithm(), d.occurredAt(), d.actor(),
                d.action(), d.recordType(), d.recordId(), d.childId(), d.detail(), d.outcome(), d.previousHash(),
                d.entryHash()));

        assertThat(AuditChain.verify(entries, KEY).firstBrokenSequenceNo()).isEqualTo(2);
    }

    /** A chain of n entries hashed the way entries were before keyed hashing (plain SHA-256, no row id). */
    private static List<AuditEntryData> plainChain(int n) {
        List<AuditEntryData> entries = new ArrayList<>();
        String hash = AuditChain.GENESIS_HASH;
        for (int i = 0; i < n; i++) {
            AuditEvent e = event(i);
            Instant at = START.plusSeconds(i);
            String own = AuditChain.hash(i + 1, at, e.actor(), e.action().name(), e.recordType(), e.recordId(),
                    e.childId(), e.detail(), e.outcome().name(), hash);
            entries.add(new AuditEntryData(i + 1, 10 + i, AuditChain.SHA_256, at, e.actor(), e.action().name(),
                    e.recordType(), e.recordId(), e.childId(), e.detail(), e.outcome().name(), hash, own));
            hash = own;
        }
        return entries;
    }
}
