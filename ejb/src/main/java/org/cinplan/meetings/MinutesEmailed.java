package org.cinplan.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * Every email of a {@link MinutesDistribution} was accepted by the mail server: the distribution is recorded
 * (MINUTES_DISTRIBUTED met) by {@link MinutesEmailedRecorder} once the sender's transaction has committed.
 *
 * @param recipients who the minutes went to, as "Name &lt;address&gt;"
 */
public record MinutesEmailed(long meetingId, LocalDate sentOn, List<String> recipients) {
}
