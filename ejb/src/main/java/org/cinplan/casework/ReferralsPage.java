package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's referrals as the referrals page shows them; {@code openEpisodeId}: the child's open episode, which a new
 * referral joins (null when none is open); {@code mayRecord}: the caller may record and decide referrals.
 */
public record ReferralsPage(long childId, String childName, String council, Long openEpisodeId, List<Row> referrals,
                            boolean mayRecord) implements Serializable {

    /** One referral; {@code joined}: it is part of an episode (the one open when it came, or the one it led to). */
    public record Row(long id, int version, LocalDate receivedOn, String source, String primaryNeed, String summary,
                      String recordedBy, String decision, LocalDate decidedOn, String decidedBy, LocalDate closedOn,
                      Long episodeId) implements Serializable {

        public boolean isUndecided() {
            return decision == null;
        }

        /** "Referral of 3 Dec 2026" style label for choosing it. */
        public String label() {
            return "Referral of " + receivedOn;
        }
    }
}
