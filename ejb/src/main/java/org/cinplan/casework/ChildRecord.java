package org.cinplan.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's record as the child page shows it: identity and census characteristics, household, episodes, and a
 * timeline of everything recorded, newest first. {@code currentEpisodeId} is the open episode, else the latest;
 * {@code restricted} when only its access list may open it, {@code breakGlass} when the caller reads it through
 * break-glass (the page says both at its top).
 */
public record ChildRecord(long childId, String laChildId, String fullName, ChildCharacteristics characteristics,
                          String ethnicity, String familyName, String council, String allocatedWorker,
                          List<Sibling> siblings, List<EpisodeSummary> episodes, List<TimelineEntry> timeline,
                          Long currentEpisodeId, boolean mayEdit, boolean restricted, boolean breakGlass) {

    /** Another child of the same family (household); all share the family's allocated worker. */
    public record Sibling(long childId, String laChildId, String name, LocalDate dateOfBirth, boolean openEpisode) {
    }

    /** One CIN episode of the child, as the census's CINdetails describe it. */
    public record EpisodeSummary(long episodeId, String type, LocalDate referralDate, LocalDate decisionDate,
                                 String primaryNeedCode, LocalDate closureDate, String closureReason) {

        public boolean isOpen() {
            return closureDate == null;
        }
    }

    /**
     * Something recorded on the child's episodes, on a day. {@code read} names the record's read view when it has one
     * (a visit, a meeting's minutes, a plan version, a management decision), else null.
     */
    public record TimelineEntry(LocalDate on, String kind, String description, long episodeId, RecordRef read) {
    }

    /** A record to read on its own page: {@code kind} is "visit", "meeting", "planVersion" or "decision". */
    public record RecordRef(String kind, long id) {
    }
}
