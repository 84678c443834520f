package org.cinplan.casework;

import java.io.Serializable;

/** A family as the allocations page lists it: who holds its children's cases, and the version that was read. */
public record FamilyAllocation(long familyId, String familyName, String council, int children, Long workerId,
                               String workerName, String teamName, int version) implements Serializable {
}
