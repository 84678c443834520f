package org.cinplan.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-02-02T10:15:30.123456789Z");

    private static AuditEvent signIn() {
        return new AuditEvent("  jsmith ", AuditAction.SIGN_IN, null, null, null, null, AuditOutcome.SUCCESS);
    }

    @Test
    void theFirstEntryFollowsTheGenesisHash() {
        AuditEntry first = AuditEntry.following(0, AuditChain.GENESIS_HASH, AT, signIn());

        assertThat(first.sequenceNo()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(first.entryHash()).matches("[0-9a-f]{64}").isEqualTo(AuditChain.expectedHash(first.data()));
        assertThat(first.actor()).isEqualTo("jsmith");
        assertThat(first.action()).isEqualTo("SIGN_IN");
        assertThat(first.outcome()).isEqualTo("SUCCESS");
        assertThat(first.occurredAt()).isEqualTo(Instant.parse("2026-02-02T10:15:30.123456Z"));
        assertThat(first.id()).isNull();
    }

    @Test
    void eachEntryCarriesThePreviousHashAndItsOwn() {
        AuditEntry first = AuditEntry.following(0, AuditChain.GENESIS_HASH, AT, signIn());
        AuditEntry second = AuditEntry.following(first.sequenceNo(), first.entryHash(), AT.plusSeconds(5),
                new AuditEvent("jsmith", AuditAction.CHANGE_RECORD, "Child", "42", 42L, "given_name: Sam → Samuel",
                        AuditOutcome.SUCCESS));

        assertThat(second.sequenceNo()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.entryHash());
        assertThat(second.entryHash()).isNotEqualTo(first.entryHash());
        assertThat(second.view()).isEqualTo(new AuditEntryView(2, AT.plusSeconds(5).truncatedTo(
                java.time.temporal.ChronoUnit.MICROS), "jsmith", "CHANGE_RECORD", "Child", "42", 42L,
                "given_name: Sam → Samuel", "SUCCESS"));
        assertThat(second.view().actionLabel()).isEqualTo("Changed a record");
        assertThat(AuditChain.verify(java.util.List.of(first.data(), second.data())).intact()).isTrue();
    }

    @Test
    void theSameEventAtTheSamePlaceHashesTheSame() {
        assertThat(AuditEntry.following(0, AuditChain.GENESIS_HASH, AT, signIn()).entryHash())
                .isEqualTo(AuditEntry.following(0, AuditChain.GENESIS_HASH, AT, signIn()).entryHash());
    }

    @Test
    void refusesABadPreviousEntry() {
        assertThatThrownBy(() -> AuditEntry.following(-1, AuditChain.GENESIS_HASH, AT, signIn()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.following(3, "ABC", AT, signIn()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.following(0, "a".repeat(64), AT, signIn()))
                .hasMessageContaining("genesis");
        assertThatThrownBy(() -> AuditEntry.following(0, AuditChain.GENESIS_HASH, AT, null))
                .isInstanceOf(NullPointerException.class);
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

            AuditEntry entry = AuditEntry.following(0, AuditChain.GENESIS_HASH, inGap, signIn());
            assertThat(AuditChain.expectedHash(entry.data())).isEqualTo(entry.entryHash());

            Instant ordinary = Instant.parse("2026-06-01T12:00:00.5Z");
            assertThat(AuditEntry.storable(ordinary)).isEqualTo(LocalDateTime.parse("2026-06-01T12:00:00.5"));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
