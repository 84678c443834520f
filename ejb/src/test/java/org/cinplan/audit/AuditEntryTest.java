package org.cinplan.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntryTest {

    private static final AuditKey KEY = AuditChainTest.KEY;
    private static final Instant AT = Instant.parse("2026-02-02T10:15:30.123456789Z");

    private static AuditEvent signIn() {
        return new AuditEvent("  jsmith ", AuditAction.SIGN_IN, null, null, null, null, AuditOutcome.SUCCESS);
    }

    @Test
    void theFirstEntryFollowsTheGenesisHash() {
        AuditEntry first = StoredEntries.stored(41, AT, signIn());
        AuditLink link = AuditLink.following(0, AuditChain.GENESIS_HASH, first, KEY);

        assertThat(link.sequenceNo()).isEqualTo(1);
        assertThat(link.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(link.algorithm()).isEqualTo(AuditChain.HMAC_SHA_256);
        assertThat(link.entryHash()).matches("[0-9a-f]{64}").isEqualTo(AuditChain.expectedHash(first.data(link), KEY));
        assertThat(first.actor()).isEqualTo("jsmith");
        assertThat(first.action()).isEqualTo("SIGN_IN");
        assertThat(first.outcome()).isEqualTo("SUCCESS");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2026-02-02T10:15:30.123456Z"));
        assertThat(AuditEntry.of(AT, signIn()).id()).as("no row id until stored").isNull();
    }

    @Test
    void eachLinkCarriesThePreviousHashAndItsOwn() {
        AuditEntry first = StoredEntries.stored(41, AT, signIn());
        AuditLink firstLink = AuditLink.following(0, AuditChain.GENESIS_HASH, first, KEY);
        AuditEntry second = StoredEntries.stored(42, AT.plusSeconds(5), new AuditEvent("jsmith",
                AuditAction.CHANGE_RECORD, "Child", "42", 42L, "given_name: Sam → Samuel", AuditOutcome.SUCCESS));
        AuditLink secondLink = AuditLink.following(firstLink.sequenceNo(), firstLink.entryHash(), second, KEY);

        assertThat(secondLink.sequenceNo()).isEqualTo(2);
        assertThat(secondLink.previousHash()).isEqualTo(firstLink.entryHash());
        assertThat(secondLink.entryHash()).isNotEqualTo(firstLink.entryHash());
        assertThat(AuditChain.verify(List.of(first.data(firstLink), second.data(secondLink)), KEY).intact()).isTrue();
    }

    @Test
    void theSameEntryAtTheSamePlaceHashesTheSameUnderTheSameKeyOnly() {
        AuditEntry entry = StoredEntries.stored(41, AT, signIn());
        String hash = AuditLink.following(0, AuditChain.GENESIS_HASH, entry, KEY).entryHash();

        assertThat(AuditLink.following(0, AuditChain.GENESIS_HASH, entry, KEY).entryHash()).isEqualTo(hash);
        assertThat(AuditLink.following(0, AuditChain.GENESIS_HASH, entry,
                AuditKey.of("another-key-0123456789abcdefghijklmnopqrstuvwxyz")).entryHash()).isNotEqualTo(hash);
    }

    @Test
    void refusesABadPreviousEntryOrAnUnstoredEntry() {
        AuditEntry entry = StoredEntries.stored(41, AT, signIn());
        assertThatThrownBy(() -> AuditLink.following(-1, AuditChain.GENESIS_HASH, entry, KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditLink.following(3, "ABC", entry, KEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditLink.following(0, "a".repeat(64), entry, KEY))
                .hasMessageContaining("genesis");
        assertThatThrownBy(() -> AuditLink.following(0, AuditChain.GENESIS_HASH, AuditEntry.of(AT, signIn()), KEY))
                .hasMessageContaining("stored entry");
    }

    @Test
    void aKeyTooShortToBeASecretIsRefused() {
        assertThatThrownBy(() -> AuditKey.of("short")).hasMessageContaining(AuditKey.ALIAS);
        assertThatThrownBy(() -> AuditKey.of(null)).hasMessageContaining("create-password-alias");
    }

    @Test
    void anEventNeedsAnActorAnActionAndAnOutcome() {
        assertThatThrownBy(() -> new AuditEvent(" ", AuditAction.SIGN_IN, null, null, null, null,
                AuditOutcome.SUCCESS)).hasMessageContaining("actor");
        assertThatThrownBy(() -> new AuditEvent("a", null, null, null, null, null, AuditOutcome.SUCCESS))
                .hasMessageContaining("action");
        assertThatThrownBy(() -> new AuditEvent("a", AuditAction.SIGN_IN, null, null, null, null, null))
                .hasMessageContaining("outcome");
    }

    @Test
    void longTextIsCutToFitItsColumnAndTheDetailIsMarked() {
        String detail = "x".repeat(3994) + "😀".repeat(10);
        AuditEvent event = new AuditEvent("u".repeat(80), AuditAction.SIGN_IN_FAILED, "T".repeat(41), "9".repeat(50),
                null, detail, AuditOutcome.FAILURE);

        assertThat(event.actor()).hasSize(60);
        assertThat(event.recordType()).hasSize(40);
        assertThat(event.recordId()).hasSize(40);
        assertThat(event.detail()).hasSizeLessThanOrEqualTo(4000).endsWith(AuditEvent.CUT_MARK);
        String kept = event.detail().substring(0, event.detail().length() - AuditEvent.CUT_MARK.length());
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(new AuditEvent("a", AuditAction.SIGN_IN, null, null, null, "short", AuditOutcome.SUCCESS).detail())
                .isEqualTo("short");
    }

    @Test
    void theStoredTimeSurvivesATimestampRoundTripInAnyZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
            // 01:30 UTC on 29 March 2026 is a wall-clock time that does not exist in London (clocks go forward).
            Instant inGap = Instant.parse("2026-03-29T01:30:00.000001Z");
            LocalDateTime stored = AuditEntry.storable(inGap);
            assertThat(java.sql.Timestamp.valueOf(stored).toLocalDateTime()).isEqualTo(stored);

            AuditEntryData entry = StoredEntries.linked(0, AuditChain.GENESIS_HASH, 1, inGap, signIn(), KEY);
            assertThat(AuditChain.expectedHash(entry, KEY)).isEqualTo(entry.entryHash());

            Instant ordinary = Instant.parse("2026-06-01T12:00:00.5Z");
            assertThat(AuditEntry.storable(ordinary)).isEqualTo(LocalDateTime.parse("2026-06-01T12:00:00.5"));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
