package org.cinplan.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Limits sign-in attempts, per username and per source address, within a fixed window.
 * <p>
 * An attempt takes its place <em>before</em> the password is checked, in one atomic UPDATE, so parallel attempts
 * cannot get more than the limit between them; a successful sign-in gives its places back. A username or address at
 * its limit is refused until its window, which started at its first attempt, has passed: attempts refused meanwhile
 * take no place and do not extend it, so nobody can keep someone else locked out for longer than one window. An
 * administrator's password reset clears the username's count. The per-address limit is much higher (and
 * configurable), since a council's staff often reach the server through one proxy.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    public static final int MAX_ATTEMPTS_PER_USERNAME = 5;
    /** The default limit per source address; {@code cinplan.sign-in.attempts-per-address} sets another. */
    public static final int DEFAULT_ATTEMPTS_PER_ADDRESS = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    /** Whether an attempt may go on to the password check, and if not, why. */
    public enum Admission { ADMITTED, USERNAME_LOCKED, ADDRESS_LOCKED }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "cinplan.sign-in.attempts-per-address", defaultValue = "" + DEFAULT_ATTEMPTS_PER_ADDRESS)
    private int attemptsPerAddress;

    /** How many sign-in attempts one source address has in a window. */
    public int attemptsPerAddress() {
        return attemptsPerAddress;
    }

    /**
     * Takes a place for one attempt by this username from this address, or says why not. Each key's row is made, if
     * missing, in a transaction of its own before its place is taken in another, so no transaction waits on itself.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Admission admit(String typedUsername, String sourceAddress) {
        SignInThrottle self = context.getBusinessObject(SignInThrottle.class);
        if (!self.takePlace(addressKey(sourceAddress), attemptsPerAddress)) {
            return Admission.ADDRESS_LOCKED;
        }
        if (!self.takePlace(usernameKey(typedUsername), MAX_ATTEMPTS_PER_USERNAME)) {
            return Admission.USERNAME_LOCKED;
        }
        return Admission.ADMITTED;
    }

    /** A sign-in succeeded: the username's count is cleared and the address gets its place back. */
    public void succeeded(String username, String sourceAddress) {
        clear(username);
        em.createNativeQuery("UPDATE sign_in_throttle SET attempts = attempts - 1 WHERE throttle_key = ? AND attempts > 0")
                .setParameter(1, addressKey(sourceAddress)).executeUpdate();
    }

    /** Lifts a username's lock-out (an administrator reset the password). */
    public void clear(String username) {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE throttle_key = ?")
                .setParameter(1, usernameKey(username)).executeUpdate();
    }

    /** Forgets windows that have passed, so what was typed as a username is kept, even hashed, for about an hour. */
    @Schedule(hour = "*", minute = "*/20", persistent = false)
    void forgetPassedWindows() {
        em.createNativeQuery("DELETE FROM sign_in_throttle WHERE window_start <= ?")
                .setParameter(1, Timestamp.valueOf(now().minus(WINDOW))).executeUpdate();
    }

    /** Makes a key's row, with no attempts yet (for {@link #takePlace} only). */
    public void makeRow(String key) {
        try {
            em.createNativeQuery("INSERT INTO sign_in_throttle (throttle_key, window_start, attempts) VALUES (?, ?, 0)")
                    .setParameter(1, key).setParameter(2, Timestamp.valueOf(now())).executeUpdate();
        } catch (PersistenceException madeMeanwhile) {
            // Another attempt made it first (the key is unique): nothing to keep here, and nothing to report.
            context.setRollbackOnly();
        }
    }

    /**
     * Takes a place under the key's limit in one atomic UPDATE: within the window while places remain, or by starting a
     * new window once the last has passed; false when the key is at its limit within its window (for {@link #admit}
     * only).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean takePlace(String key, int limit) {
        SignInThrottle self = context.getBusinessObject(SignInThrottle.class);
        // Read outside any transaction, so that no lock is held while the row is made.
        boolean missing = em.createNativeQuery("SELECT attempts FROM sign_in_throttle WHERE throttle_key = ?")
                .setParameter(1, key).getResultList().isEmpty();
        if (missing) {
            try {
                self.makeRow(key);
            } catch (EJBException | PersistenceException madeMeanwhile) {
                // another attempt made the row first; take the place in it
            }
        }
        return self.takeExistingPlace(key, limit);
    }

    /** The atomic UPDATE of {@link #takePlace} (for its use only). */
    public boolean takeExistingPlace(String key, int limit) {
        LocalDateTime now = now();
        Timestamp windowPassed = Timestamp.valueOf(now.minus(WINDOW));
        if (em.createNativeQuery("UPDATE sign_in_throttle SET attempts = attempts + 1"
                        + " WHERE throttle_key = ? AND window_start > ? AND attempts < ?")
                .setParameter(1, key).setParameter(2, windowPassed).setParameter(3, limit).executeUpdate() == 1) {
            return true;
        }
        return em.createNativeQuery("UPDATE sign_in_throttle SET attempts = 1, window_start = ?"
                        + " WHERE throttle_key = ? AND window_start <= ?")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, key).setParameter(3, windowPassed)
                .executeUpdate() == 1;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    static String usernameKey(String username) {
        return "u:" + sha256(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "a:" + sha256(address == null ? "" : address);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
