package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's significant changes (REVIEW_EARLY) and the family's consent to the plan (CONSENT), as the page shows them;
 * {@code managers}: whom a refusal after child protection is put to.
 */
public record ChangesAndConsentPage(long episodeId, long childId, String childName, String council, boolean closed,
                                    boolean afterChildProtection, List<Change> changes, List<Consent> consents,
                                    boolean mayRecord, List<ManagementDecisionsPage.Choice> managers)
        implements Serializable {

    public record Change(LocalDate occurredOn, String description, String recordedBy) implements Serializable {
    }

    public record Consent(String kind, LocalDate givenOn, String givenBy, String note, String recordedBy,
                          String escalatedTo) implements Serializable {
    }
}
