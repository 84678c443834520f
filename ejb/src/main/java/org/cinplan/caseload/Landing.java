package org.cinplan.caseload;

/** Where a person starts after signing in ({@link CaseloadService#callersLanding()}). */
public enum Landing {
    CASELOAD, RETURNS, RUN_LOG
}
