package org.cinplan.returns;

/** A DfE validation rule is an error, which blocks the return, or a query, which asks the council to check. */
public enum Severity {
    ERROR, QUERY
}
