package org.cinplan.messages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.cinplan.casework.CaseAccess;
import org.cinplan.documents.DocumentFile;
import org.cinplan.documents.Documents;
import org.cinplan.meetings.MinutesDistribution;
import org.cinplan.planning.PlanDistribution;
import org.cinplan.planning.RecipientKind;
import org.cinplan.schedule.Dates;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Emails documents to a distribution list, marked OFFICIAL-SENSITIVE, only to the recorded recipients' addresses: the
 * minutes of a held meeting (with the CIN plan in force) to the people invited, and the plan in force to those on its
 * own list (parents and the child get the family-friendly plan too). The PDFs are made in the request that asked, with
 * the requester's access (after the commit the caller's identity is not certain: a run-as caller's is gone by then);
 * the messages are queued once that request has committed. The last one sent records the sending ({@link Outbox#sent}).
 */
@Dependent
class DistributionMailer {

    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final Set<RecipientKind> FAMILY = EnumSet.of(RecipientKind.PARENT, RecipientKind.CHILD);
    private static final Logger LOG = Logger.getLogger(DistributionMailer.class.getName());

    @EJB
    private MailDelivery delivery;

    @EJB
    private Documents documents;

    @Inject
    private Event<DocumentsToSend> toSend;

    void minutes(@Observes MinutesDistribution minutes) {
        List<Attachment> attached = attachments(documents.minutesToSend(minutes.meetingId()));
        String reference = CaseAccess.caseReference(minutes.episodeId());
        String what = "the minutes of the " + minutes.title() + " held on " + Dates.full(minutes.heldOn());
        String subject = MARKING + ": Minutes of the " + minutes.title() + " held on " + Dates.full(minutes.heldOn())
                + " (" + reference + ")";
        toSend.fire(new DocumentsToSend(minutes.recipients().stream().map(r -> new NewMessage(MessageKind.MINUTES,
                r.email(), r.name(), subject, body(r.name(), what + " (" + reference + ")"
                        + (attached.size() > 1 ? ", with the CIN plan in force" : ""), attached,
                        "someone invited to the meeting"), null, minutes.episodeId(), minutes.meetingId(), attached))
                .toList()));
    }

    void plan(@Observes PlanDistribution plan) {
        // Made once: the plan first, then (when a parent or the child is on the list) the family-friendly plan.
        List<Attachment> withFamilyPlan = attachments(documents.planToSend(plan.episodeId(),
                plan.recipients().stream().anyMatch(r -> FAMILY.contains(r.kind()))));
        List<Attachment> planOnly = withFamilyPlan.subList(0, 1);
        String reference = CaseAccess.caseReference(plan.episodeId());
        String subject = MARKING + ": CIN plan, version " + plan.version() + " (" + reference + ")";
        toSend.fire(new DocumentsToSend(plan.recipients().stream().map(r -> {
            List<Attachment> attached = FAMILY.contains(r.kind()) ? withFamilyPlan : planOnly;
            return new NewMessage(MessageKind.PLAN, r.email(), r.name(), subject,
                    body(r.name(), "version " + plan.version() + " of the CIN plan (" + reference + ")"
                            + (attached.size() > 1 ? ", with the plan in plain words" : ""), attached,
                            "someone on the plan's distribution list (" + r.kind().label() + ")"),
                    null, plan.episodeId(), (long) plan.version(), attached);
        }).toList()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DocumentsToSend send) {
        try {
            delivery.queue(send.messages());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, failure, () -> "cinplan: documents for " + send.messages().size()
                    + " recipients could not be queued for email; their sending is not recorded");
        }
    }

    private static String body(String name, String what, List<Attachment> attached, String as) {
        return MARKING + "\n\nDear " + name + ",\n\nPlease find attached " + what + " ("
                + String.join(", ", attached.stream().map(Attachment::fileName).toList()) + ")."
                + " They are sent to you as " + as + "; please do not pass them on.\n\n" + MARKING + "\n";
    }

    private static List<Attachment> attachments(List<DocumentFile> files) {
        return files.stream().map(f -> new Attachment(f.fileName(), DocumentFile.PDF, f.content())).toList();
    }

    /** Messages with their documents, made in the request, to queue once it has committed. */
    record DocumentsToSend(List<NewMessage> messages) {
    }
}
