package org.cinplan.admin;

/** Which council policy document a council's timescales come from. */
public enum PolicyFamily {
    BERKSHIRE_WEST,
    SUFFOLK
}
