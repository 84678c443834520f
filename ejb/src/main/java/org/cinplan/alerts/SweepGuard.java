package org.cinplan.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;

/**
 * The database guard that lets one sweep run at a time across every server: a single row, taken by a
 * conditional update that only one transaction can win. A holder that died is overtaken after two hours.
 */
@Stateless
public class SweepGuard {

    static final int STALE_AFTER_HOURS = 2;

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(long holderToken, String instance, LocalDateTime now) {
        return em.createNativeQuery("UPDATE sweep_guard SET holder_run_id = ?, holder_instance = ?, acquired_at = ?"
                        + " WHERE guard_name = 'SWEEP' AND (holder_run_id IS NULL OR acquired_at < ?)")
                .setParameter(1, holderToken)
                .setParameter(2, instance)
                .setParameter(3, now)
                .setParameter(4, now.minusHours(STALE_AFTER_HOURS))
                .executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long holderToken) {
        em.createNativeQuery("UPDATE sweep_guard SET holder_run_id = NULL, holder_instance = NULL, acquired_at = NULL"
                        + " WHERE guard_name = 'SWEEP' AND holder_run_id = ?")
                .setParameter(1, holderToken)
                .executeUpdate();
    }
}
