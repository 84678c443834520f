package org.cinplan.returns;

import java.util.List;

/**
 * What validating a council's census return found: the year, the council and its LA number, how many children the
 * return holds, and every finding (errors block the return; queries only ask the council to check).
 */
public record CensusValidation(String councilCode, String year, String laNumber, int children,
                               List<CensusIssue> issues) {

    public CensusValidation {
        issues = List.copyOf(issues);
    }

    public long errors() {
        return issues.stream().filter(CensusIssue::blocks).count();
    }

    public long queries() {
        return issues.size() - errors();
    }

    /** No error blocks the return (queries do not). */
    public boolean submittable() {
        return errors() == 0;
    }
}
