package org.cinplan.casework;

/**
 * A case closed on a manager's agreement (CLOSURE_APPROVED), fired once the closure has committed: the areas that hold
 * things booked on the case (meetings) end them.
 *
 * @param by the username of the manager who agreed
 */
public record CaseClosed(long episodeId, String by) {
}
