package org.cinplan.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.IntConsumer;

/**
 * Generates an asked-for return and keeps it in the history, in one transaction: the census's serial number, its
 * audit entry and the kept file commit together, or not at all.
 */
@Stateless
@RolesAllowed(Role.DATA_OFFICER_ROLE)
public class ReturnWriting {

    @Inject
    private CensusReturns returns;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Writes the return, telling {@code progress} how far it has gone (percent), and keeps it. */
    public void write(long returnId, IntConsumer progress) {
        StatutoryReturn asked = em.find(StatutoryReturn.class, returnId);
        ReturnFile.Recorder file = new ReturnFile.Recorder();
        ReturnCounts counts = switch (asked.kind()) {
            case CENSUS -> returns.export(asked.councilCode(), asked.collectionYear(), file.out(), progress).counts();
            case ANNEX_A -> returns.exportAnnexA(asked.councilCode(), asked.periodEnd(), asked.fileFormat(), file.out(),
                    progress);
        };
        // found again: the read models clear the persistence context between batches
        em.find(StatutoryReturn.class, returnId).finish(counts, file.finish(), LocalDateTime.now(clock));
    }
}
