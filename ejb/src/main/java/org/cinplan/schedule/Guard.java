package org.cinplan.schedule;

/** Input guards: a missing value is a bad request (IllegalArgumentException), not a programming error. */
final class Guard {
    private Guard() {
    }

    static <T> T required(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }
}
