package org.cinplan.casework;

import java.io.Serializable;

/** A family a new child can join: one allocated to the worker. */
public record FamilyChoice(long familyId, String name, long children) implements Serializable {

    public String label() {
        return name + " (" + children + (children == 1 ? " child)" : " children)");
    }
}
