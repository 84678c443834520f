package org.cinplan.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Every email of a {@link PlanDistribution} was accepted by the mail server: {@link PlanEmailedRecorder} records those
 * recipients as sent that version, once the sender's transaction has committed.
 *
 * @param addresses the addresses the plan went to
 */
public record PlanEmailed(long episodeId, int version, LocalDate sentOn, List<String> addresses) {

    public PlanEmailed {
        addresses = List.copyOf(addresses);
    }
}
