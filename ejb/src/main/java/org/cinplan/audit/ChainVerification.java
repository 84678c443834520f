package org.cinplan.audit;

/**
 * The outcome of checking the audit chain.
 *
 * @param intact                whether every entry in the chain checked out
 * @param entriesChecked        how many entries checked out (before the break, if any)
 * @param plainEntries          of those, how many carry a plain SHA-256 (written before keyed hashing began)
 * @param keyedEntries          of those, how many carry an HMAC-SHA256 under the server's key
 * @param lastSequenceNo        when intact, the last entry's sequence number (0 for an empty chain)
 * @param lastHash              when intact, the last entry's hash
 * @param firstBrokenSequenceNo when broken in the chain, the sequence number of the entry at which it breaks
 * @param problem               when broken, what kind of break it is
 * @param explanation           a sentence for the auditor saying what was found
 * @param waitingEntries        entries written but not yet linked into the chain when the check ended (they were
 *                              written while it ran and are linked within seconds); not checked
 */
public record ChainVerification(boolean intact, long entriesChecked, long plainEntries, long keyedEntries,
                                long lastSequenceNo, String lastHash, Long firstBrokenSequenceNo, Problem problem,
                                String explanation, long waitingEntries) {

    /** What kind of break was found. */
    public enum Problem {
        /** An entry's fields no longer match its own hash: the row was changed. */
        ALTERED,
        /** Sequence numbers jump or go back: rows were deleted, or inserted or moved out of order. */
        MISSING_OR_OUT_OF_ORDER,
        /** An entry's previous-hash is not the hash of the entry before it: a row was deleted, inserted or replaced. */
        LINK_BROKEN,
        /** The chain ends before the entry that the chain head records as last: the newest entries were deleted. */
        TRUNCATED,
        /** Entries are in the table but neither in the chain nor waiting to be linked: written around the application. */
        UNCHAINED
    }

    static ChainVerification intact(long plain, long keyed, long lastSequenceNo, String lastHash) {
        long checked = plain + keyed;
        return new ChainVerification(true, checked, plain, keyed, lastSequenceNo, lastHash, null, null,
                checked == 0 ? "The audit trail is empty."
                        : "All " + checked + " entries checked: the chain is intact (" + hashes(plain, keyed) + ").",
                0);
    }

    static ChainVerification broken(long checked, long sequenceNo, Problem problem, String explanation) {
        return broken(checked, (Long) sequenceNo, problem, explanation);
    }

    static ChainVerification broken(long checked, Long sequenceNo, Problem problem, String explanation) {
        return new ChainVerification(false, checked, 0, 0, 0, null, sequenceNo, problem, explanation, 0);
    }

    private static String hashes(long plain, long keyed) {
        if (plain == 0) {
            return "all keyed with HMAC-SHA256";
        }
        return keyed == 0 ? "all plain SHA-256, written before keyed hashing began"
                : plain + " plain SHA-256, written before keyed hashing began, then " + keyed + " keyed with HMAC-SHA256";
    }

    /** The same outcome, saying how many entries written during the check are still waiting to be linked. */
    ChainVerification withWaiting(long waiting) {
        if (waiting == 0) {
            return this;
        }
        return new ChainVerification(intact, entriesChecked, plainEntries, keyedEntries, lastSequenceNo, lastHash,
                firstBrokenSequenceNo, problem, explanation + " " + waiting + (waiting == 1 ? " entry was" : " entries were")
                + " written while the check ran and " + (waiting == 1 ? "waits" : "wait")
                + " to be linked into the chain; the next check covers " + (waiting == 1 ? "it." : "them."), waiting);
    }
}
