package org.cinplan.alerts;

/** A case a sweep run could not evaluate, and why. */
public record RunFailure(long episodeId, String message) {
}
