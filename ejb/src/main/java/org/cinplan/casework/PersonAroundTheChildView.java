package org.cinplan.casework;

import java.io.Serializable;

/** A person around the child as the child's record shows them. */
public record PersonAroundTheChildView(Long id, String fullName, String relationship, boolean parentalResponsibility,
                                       boolean livesWithChild, String address, String phone, String email,
                                       String communicationNeed, String interpreterLanguage) implements Serializable {

    /** "Dan Test, father (parental responsibility)". */
    public String label() {
        return fullName + ", " + relationship + (parentalResponsibility ? " (parental responsibility)" : "");
    }

    /** How to make the plan and minutes understandable to them; null when nothing is recorded. */
    public String understandableBy() {
        if (communicationNeed == null && interpreterLanguage == null) {
            return null;
        }
        return (communicationNeed == null ? "" : communicationNeed)
                + (communicationNeed != null && interpreterLanguage != null ? "; " : "")
                + (interpreterLanguage == null ? "" : "interpreter: " + interpreterLanguage);
    }
}
