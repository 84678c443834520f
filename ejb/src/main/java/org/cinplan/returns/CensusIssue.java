package org.cinplan.returns;

/**
 * One finding of the census validation: the DfE rule's code and message, whether it blocks (error) or warns (query),
 * the child it concerns (its LAchildID and cinplan record id; none for a header rule) and the field to fix.
 */
public record CensusIssue(String code, Severity severity, String message, String laChildId, Long childRecordId,
                          String field) {

    public boolean blocks() {
        return severity == Severity.ERROR;
    }
}
