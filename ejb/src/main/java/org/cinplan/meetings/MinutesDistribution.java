package org.cinplan.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of a held meeting are to be emailed to its distribution list: the people invited who have an email
 * address. Fired inside the transaction that asked for it, by the person asking: observe it there to make the documents with
 * their access, and {@code during = TransactionPhase.AFTER_SUCCESS} to send.
 * When every message has been sent, the sender announces {@link MinutesEmailed}, which records the distribution
 * (MINUTES_DISTRIBUTED); until then the deadline stays unmet.
 */
public record MinutesDistribution(long meetingId, long episodeId, String title, LocalDate heldOn,
                                  List<MeetingInvitation.Invitee> recipients) {
}
