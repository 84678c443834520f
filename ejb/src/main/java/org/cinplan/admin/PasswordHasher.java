package org.cinplan.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Hashes passwords exactly as the sign-in identity store checks them: PBKDF2 with HMAC-SHA256 and
 * 600,000 iterations (OWASP ASVS 5.0; the Jakarta Security default of 2,048 is far too low).
 */
@ApplicationScoped
public class PasswordHasher {

    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=600000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String SALT_BYTES = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_BYTES = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }
}
