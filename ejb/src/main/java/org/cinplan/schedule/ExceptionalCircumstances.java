package org.cinplan.schedule;

import java.time.LocalDate;

/** Exceptional circumstances recorded on a case, and when. */
record ExceptionalCircumstances(ExceptionalCircumstance kind, LocalDate recordedOn) {
    public ExceptionalCircumstances {
        Guard.required(kind, "kind of exceptional circumstance is required");
        Guard.required(recordedOn, "the date exceptional circumstances were recorded is required");
    }
}
