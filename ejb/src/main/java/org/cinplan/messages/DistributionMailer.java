package org.cinplan.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.cinplan.casework.CaseAccess;
import org.cinplan.meetings.MinutesDistribution;
import org.cinplan.schedule.Dates;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Emails the minutes of a held meeting to its distribution list, marked OFFICIAL-SENSITIVE, once the request has
 * committed; the last one sent records the distribution ({@link Outbox#sent}). Documents go only to the recorded
 * recipients' addresses.
 */
@Dependent
class DistributionMailer {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final Logger LOG = Logger.getLogger(DistributionMailer.class.getName());

    @EJB
    private MailDelivery delivery;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MinutesDistribution minutes) {
        try {
            String what = "the minutes of the " + minutes.title() + " held on " + Dates.full(minutes.heldOn()) + " ("
                    + CaseAccess.caseReference(minutes.episodeId()) + ")";
            String subject = MARKING + ": Minutes of the " + minutes.title() + " held on "
                    + Dates.full(minutes.heldOn()) + " (" + CaseAccess.caseReference(minutes.episodeId()) + ")";
            List<NewMessage> messages = minutes.recipients().stream().map(r -> new NewMessage(MessageKind.MINUTES,
                    r.email(), r.name(), subject, MARKING + "\n\nDear " + r.name() + ",\n\nPlease find " + what
                            + ". They are sent to you as someone invited to the meeting; please do not pass them on."
                            + "\n\n" + MARKING + "\n", null, minutes.episodeId(), minutes.meetingId())).toList();
            delivery.queue(messages);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "cinplan: the minutes of meeting " + minutes.meetingId()
                    + " could not be queued for email; the distribution is not recorded");
        }
    }
}
