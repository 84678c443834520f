package org.cinplan.returns;

/**
 * One DfE validation rule: its code, severity and message, and its check of the header and of each child. A rule
 * object serves one validation run (the rules that compare children, such as unique LAchildIDs, remember what they
 * saw), so {@link CensusRules#forOneReturn()} makes fresh ones for every run.
 */
public interface CensusRule {

    String code();

    Severity severity();

    String message();

    default void checkHeader(CensusHeader header, Findings findings) {
    }

    default void checkChild(CensusChild child, CensusHeader header, Findings findings) {
    }

    /** Once every child has been checked: the rules on the return as a whole judge it here. */
    default void finish(CensusHeader header, Findings findings) {
    }

    /** Where a rule's checks report what they found. */
    interface Findings {
        /** The rule fails for this child at this field. */
        void fail(CensusRule rule, CensusChild child, String field);
    }
}
