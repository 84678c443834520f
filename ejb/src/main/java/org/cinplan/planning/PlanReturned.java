package org.cinplan.planning;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A plan returned for changes and waiting on its worker: which case, which version, who returned it, when and why. */
public record PlanReturned(long episodeId, String childName, String familyName, int versionNumber, String returnedBy,
                           LocalDateTime returnedAt, String comments) implements Serializable {
}
