package org.cinplan.visits;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.CaseChanged;
import org.cinplan.drafts.DraftForm;
import org.cinplan.drafts.FormSaved;
import org.cinplan.casework.Episode;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.FormSubmission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.cinplan.admin.StaffMember;
import org.cinplan.platform.Validity;

/**
 * Recording a visit to the child, or to someone around the child (kept on the record only). Only the case's allocated worker, or a manager of their team, may record one;
 * the case's deadlines and alerts are recomputed as soon as it is saved.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class VisitRecording {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<CaseChanged> caseChanged;

    @Inject
    private Event<FormSaved> formSaved;

    /**
     * Saves the visit; the case's alerts are recomputed once the save has committed ({@link CaseChanged}). The
     * {@code submissionId} of the form's rendering is saved with it: the same form sent again is refused.
     */
    public void record(@NotNull(message = "Choose a case") Long episodeId, @NotNull @Valid VisitForm form,
                       @NotBlank(message = "Reload the page and try again") @Size(max = 36) String submissionId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.visitableEpisode(episodeId, "record a visit");
        String me = access.username();
        FormSubmission.acceptOnce(em, submissionId, me, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate today = LocalDate.now(clock);
        if (form.visitDate().isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The visit date cannot be in the future");
        }
        if (form.writtenUpOn() != null && form.writtenUpOn().isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The write-up date cannot be in the future");
        }
        if (episode.isClosed() && form.visitDate().isAfter(episode.closureDate())) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED,
                    "The case closed on " + episode.closureDate() + ": no visit can follow it");
        }
        // A visit to someone around the child is not a visit to the child: whether the child was seen is not asked.
        boolean toChild = form.isToTheChild();
        Visit visit = new Visit(episode, form.visitDate(), form.announced(), toChild && form.childSeen(),
                toChild && form.seenAlone(), toChild ? form.reasonNotSeenAlone() : null, form.peoplePresent(), form.purpose());
        StaffMember recorder = access.me();
        visit.describe(form.faceToFace(), blank(form.visitedBy()) ? recorder.fullName() : form.visitedBy(),
                blank(form.visitorRole()) ? roleOf(recorder) : form.visitorRole(), form.visitOf(), form.personVisited());
        if (form.writtenUpOn() != null) {
            visit.recordWriteUp(form.writtenUpOn(), form.observations());
        }
        em.persist(visit);
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.flush();
        auditTrail.record(me, AuditAction.CHANGE_RECORD, "Visit", visit.id().toString(), episode.child().id(),
                "Recorded a visit on " + form.visitDate() + (form.announced() ? " (announced)" : " (unannounced)")
                        + (visit.isFaceToFace() ? "" : ", not face to face") + " by " + visit.visitedBy() + " ("
                        + visit.visitorRole() + ")" + (toChild ? (visit.isChildSeen() ? ", child seen" : ", child not seen")
                        + (visit.isSeenAlone() ? " alone" : "") : ", to " + visit.visitOf().label().toLowerCase(Locale.UK)
                        + " (" + visit.personVisited() + ")")
                        + (form.writtenUpOn() != null ? ", written up on " + form.writtenUpOn() : ""),
                AuditOutcome.SUCCESS);
        formSaved.fire(new FormSaved(DraftForm.VISIT, episodeId, me));
        caseChanged.fire(new CaseChanged(episodeId));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The visitor's role by default: the recording person's casework role ("Social worker"). */
    private static String roleOf(StaffMember me) {
        return me.roles().stream().sorted().map(Role::label).findFirst().orElse("Staff");
    }

    /** Writes up a visit recorded earlier; the case's alerts are then recomputed (VISIT_RECORDED is met on that date). */
    public void writeUp(@NotNull @Valid VisitWriteUp writeUp) {
        Visit visit = em.find(Visit.class, writeUp.visitId());
        if (visit == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no visit with the id " + writeUp.visitId());
        }
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.visitableEpisode(visit.episode().id(), "write up a visit");
        String me = access.username();
        if (writeUp.writtenUpOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The write-up date cannot be in the future");
        }
        visit.recordWriteUp(writeUp.writtenUpOn(), writeUp.observations());
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        auditTrail.record(me, AuditAction.CHANGE_RECORD, "Visit", visit.id().toString(), episode.child().id(),
                "Wrote up the visit of " + visit.visitDate() + " on " + writeUp.writtenUpOn(), AuditOutcome.SUCCESS);
        formSaved.fire(new FormSaved(DraftForm.VISIT_WRITE_UP, episode.id(), me));
        caseChanged.fire(new CaseChanged(episode.id()));
    }

    /** The case's visits still to be written up, oldest first, for the worker who may write them up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<VisitAwaitingWriteUp> awaitingWriteUp(@NotNull(message = "Choose a case") Long episodeId) {
        CaseAccess.forCaller(em, context, auditTrail).requireMayVisit(episodeId, "write up a visit");
        return em.createQuery("select v from Visit v where v.episode.id = :episode and v.recordedOn is null"
                        + " order by v.visitDate, v.id", Visit.class)
                .setParameter("episode", episodeId).getResultStream()
                .map(v -> new VisitAwaitingWriteUp(v.id(), v.visitDate(), v.purpose()))
                .toList();
    }
}
