package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;

/** A child on the worker's caseload with no open episode, so one can be opened for them. */
public record OpenableChild(long childId, String laChildId, String name, LocalDate dateOfBirth, String familyName,
                            LocalDate lastClosedOn) implements Serializable {

    public String label() {
        return name + " (" + laChildId + ", " + familyName + ")";
    }
}
