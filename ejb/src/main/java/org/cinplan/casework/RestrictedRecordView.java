package org.cinplan.casework;

import java.time.LocalDateTime;
import java.util.List;

/** A restricted record and the people on its access list ("Full Name (username)"). Time in UTC. */
public record RestrictedRecordView(long childId, String laChildId, String childName, String familyName, String reason,
                                   List<String> named, String restrictedBy, LocalDateTime restrictedAt) {
}
