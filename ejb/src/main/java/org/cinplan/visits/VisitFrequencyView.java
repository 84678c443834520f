package org.cinplan.visits;

import java.io.Serializable;
import java.time.LocalDate;

/** A visit frequency agreed on a case, as the case's pages show it ("every 2 weeks, agreed at the initial meeting on ..."). */
public record VisitFrequencyView(Long id, LocalDate agreedOn, String inWords, String reason, String recordedBy)
        implements Serializable {
}
