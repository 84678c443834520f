package org.cinplan.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The database guard that lets one sweep run at a time across every server: a single row naming its holder. The
 * running sweep renews the row's heartbeat every {@link #HEARTBEAT_EVERY}, so however long it runs it is never taken
 * over while alive; a holder whose heartbeat stopped (its server died) is taken over once {@link #TAKEOVER_AFTER} has
 * passed since its last beat. Taking the guard is a compare-and-set on the row as read, which only one server wins.
 * Times in UTC.
 */
@Stateless
public class SweepGuard {

    /** How often the running sweep renews its heartbeat. */
    public static final Duration HEARTBEAT_EVERY = Duration.ofMinutes(1);
    /** How long a holder's heartbeat must have stopped before another sweep may take the guard over. */
    public static final Duration TAKEOVER_AFTER = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    /**
     * The takeover decision: the guard may be taken when no sweep holds it, or when its holder's last heartbeat is more
     * than {@link #TAKEOVER_AFTER} before {@code now}.
     */
    static boolean mayTake(Long holderToken, LocalDateTime lastHeartbeat, LocalDateTime now) {
        return holderToken == null || lastHeartbeat == null || lastHeartbeat.plus(TAKEOVER_AFTER).isBefore(now);
    }

    /** Takes the guard for this holder if {@link #mayTake} allows it and nobody took or renewed it meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(long holderToken, String instance, LocalDateTime now) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT holder_run_id, heartbeat_at FROM sweep_guard WHERE guard_name = 'SWEEP'").getSingleResult();
        Long holder = row[0] == null ? null : ((Number) row[0]).longValue();
        LocalDateTime lastHeartbeat = row[1] instanceof Timestamp beat ? beat.toLocalDateTime() : (LocalDateTime) row[1];
        if (!mayTake(holder, lastHeartbeat, now)) {
            return false;
        }
        String asRead = holder == null ? "holder_run_id IS NULL"
                : lastHeartbeat == null ? "holder_run_id = ? AND heartbeat_at IS NULL"
                : "holder_run_id = ? AND heartbeat_at = ?";
        Query take = em.createNativeQuery("UPDATE sweep_guard SET holder_run_id = ?, holder_instance = ?, acquired_at = ?,"
                        + " heartbeat_at = ? WHERE guard_name = 'SWEEP' AND " + asRead)
                .setParameter(1, holderToken)
                .setParameter(2, instance)
                .setParameter(3, now)
                .setParameter(4, now);
        if (holder != null) {
            take.setParameter(5, holder);
            if (lastHeartbeat != null) {
                take.setParameter(6, Timestamp.valueOf(lastHeartbeat));
            }
        }
        return take.executeUpdate() == 1;
    }

    /** Renews the holder's heartbeat; false when it no longer holds the guard (it was taken over). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean renew(long holderToken, LocalDateTime now) {
        return em.createNativeQuery("UPDATE sweep_guard SET heartbeat_at = ? WHERE guard_name = 'SWEEP'"
                        + " AND holder_run_id = ?")
                .setParameter(1, now)
                .setParameter(2, holderToken)
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long holderToken) {
        em.createNativeQuery("UPDATE sweep_guard SET holder_run_id = NULL, holder_instance = NULL, acquired_at = NULL,"
                        + " heartbeat_at = NULL WHERE guard_name = 'SWEEP' AND holder_run_id = ?")
                .setParameter(1, holderToken)
                .executeUpdate();
    }
}
