package org.cinplan.visits;

import java.io.Serializable;
import java.time.LocalDate;

/** A visit on a case that is not yet written up, as the write-up form offers it. */
public record VisitAwaitingWriteUp(long id, LocalDate visitDate, String purpose) implements Serializable {
}
