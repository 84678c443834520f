package org.cinplan.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseChanged;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Records the distribution of minutes that were emailed, in a transaction of its own after the send was logged: the
 * meeting's MINUTES_DISTRIBUTED is met and the case recomputed. Minutes whose distribution is already recorded (by
 * hand meanwhile) are left as they are.
 */
@Stateless
@PermitAll
public class MinutesEmailedRecorder {

    /** Who the audit trail names for a distribution recorded because the mail server accepted it. */
    static final String ACTOR = "cinplan-mail";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private Event<CaseChanged> caseChanged;

    public void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) MinutesEmailed emailed) {
        Meeting meeting = em.find(Meeting.class, emailed.meetingId());
        if (meeting == null || meeting.minutesDistributedOn() != null) {
            return;
        }
        meeting.recordMinutesDistributed(emailed.sentOn(), emailed.recipients());
        meeting.episode().markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        auditTrail.record(ACTOR, AuditAction.CHANGE_RECORD, "Meeting", Long.toString(emailed.meetingId()),
                meeting.episode().child().id(), "Minutes emailed on " + emailed.sentOn() + " to "
                        + String.join(", ", meeting.minutesRecipients()), AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(meeting.episode().id()));
    }
}
