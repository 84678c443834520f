package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.schedule.EpisodeType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * Significant changes in the family's circumstances (a change after a meeting starts REVIEW_EARLY in Suffolk; the next
 * meeting held meets it) and the family's consent to the plan, its refusal or withdrawal (CONSENT; after child protection
 * a refusal is put to a manager of the case's team). Recorded by the case's worker or its managers, audited, on the
 * timeline; the case's deadlines are recomputed at once.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class ChangesAndConsent {

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

    /** The case's changes and consent records, for a caller who may read the case; the view is audited. */
    public ChangesAndConsentPage pageOf(@NotNull(message = "Choose a case") Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.readableEpisode(episodeId, "see a case's significant changes and consent");
        List<SignificantChange> changes = em.createQuery("select s from SignificantChange s where s.episode = :e"
                + " order by s.occurredOn desc, s.id desc", SignificantChange.class).setParameter("e", episode).getResultList();
        List<ConsentRecord> consents = em.createQuery("select c from ConsentRecord c where c.episode = :e"
                + " order by c.givenOn desc, c.id desc", ConsentRecord.class).setParameter("e", episode).getResultList();
        Map<String, String> names = CaseRecords.fullNames(em, Stream.concat(changes.stream().map(SignificantChange::recordedBy),
                consents.stream().flatMap(c -> Stream.of(c.recordedBy(), c.escalatedTo()))));
        boolean mayRecord = !episode.isClosed() && access.levelFor(episode.child()) == AccessLevel.EDIT && mayRecord();
        ChangesAndConsentPage page = new ChangesAndConsentPage(episode.id(), episode.child().id(), episode.child().fullName(),
                episode.child().family().council().name(), episode.isClosed(), afterChildProtection(episode),
                changes.stream().map(s -> new ChangesAndConsentPage.Change(s.occurredOn(), s.description(),
                        name(names, s.recordedBy()))).toList(),
                consents.stream().map(c -> new ChangesAndConsentPage.Consent(c.kind().label(), c.givenOn(), c.givenBy(),
                        c.note(), name(names, c.recordedBy()), name(names, c.escalatedTo()))).toList(),
                mayRecord, mayRecord && afterChildProtection(episode) ? managersOf(episode) : List.of());
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "Viewed the case's significant changes and consent", AuditOutcome.SUCCESS);
        return page;
    }

    /** Records a significant change in the family's circumstances (what, when). */
    public void recordChange(@NotNull(message = "Choose a case") Long episodeId,
                             @NotNull(message = "Enter the date of the change")
                             @PastOrPresent(message = "The date of the change cannot be in the future") LocalDate occurredOn,
                             @NotBlank(message = "Describe the change")
                             @Size(max = 2000, message = "The description can have at most 2,000 characters") String description) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.editableEpisode(episodeId, "record a significant change");
        StaffMember me = requireRecorder(access, episode, "REVIEW_EARLY");
        SignificantChange change = SignificantChange.record(episode, occurredOn, LocalDate.now(clock), description,
                me.username());
        em.persist(change);
        done(episode, me, "Recorded a significant change of " + occurredOn + " (REVIEW_EARLY): " + change.description());
    }

    /** Records the family's consent, refusal or withdrawal; after child protection a refusal names the manager it was put to. */
    public void recordConsent(@NotNull(message = "Choose a case") Long episodeId,
                              @NotNull(message = "Say whether consent was given, refused or withdrawn") ConsentKind kind,
                              @NotNull(message = "Enter the date")
                              @PastOrPresent(message = "The date cannot be in the future") LocalDate givenOn,
                              @NotBlank(message = "Say who gave or refused consent (for example, the mother)")
                              @Size(max = 200) String givenBy,
                              @Size(max = 2000, message = "The note can have at most 2,000 characters") String note,
                              @Size(max = 60) String escalatedTo) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.editableEpisode(episodeId, "record the family's consent");
        StaffMember me = requireRecorder(access, episode, "CONSENT");
        if (escalatedTo != null && !escalatedTo.isBlank() && kind.isRefusal() && afterChildProtection(episode)
                && managersOf(episode).stream().noneMatch(m -> m.code().equals(escalatedTo))) {
            throw new BusinessRuleViolation("CONSENT", "Choose a team or practice manager of the case's team (CONSENT)");
        }
        ConsentRecord record = ConsentRecord.record(episode, kind, givenOn, LocalDate.now(clock), givenBy, note,
                me.username(), escalatedTo);
        em.persist(record);
        done(episode, me, kind.label() + " on " + givenOn + " by " + record.givenBy() + " (CONSENT)"
                + (record.escalatedTo() == null ? "" : "; put to " + record.escalatedTo() + " (after child protection)"));
    }

    private void done(Episode episode, StaffMember me, String detail) {
        CaseRecords.changed(em, episode, clock);
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episode.id().toString(), episode.child().id(),
                detail, AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episode.id()));
    }

    private StaffMember requireRecorder(CaseAccess access, Episode episode, String rule) {
        if (!mayRecord()) {
            auditTrail.recordIndependently(access.username(), AuditAction.ACCESS_DENIED, "Episode", episode.id().toString(),
                    episode.child().id(), "Tried to record on the case (" + rule + "): the case's worker or a manager records it",
                    AuditOutcome.DENIED);
            throw new BusinessRuleViolation(rule, "The case's social worker or a manager of its team records this; a family"
                    + " support practitioner does not (" + rule + ").");
        }
        return access.me();
    }

    private boolean mayRecord() {
        return Stream.of(Role.SOCIAL_WORKER, Role.CONSULTANT_SOCIAL_WORKER, Role.PRACTICE_MANAGER, Role.TEAM_MANAGER)
                .anyMatch(r -> context.isCallerInRole(r.name()));
    }

    private static boolean afterChildProtection(Episode episode) {
        return episode.type() == EpisodeType.STEP_DOWN_FROM_CP;
    }

    /** The team and practice managers of the allocated worker's team. */
    private List<ManagementDecisionsPage.Choice> managersOf(Episode episode) {
        StaffMember worker = episode.child().family().allocatedWorker();
        if (worker == null || worker.team() == null) {
            return List.of();
        }
        return em.createQuery("select distinct s from StaffMember s join s.roles r where s.team = :team"
                        + " and s.enabled = true and r in :roles order by s.fullName", StaffMember.class)
                .setParameter("team", worker.team())
                .setParameter("roles", List.of(Role.TEAM_MANAGER, Role.PRACTICE_MANAGER)).getResultList().stream()
                .map(s -> new ManagementDecisionsPage.Choice(s.username(), s.fullName())).toList();
    }

    private static String name(Map<String, String> names, String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

}
