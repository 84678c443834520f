package org.cinplan.returns;

import java.time.LocalDateTime;

/**
 * A return as the history lists it (never its data): what, of which council, who asked and when, where its
 * generation is, and once kept its counts and its file's SHA-256.
 *
 * @param state    "Running", "Done", "Failed" or "Stopped" (running, but with no progress for {@link
 *                 CensusReturns#STALLED} minutes: the server stopped under it)
 * @param episodes for Annex A, the rows of its lists
 */
public record ReturnSummary(Long id, String what, String councilCode, String period, String format,
                            String requestedBy, LocalDateTime requestedAt, String state, int progress,
                            LocalDateTime finishedAt, Integer children, Integer episodes, Integer errors,
                            Integer queries, String sha256, Long fileSize, String fileName, String failure) {

    /** Still being generated: the page polls while any is. */
    public boolean running() {
        return "Running".equals(state);
    }

    /** Kept with its file. */
    public boolean done() {
        return "Done".equals(state);
    }
}
