package org.cinplan.audit;

/**
 * The outcome of checking the audit chain.
 *
 * @param intact               whether every entry checked out
 * @param entriesChecked       how many entries checked out (before the break, if any)
 * @param lastSequenceNo       when intact, the last entry's sequence number (0 for an empty chain)
 * @param lastHash             when intact, the last entry's hash
 * @param firstBrokenSequenceNo when broken, the sequence number of the entry at which the chain breaks
 * @param problem              when broken, what kind of break it is
 * @param explanation          when broken, a sentence for the auditor saying what was found
 */
public record ChainVerification(boolean intact, long entriesChecked, long lastSequenceNo, String lastHash,
                                Long firstBrokenSequenceNo, Problem problem, String explanation) {

    /** What kind of break was found. */
    public enum Problem {
        /** An entry's fields no longer match its own hash: the row was changed. */
        ALTERED,
        /** Sequence numbers jump or go back: rows were deleted, or inserted or moved out of order. */
        MISSING_OR_OUT_OF_ORDER,
        /** An entry's previous-hash is not the hash of the entry before it: a row was deleted, inserted or replaced. */
        LINK_BROKEN,
        /** The chain ends before the entry that the chain head records as last: the newest entries were deleted. */
        TRUNCATED
    }

    static ChainVerification intact(long checked, long lastSequenceNo, String lastHash) {
        return new ChainVerification(true, checked, lastSequenceNo, lastHash, null, null,
                checked == 0 ? "The audit trail is empty." : "All " + checked + " entries checked: the chain is intact.");
    }

    static ChainVerification broken(long checked, long sequenceNo, Problem problem, String explanation) {
        return new ChainVerification(false, checked, 0, null, sequenceNo, problem, explanation);
    }
}
