package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.platform.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * A case's social work assessments (issue 13 item 2): the worker starts one (initial, six-monthly, or asked for by a
 * review), records its internal review, and completes it with the DfE factors identified and its outcome; a team or
 * practice manager of the case authorises it, which meets ASSESSMENT_DUE and ASSESSMENT_REFRESH. An open assessment never
 * stops another from starting. Every step is audited, shows on the timeline and recomputes the case's deadlines.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class AssessmentRecording {

    private static final String RULES = "ASSESSMENT_DUE, ASSESSMENT_REFRESH";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private Event<CaseChanged> caseChanged;

    /** The case's assessments, for a caller who may read the case; the view is audited. */
    public AssessmentsPage pageOf(@NotNull(message = "Choose a case") Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.readableEpisode(episodeId, "see a case's assessments");
        boolean mayEdit = access.levelFor(episode.child()) == AccessLevel.EDIT && !episode.isClosed();
        List<Assessment> assessments = em.createQuery("select a from Assessment a where a.episode = :e"
                + " order by a.startedOn desc, a.id desc", Assessment.class).setParameter("e", episode).getResultList();
        Map<String, String> names = CaseRecords.fullNames(em, assessments.stream()
                .flatMap(a -> Stream.of(a.completedBy(), a.authorisedBy())));
        AssessmentsPage page = new AssessmentsPage(episode.id(), episode.child().id(), episode.child().fullName(),
                episode.child().family().council().name(), episode.isClosed(), assessments.stream().map(a -> new AssessmentsPage.Row(
                a.id(), a.version(), a.reason().label(), a.startedOn(), a.internalReviewOn(), a.completedOn(),
                nameOf(names, a.completedBy()), a.factors().stream().map(c -> c + " " + AssessmentFactor.ofCode(c)
                        .map(AssessmentFactor::label).orElse("")).toList(), a.outcome() == null ? null : a.outcome().label(),
                a.authorisedOn(), nameOf(names, a.authorisedBy()))).toList(),
                mayEdit && mayRecord(), mayEdit && mayAuthorise());
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "Viewed the case's assessments", AuditOutcome.SUCCESS);
        return page;
    }

    /** Starts an assessment on the case. */
    public void start(@NotNull(message = "Choose a case") Long episodeId,
                      @NotNull(message = "Say why the assessment starts") AssessmentReason reason,
                      @NotNull(message = "Enter the date the assessment started")
                      @PastOrPresent(message = "The start date cannot be in the future") LocalDate startedOn) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.editableEpisode(episodeId, "start an assessment");
        StaffMember me = requireRecorder(access, episode, "start an assessment");
        Assessment assessment = Assessment.start(episode, startedOn, reason, me.username(), today());
        em.persist(assessment);
        done(episode, me, reason.label() + " started on " + startedOn);
    }

    /** Records the assessment's internal review date. */
    public void recordInternalReview(@NotNull(message = "Choose an assessment") Long assessmentId, int version,
                                     @NotNull(message = "Enter the date of the internal review")
                                     @PastOrPresent(message = "The internal review date cannot be in the future")
                                     LocalDate reviewedOn) {
        change(assessmentId, version, "record an assessment's internal review", false,
                (a, me) -> a.recordInternalReview(reviewedOn, today()),
                a -> "Internal review of the assessment started " + a.startedOn() + " on " + reviewedOn);
    }

    /** The worker completes the assessment with the factors identified and its outcome. */
    public void complete(@NotNull(message = "Choose an assessment") Long assessmentId, int version,
                         @NotNull(message = "Enter the completion") @Valid AssessmentCompletion completion) {
        change(assessmentId, version, "complete an assessment", false,
                (a, me) -> a.complete(completion.completedOn(), today(), me.username(), completion.factors(),
                        completion.outcome()),
                a -> "Completed the assessment started " + a.startedOn() + " on " + completion.completedOn()
                        + "; factors " + String.join(", ", a.factors()) + "; outcome: " + a.outcome().label());
    }

    /** A team or practice manager of the case authorises a completed assessment: it then meets its deadlines. */
    public void authorise(@NotNull(message = "Choose an assessment") Long assessmentId, int version,
                          @NotNull(message = "Enter the date of your authorisation")
                          @PastOrPresent(message = "The authorisation date cannot be in the future") LocalDate authorisedOn) {
        change(assessmentId, version, "authorise an assessment", true,
                (a, me) -> a.authorise(authorisedOn, today(), me.username()),
                a -> "Authorised the assessment started " + a.startedOn() + ", completed " + a.completedOn() + ", on "
                        + authorisedOn + " (" + RULES + ")");
    }

    private void change(Long assessmentId, int version, String attempted, boolean authorising,
                        BiConsumer<Assessment, StaffMember> action,
                        Function<Assessment, String> audit) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Assessment assessment = em.find(Assessment.class, Objects.requireNonNull(assessmentId));
        Episode episode = access.editableEpisode(assessment == null ? null : assessment.episode().id(), attempted);
        StaffMember me = authorising ? requireAuthoriser(access, episode) : requireRecorder(access, episode, attempted);
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed: its assessments cannot change");
        }
        if (assessment.version() != version) {
            throw CaseRecords.changedMeanwhile();
        }
        action.accept(assessment, me);
        done(episode, me, audit.apply(assessment));
    }

    private void done(Episode episode, StaffMember me, String detail) {
        CaseRecords.changed(em, episode, clock);
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episode.id().toString(), episode.child().id(),
                detail, AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episode.id()));
    }

    private StaffMember requireRecorder(CaseAccess access, Episode episode, String attempted) {
        if (!mayRecord()) {
            throw refused(access, episode, "Tried to " + attempted + ": a social worker or a manager records assessments",
                    "A social worker or a manager of the case records its assessments; a family support practitioner"
                            + " does not (" + RULES + ").");
        }
        return access.me();
    }

    private StaffMember requireAuthoriser(CaseAccess access, Episode episode) {
        if (!mayAuthorise()) {
            throw refused(access, episode, "Tried to authorise an assessment: a team or practice manager authorises it",
                    "Only a team or practice manager of the case authorises an assessment (" + RULES + ").");
        }
        return access.me();
    }

    private BusinessRuleViolation refused(CaseAccess access, Episode episode, String auditDetail, String message) {
        auditTrail.recordIndependently(access.username(), AuditAction.ACCESS_DENIED, "Episode", episode.id().toString(),
                episode.child().id(), auditDetail, AuditOutcome.DENIED);
        return new BusinessRuleViolation("ASSESSMENT_DUE", message);
    }

    private boolean mayRecord() {
        return Stream.of(Role.SOCIAL_WORKER, Role.CONSULTANT_SOCIAL_WORKER, Role.PRACTICE_MANAGER, Role.TEAM_MANAGER)
                .anyMatch(r -> context.isCallerInRole(r.name()));
    }

    private boolean mayAuthorise() {
        return context.isCallerInRole(Role.TEAM_MANAGER.name()) || context.isCallerInRole(Role.PRACTICE_MANAGER.name());
    }


    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String nameOf(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }
}
