package org.cinplan.admin;

/** The fields of a member of staff that an administrator fills in, so a problem can be shown at its field. */
public enum StaffField {
    USERNAME,
    FULL_NAME,
    EMAIL,
    TEAM,
    ROLES,
    PASSWORD
}
