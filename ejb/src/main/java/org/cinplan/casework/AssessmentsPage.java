package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's assessments as the assessments page shows them; {@code mayRecord}: the caller may start, review and complete
 * them, {@code mayAuthorise}: the caller may authorise a completed one (a team or practice manager of the case).
 */
public record AssessmentsPage(long episodeId, long childId, String childName, String council, boolean closed,
                              List<Row> assessments, boolean mayRecord, boolean mayAuthorise) implements Serializable {

    /** One assessment. {@code factors}: "code label" each. */
    public record Row(long id, int version, String reason, LocalDate startedOn, LocalDate internalReviewOn,
                      LocalDate completedOn, String completedBy, List<String> factors, String outcome,
                      LocalDate authorisedOn, String authorisedBy) implements Serializable {

        public boolean isOpen() {
            return completedOn == null;
        }

        public boolean isAwaitingAuthorisation() {
            return completedOn != null && authorisedOn == null;
        }

        /** "12 Mar 2027: Initial assessment" style label for choosing it. */
        public String label() {
            return reason + " started " + startedOn;
        }
    }
}
