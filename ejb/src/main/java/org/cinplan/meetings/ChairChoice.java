package org.cinplan.meetings;

import java.io.Serializable;

/** A member of the council's staff who may chair a CIN meeting. */
public record ChairChoice(long staffId, String fullName, String role) implements Serializable {

    public String label() {
        return fullName + " (" + role + ")";
    }
}
