package org.cinplan.admin;

/** The fields of a member of staff that an administrator fills in, so a problem can be shown at its field. */
public enum StaffField {
    USERNAME,
    FULL_NAME,
    EMAIL,
    TEAM,
    ROLES,
    PASSWORD,
    /** The password a person types to prove it is them before choosing a new one. */
    CURRENT_PASSWORD
}
