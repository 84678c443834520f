package org.cinplan.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a return's generation in the background (the container's asynchronous pool, as the data officer who asked),
 * so the request that asked for it returns at once: the history row shows its progress, then the kept file or why
 * it failed.
 */
@Stateless
@RolesAllowed(Role.DATA_OFFICER_ROLE)
public class ReturnGeneration {

    private static final Logger LOG = Logger.getLogger(ReturnGeneration.class.getName());

    @Inject
    private ReturnWriting writing;

    @Inject
    private ReturnProgress progress;

    /** Generates the asked-for return; outside a transaction, so its progress and failure commit on their own. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(long returnId) {
        try {
            writing.write(returnId, percent -> progress.progress(returnId, percent));
        } catch (BusinessRuleViolation refused) {
            progress.fail(returnId, refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Statutory return " + returnId + " could not be generated", e);
            progress.fail(returnId, "The return could not be generated (the server log says why); generate it again");
        }
    }
}
