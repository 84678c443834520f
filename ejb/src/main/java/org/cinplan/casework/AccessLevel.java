package org.cinplan.casework;

/** What the caller may do with one child's record, as {@link CaseAccess} decides it. */
public enum AccessLevel {
    /** Change it: the allocated worker, or a manager of their team (and named, if the record is restricted). */
    EDIT,
    /** Read it: their team, or named on a restricted record's access list. */
    READ,
    /** Read it for a while, through break-glass. */
    BREAK_GLASS,
    /** Nothing, but break-glass is on offer: the record is in the caller's council. */
    NONE_BREAK_GLASS_OFFERED,
    /** Nothing: another council's record, a role that holds no cases, or no such record. */
    NONE;

    public boolean mayRead() {
        return this == EDIT || this == READ || this == BREAK_GLASS;
    }
}
