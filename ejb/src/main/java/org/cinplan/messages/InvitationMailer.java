package org.cinplan.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.cinplan.meetings.MeetingInvitation;

import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Emails each invitee with an email address their calendar invitation, update or cancellation, once the booking's
 * change has committed. A failure here is logged and leaves the booking as saved.
 */
@Dependent
class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class.getName());

    @EJB
    private MailDelivery delivery;

    @Inject
    private MailSession mail;

    @Inject
    private Clock clock;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeetingInvitation meeting) {
        try {
            String sender = mail.sender();
            MessageKind kind = meeting.change().cancels() ? MessageKind.CANCELLATION : MessageKind.INVITATION;
            List<NewMessage> messages = meeting.invitees().stream().filter(i -> i.email() != null)
                    .map(i -> new NewMessage(kind, i.email(), i.name(), CalendarInvitations.subject(meeting),
                            CalendarInvitations.body(meeting, i),
                            CalendarInvitations.calendar(meeting, i, sender, clock.instant()),
                            meeting.episodeId(), meeting.bookingId()))
                    .toList();
            delivery.queue(messages);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "cinplan: the invitations of meeting " + meeting.bookingId()
                    + " could not be queued; the booking is saved");
        }
    }
}
