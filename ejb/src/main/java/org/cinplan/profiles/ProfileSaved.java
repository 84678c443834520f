package org.cinplan.profiles;

import java.time.LocalDate;

/** A saved change: the new version, and the run that recomputed the council's alerts. */
public record ProfileSaved(String councilName, int version, LocalDate effectiveFrom, long recomputeRunId) {
}
