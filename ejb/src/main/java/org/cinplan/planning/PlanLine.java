package org.cinplan.planning;

/**
 * A line of a plan version (an outcome, action, service or recipient) as stored: a value object, equal to another
 * when the values they hold are equal. It holds no state of its own, so the lines stay plain embeddables.
 */
abstract class PlanLine<T> {

    /** The line as the record the rest of the code reads. */
    abstract T value();

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value().equals(((PlanLine<?>) other).value());
    }

    @Override
    public final int hashCode() {
        return value().hashCode();
    }
}
