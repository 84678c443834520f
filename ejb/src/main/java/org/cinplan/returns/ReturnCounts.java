package org.cinplan.returns;

/**
 * What a return holds, as its history states it: the children in it; for the census its episodes of need
 * ({@code CINdetails}), errors and queries; for Annex A the rows of its lists (in {@code episodes}: each list 6 row
 * is an episode of need) and no validation.
 */
public record ReturnCounts(int children, Integer episodes, Integer errors, Integer queries) {
}
