package org.cinplan.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes and checks passwords: PBKDF2 with HMAC-SHA256 and 600,000 iterations (OWASP ASVS 5.0; the Jakarta Security
 * default of 2,048 is far too low).
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash hash;

    /**
     * A hash of a password nobody has, checked in place of a real one when the username is unknown or disabled, so
     * that a refusal takes as long whether or not the username exists.
     */
    private String dummyHash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    /** Whether the password matches the stored hash; a null hash (no such user) is checked against the dummy. */
    public boolean matches(char[] password, String storedHash) {
        if (storedHash == null) {
            hash.verify(password, dummyHash);
            return false;
        }
        return hash.verify(password, storedHash);
    }
}
