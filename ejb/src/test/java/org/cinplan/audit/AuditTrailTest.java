package org.cinplan.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest {

    @Test
    void anUnknownUsernameIsKeptOnlyAsAKeyedHashThatRepeatsForTheSameText() {
        String typedPassword = "Winter2026!";

        String recorded = AuditTrail.unknownUsername(AuditChainTest.KEY, typedPassword);

        assertThat(recorded).startsWith(AuditTrail.UNKNOWN_USERNAME_PREFIX).doesNotContain("Winter")
                .hasSize(AuditTrail.UNKNOWN_USERNAME_PREFIX.length() + 16)
                .isEqualTo(AuditTrail.unknownUsername(AuditChainTest.KEY, typedPassword))
                .isNotEqualTo(AuditTrail.unknownUsername(AuditChainTest.KEY, "Winter2027!"))
                .isNotEqualTo(AuditTrail.unknownUsername(
                        AuditKey.of("another-key-0123456789abcdefghijklmnopqrstuvwxyz"), typedPassword));
        assertThat(recorded.length()).isLessThanOrEqualTo(AuditEvent.ACTOR_LENGTH);
    }
}
