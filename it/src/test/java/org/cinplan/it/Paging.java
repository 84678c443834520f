package org.cinplan.it;

import jakarta.validation.ConstraintViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Lists paged in the database: reading every page, and the server's cap on a page (Bean Validation refuses more). */
final class Paging {

    /** More rows than any list allows in one page. */
    static final int HUGE_PAGE = 1_000_000;

    private Paging() {
    }

    /** Every row of a paged list, read {@code size} at a time. */
    static <T> List<T> everyPage(BiFunction<Integer, Integer, List<T>> page, int size) {
        List<T> all = new ArrayList<>();
        List<T> read;
        do {
            read = page.apply(all.size(), size);
            all.addAll(read);
        } while (read.size() == size);
        return all;
    }

    static void assertRefused(ThrowingCallable askForTooMuch) {
        Throwable refused = catchThrowable(askForTooMuch);
        assertThat(Stream.iterate(refused, t -> t != null, Throwable::getCause)).as("the page size is refused")
                .anyMatch(ConstraintViolationException.class::isInstance);
    }
}
