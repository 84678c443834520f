package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A proposal to close or step down a case, as the managers' "Decisions to make" list and the case page show it.
 *
 * @param version the proposal as read, sent back with the decision (a decision on a changed proposal is refused)
 */
public record ClosureProposalView(long id, int version, long episodeId, String childName, String familyName,
                                  boolean stepDown, LocalDate proposedOn, String proposedBy, String state,
                                  String decidedBy, String reasonCode, String comments) implements Serializable {

    /** "Close the case" or "Step down to early help", for people. */
    public String whatIsProposed() {
        return stepDown ? "Step down (close to early help)" : "Close the case";
    }
}
