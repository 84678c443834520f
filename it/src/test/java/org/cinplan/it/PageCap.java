package org.cinplan.it;

import jakarta.validation.ConstraintViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The server's cap on a page of a list: a request for more rows than the cap is refused by Bean Validation. */
final class PageCap {

    /** More rows than any list allows in one page. */
    static final int HUGE_PAGE = 1_000_000;

    private PageCap() {
    }

    static void assertRefused(ThrowingCallable askForTooMuch) {
        Throwable refused = catchThrowable(askForTooMuch);
        assertThat(Stream.iterate(refused, t -> t != null, Throwable::getCause)).as("the page size is refused")
                .anyMatch(ConstraintViolationException.class::isInstance);
    }
}
