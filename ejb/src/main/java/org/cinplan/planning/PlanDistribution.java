package org.cinplan.planning;

import java.util.List;

/**
 * The CIN plan in force is to be emailed to those on its distribution list with an address who were not yet sent it.
 * Fired inside the transaction that asked for it, by the person asking: observe it there to make the documents with
 * their access, and {@code during = TransactionPhase.AFTER_SUCCESS} to send. When every message has been sent, the
 * sender announces {@link PlanEmailed}, which records those recipients as sent the plan.
 *
 * @param version    the number of the version in force
 * @param recipients who it goes to, each with their address and kind (parents and the child get the family-friendly
 *                   plan as well)
 */
public record PlanDistribution(long episodeId, int version, List<PlanRecipient> recipients) {

    public PlanDistribution {
        recipients = List.copyOf(recipients);
    }
}
