package org.cinplan.schedule.store;

import java.time.LocalDate;

/** What is stored about an episode beside its history: its version (moved on by every change) and next-check date. */
public record StoredEpisode(int version, LocalDate nextCheckOn) {
}
