package org.cinplan.audit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The secret key of the audit chain's HMAC, kept outside the database: the Payara password alias
 * {@value #ALIAS} (configure.sh creates it with a random value when it is missing), read through MicroProfile
 * Config, whose Payara implementation looks password aliases up by name. Someone who can rewrite the audit tables
 * but does not have the key cannot make altered entries check out.
 */
final class AuditKey {

    /** The password alias (and MicroProfile Config property) that holds the key. */
    public static final String ALIAS = "cinplan-audit-key";
    /** The least key length accepted, in characters: 32 random characters carry well over 128 bits. */
    static final int MIN_LENGTH = 32;

    private final byte[] key;

    private AuditKey(byte[] key) {
        this.key = key;
    }

    /** A key from its text (the alias's value); refused when too short to be a secret. */
    public static AuditKey of(String secret) {
        if (secret == null || secret.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("The audit chain key (password alias " + ALIAS + ") is missing or shorter"
                    + " than " + MIN_LENGTH + " characters; server-config/configure.sh creates it, or run: asadmin"
                    + " create-password-alias " + ALIAS);
        }
        return new AuditKey(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The key configured on this server. */
    static AuditKey configured() {
        return of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue(ALIAS, String.class).orElse(null));
    }

    /** The HMAC-SHA256 of the text under this key, as 64 lower-case hex digits. */
    String hmacHex(String text) {
        return AuditChain.hmacSha256(key, Objects.requireNonNull(text, "text"));
    }
}
