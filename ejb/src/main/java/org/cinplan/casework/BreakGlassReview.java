package org.cinplan.casework;

import java.time.LocalDateTime;

/** A break-glass opening of a record, for its team manager to review. Times in UTC. */
public record BreakGlassReview(long id, long childId, String laChildId, String childName, String openedByUsername,
                               String openedByName, String reason, LocalDateTime openedAt, LocalDateTime expiresAt) {
}
