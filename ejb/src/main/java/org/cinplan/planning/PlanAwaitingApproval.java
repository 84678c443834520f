package org.cinplan.planning;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A plan submitted for approval in the approver's team: which case, which version, who submitted it and when (UTC). */
public record PlanAwaitingApproval(long episodeId, String childName, String familyName, int versionNumber,
                                   String submittedBy, LocalDateTime submittedAt) implements Serializable {
}
