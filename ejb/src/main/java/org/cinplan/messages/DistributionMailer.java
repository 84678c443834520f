package org.cinplan.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.cinplan.casework.CaseAccess;
import org.cinplan.documents.Documents;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.meetings.MinutesDistribution;
import org.cinplan.schedule.Dates;

import java.util.ArrayList;
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

    @EJB
    private Documents documents;

    /**
     * The minutes as PDF and, when the case has one, the CIN plan in force, made with the requester's own access (this
     * observer runs in their request, after it committed).
     */
    private List<Attachment> documentsOf(MinutesDistribution minutes) {
        List<Attachment> attached = new ArrayList<>();
        attached.add(new Attachment(Documents.minutesFileName(minutes.meetingId()), "application/pdf",
                documents.minutesPdf(minutes.meetingId())));
        try {
            attached.add(new Attachment(Documents.planFileName(minutes.episodeId(), null), "application/pdf",
                    documents.planPdf(minutes.episodeId(), null)));
        } catch (BusinessRuleViolation noPlanInForce) {
            // the case has no approved plan yet: the minutes go alone
        }
        return attached;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MinutesDistribution minutes) {
        try {
            String what = "the minutes of the " + minutes.title() + " held on " + Dates.full(minutes.heldOn()) + " ("
                    + CaseAccess.caseReference(minutes.episodeId()) + ")";
            String subject = MARKING + ": Minutes of the " + minutes.title() + " held on "
                    + Dates.full(minutes.heldOn()) + " (" + CaseAccess.caseReference(minutes.episodeId()) + ")";
            List<Attachment> attached = documentsOf(minutes);
            String files = String.join(", ", attached.stream().map(Attachment::fileName).toList());
            List<NewMessage> messages = minutes.recipients().stream().map(r -> new NewMessage(MessageKind.MINUTES,
                    r.email(), r.name(), subject, MARKING + "\n\nDear " + r.name() + ",\n\nPlease find attached " + what
                            + (attached.size() > 1 ? ", with the CIN plan in force" : "") + " (" + files + ")."
                            + " They are sent to you as someone invited to the meeting; please do not pass them on."
                            + "\n\n" + MARKING + "\n", null, minutes.episodeId(), minutes.meetingId(), attached))
                    .toList();
            delivery.queue(messages);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "cinplan: the minutes of meeting " + minutes.meetingId()
                    + " could not be queued for email; the distribution is not recorded");
        }
    }
}
