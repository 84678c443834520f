package org.cinplan.schedule.store;

import jakarta.persistence.Query;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Which episodes' rows a batch query reads: a range when the ids lie close together (a full sweep's batch: an
 * index range scan, and the few cases between that are not in the batch are skipped by the caller), else the ids
 * themselves. {@link #condition()} follows the episode id column in the query, e.g. {@code "where e.id " + condition}.
 */
public record EpisodeScope(String condition, Map<String, Object> parameters) {

    public static EpisodeScope of(Collection<Long> ids) {
        long first = Collections.min(ids);
        long last = Collections.max(ids);
        if (last - first < 4L * ids.size()) {
            return new EpisodeScope("between :first and :last", Map.of("first", first, "last", last));
        }
        return new EpisodeScope("in :ids", Map.of("ids", List.copyOf(ids)));
    }

    /** The condition in SQL with positional parameters, bound by {@link #bindPositional}. */
    public String sqlCondition() {
        if (parameters.containsKey("ids")) {
            return "IN (" + String.join(", ", Collections.nCopies(((List<?>) parameters.get("ids")).size(), "?")) + ")";
        }
        return "BETWEEN ? AND ?";
    }

    /** Binds this scope's parameters to a native query written with {@link #sqlCondition()}, from position 1. */
    public <Q extends Query> Q bindPositional(Q query) {
        List<?> values = parameters.containsKey("ids") ? (List<?>) parameters.get("ids")
                : List.of(parameters.get("first"), parameters.get("last"));
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    /** Binds this scope's parameters to a query written with {@link #condition()}. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
