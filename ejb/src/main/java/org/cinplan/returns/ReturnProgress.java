package org.cinplan.returns;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * A return's history row as its generation goes: each change in its own transaction, committed at once, so the page
 * (polling) sees the progress while the generation's own transaction is still open, and a failure is kept when the
 * generation's work is rolled back.
 */
@Stateless
@RolesAllowed(Role.DATA_OFFICER_ROLE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReturnProgress {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** The council's census of the year, asked for now by the caller; returns its id. */
    public long queueCensus(String councilCode, String year) {
        return queue(StatutoryReturn.census(councilCode, year, caller(), now()));
    }

    /** The council's Annex A for the six months to {@code periodEnd} in the format, asked for now; returns its id. */
    public long queueAnnexA(String councilCode, java.time.LocalDate periodEnd, String formatCode) {
        return queue(StatutoryReturn.annexA(councilCode, periodEnd, AnnexAFormat.parse(formatCode), caller(), now()));
    }

    /** The generation of the return has gone this far (percent). */
    public void progress(long returnId, int percent) {
        em.find(StatutoryReturn.class, returnId).progressTo(percent, now());
    }

    /** The generation of the return failed, for the reason given. */
    public void fail(long returnId, String why) {
        em.find(StatutoryReturn.class, returnId).fail(why, now());
    }

    private long queue(StatutoryReturn asked) {
        em.persist(asked);
        em.flush();
        return asked.id();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
