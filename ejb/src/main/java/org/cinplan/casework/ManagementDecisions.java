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
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.Dates;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * The management checkpoints recorded on a case (RULES.md v2, "What meets a checkpoint"): oversight at 6 and 12 months,
 * the nine-month conclusion check and the practice manager's answer, the supervision-order extension decision, the
 * 18-month review with a service manager, the decision that a plan continues beyond 6 months, and exceptional
 * circumstances at any time. Each is recorded by the role its rule names (others are refused, naming the rule), only by
 * someone who may change the case, is audited, shows on the child's timeline and meets its deadline at once.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class ManagementDecisions {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private Event<CaseChanged> caseChanged;

    /** The case's checkpoints, for a caller who may read the case; the view is audited. */
    public ManagementDecisionsPage pageOf(@NotNull(message = "Choose a case") Long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.readableEpisode(episodeId, "see a case's management decisions");
        boolean mayEdit = access.levelFor(episode.child()) == AccessLevel.EDIT;
        List<CaseCheckpoint> checkpoints = checkpointsOf(episode);
        Map<String, String> names = CaseRecords.fullNames(em, checkpoints.stream()
                .flatMap(c -> Stream.of(c.recordedBy(), c.withStaff(), c.answeredBy())));
        boolean mayAnswer = mayEdit && inRole(Role.PRACTICE_MANAGER);
        List<ManagementDecisionsPage.Recorded> recorded = checkpoints.stream().map(c -> new ManagementDecisionsPage.Recorded(
                c.id(), c.version(), c.kind().name(), CheckpointRule.titleOf(c.kind()),
                CheckpointRule.of(c.kind()).map(r -> r.rule().name()).orElse("MIN_DURATION_AFTER_CP"), c.recordedOn(),
                names.getOrDefault(c.recordedBy(), c.recordedBy()), CheckpointRule.decisionLabel(c.kind(), c.decision()),
                c.note(), c.nextSteps(), c.withStaff() == null ? null : names.getOrDefault(c.withStaff(), c.withStaff()),
                c.isAwaitingAnswer(), CheckpointRule.decisionLabel(null, c.answerDecision()), c.answer(),
                c.answeredBy() == null ? null : names.getOrDefault(c.answeredBy(), c.answeredBy()), c.answeredOn(),
                c.isAwaitingAnswer() && mayAnswer && !episode.isClosed())).toList();
        List<CheckpointRule> open = episode.isClosed() ? List.of() : Arrays.stream(CheckpointRule.values())
                .filter(rule -> applies(rule, episode) == null)
                .filter(rule -> checkpoints.stream().noneMatch(c -> c.kind() == rule.kind()))
                .filter(rule -> rule != CheckpointRule.EXCEPTIONAL_CIRCUMSTANCES || episode.exceptionalCircumstance() == null)
                .toList();
        Set<Role> roles = callerRoles();
        boolean allocated = isAllocatedWorker(episode, access);
        List<ManagementDecisionsPage.Option> options = !mayEdit ? List.of() : open.stream()
                .filter(rule -> rule.mayBeRecordedBy(roles, allocated))
                .map(rule -> new ManagementDecisionsPage.Option(rule.kind().name(), rule.title(), rule.rule().name(),
                        rule.decisions().stream().map(d -> new ManagementDecisionsPage.Choice(d.code(), d.label())).toList(),
                        rule == CheckpointRule.SERVICE_MANAGER_REVIEW)).toList();
        ManagementDecisionsPage page = new ManagementDecisionsPage(episode.id(), episode.child().id(),
                episode.child().fullName(), episode.child().family().council().name(), episode.type().label(),
                episode.isClosed(), recorded,
                open.stream().map(r -> new ManagementDecisionsPage.Outstanding(r.title(), r.rule().name(), r.who())).toList(),
                options, options.stream().anyMatch(ManagementDecisionsPage.Option::needsServiceManager)
                        ? serviceManagersOf(episode) : List.of());
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "Viewed the case's management decisions", AuditOutcome.SUCCESS);
        return page;
    }

    /** Records a checkpoint; its deadline is met at once (the case's alerts are recomputed once this commits). */
    public void record(@NotNull(message = "Choose a case") Long episodeId,
                       @NotNull(message = "Enter the decision") @Valid CheckpointForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        CheckpointRule rule = CheckpointRule.of(form.kind()).orElseThrow(() -> new BusinessRuleViolation("MIN_DURATION_AFTER_CP",
                "A decision that a plan may close early is recorded on the case page (MIN_DURATION_AFTER_CP)"));
        Episode episode = access.editableEpisode(episodeId, "record the " + rule.title().toLowerCase(Locale.ROOT));
        StaffMember me = access.me();
        if (!rule.mayBeRecordedBy(callerRoles(), isAllocatedWorker(episode, access))) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, "Episode", episodeId.toString(),
                    episode.child().id(), "Tried to record the " + rule.kind() + " checkpoint: " + rule.rule()
                            + " is recorded by " + rule.who(), AuditOutcome.DENIED);
            throw new BusinessRuleViolation(rule.rule().name(), rule.refusal() + ".");
        }
        String notApplicable = applies(rule, episode);
        if (notApplicable != null) {
            throw new BusinessRuleViolation(rule.rule().name(), notApplicable + ".");
        }
        checkpointsOf(episode).stream().filter(c -> c.kind() == rule.kind()).findFirst().ifPresent(c -> {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The " + rule.title().toLowerCase(Locale.ROOT) + " was already recorded, on "
                    + Dates.full(c.recordedOn()) + " (" + rule.rule() + ")");
        });
        if (rule == CheckpointRule.EXCEPTIONAL_CIRCUMSTANCES && episode.exceptionalCircumstance() != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "Exceptional circumstances (" + episode.exceptionalCircumstance().label()
                    + ") were already recorded on " + Dates.full(episode.exceptionalCircumstanceRecordedOn())
                    + " (MAX_DURATION_12M)");
        }
        if (rule == CheckpointRule.SERVICE_MANAGER_REVIEW && form.withStaff() != null && serviceManagersOf(episode).stream()
                .noneMatch(s -> s.code().equals(form.withStaff()))) {
            throw new BusinessRuleViolation("SERVICE_MANAGER_18M", "Choose a service manager of " + episode.child().family().council().name()
                    + " (SERVICE_MANAGER_18M, Suffolk procedure 4.7)");
        }
        CaseCheckpoint checkpoint = CaseCheckpoint.record(episode, rule, form.decidedOn(), LocalDate.now(clock), me.username(),
                    form.decision(), form.reasons(), form.nextSteps(), form.withStaff());
        em.persist(checkpoint);
        if (rule == CheckpointRule.EXCEPTIONAL_CIRCUMSTANCES) {
            episode.recordExceptionalCircumstance(ExceptionalCircumstance.valueOf(form.decision()), form.reasons(),
                    form.decidedOn());
        }
        CaseRecords.changed(em, episode, clock);
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "Recorded the " + rule.title().toLowerCase(Locale.ROOT) + " (" + rule.rule() + ") dated "
                        + form.decidedOn() + ": " + CheckpointRule.decisionLabel(rule.kind(), checkpoint.decision())
                        + (checkpoint.withStaff() == null ? "" : ", with " + checkpoint.withStaff())
                        + ". Reasons: " + checkpoint.note() + ". Next steps: " + checkpoint.nextSteps(), AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episode.id()));
    }

    /** The practice manager's answer to a nine-month check that says the plan will not conclude within 12 months. */
    public void answer(@NotNull(message = "Choose a check") Long checkpointId, int version,
                       @NotNull(message = "Enter your answer") @Valid CheckpointAnswerForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        CaseCheckpoint check = em.find(CaseCheckpoint.class, Objects.requireNonNull(checkpointId));
        Long episodeId = check == null ? null : check.episode().id();
        Episode episode = access.editableEpisode(episodeId, "answer a nine-month conclusion check");
        StaffMember me = access.me();
        if (!inRole(Role.PRACTICE_MANAGER)) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, "Episode", episodeId.toString(),
                    episode.child().id(), "Tried to answer a nine-month conclusion check: the practice manager answers it",
                    AuditOutcome.DENIED);
            throw new BusinessRuleViolation("CONCLUSION_CHECK_9M", "Only the case's practice manager answers whether child protection processes are"
                    + " needed (CONCLUSION_CHECK_9M, Suffolk procedure 4.4).");
        }
        if (check.version() != version) {
            throw CaseRecords.changedMeanwhile();
        }
        check.answer(form.answeredOn(), LocalDate.now(clock), me.username(), form.decision(), form.reasons());
        CaseRecords.changed(em, episode, clock);
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "Answered the nine-month conclusion check (CONCLUSION_CHECK_9M) on " + form.answeredOn() + ": "
                        + CheckpointRule.decisionLabel(null, form.decision()) + ". Reasons: " + check.answer(), AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episode.id()));
    }

    /** Null when the checkpoint applies to the case (its council's profile sets the rule, the case takes it), else why not. */
    private String applies(CheckpointRule rule, Episode episode) {
        CouncilCode council = CouncilCode.valueOf(episode.child().family().council().code());
        PolicyProfile profile = catalog.profiles(council).effectiveOn(LocalDate.now(clock));
        if (!profile.sets(rule.rule())) {
            return profile.councilName() + "'s policy sets no " + rule.rule().title().toLowerCase(Locale.ROOT)
                    + " (" + rule.rule() + ")";
        }
        return rule.notForThisCase(episode.type(), episode.child().isDisabled(), episode.isDisabledChildrensTeam());
    }

    private List<CaseCheckpoint> checkpointsOf(Episode episode) {
        return em.createQuery("select c from CaseCheckpoint c where c.episode = :e order by c.recordedOn, c.id",
                CaseCheckpoint.class).setParameter("e", episode).getResultList();
    }

    private List<ManagementDecisionsPage.Choice> serviceManagersOf(Episode episode) {
        return em.createQuery("select distinct s from StaffMember s join s.roles r where s.team.council = :council"
                        + " and s.enabled = true and r = :role order by s.fullName", StaffMember.class)
                .setParameter("council", episode.child().family().council())
                .setParameter("role", Role.SERVICE_MANAGER).getResultList().stream()
                .map(s -> new ManagementDecisionsPage.Choice(s.username(), s.fullName())).toList();
    }

    private boolean isAllocatedWorker(Episode episode, CaseAccess access) {
        StaffMember worker = episode.child().family().allocatedWorker();
        return worker != null && worker.username().equals(access.username());
    }

    private Set<Role> callerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(this::inRole).forEach(roles::add);
        return roles;
    }

    private boolean inRole(Role role) {
        return context.isCallerInRole(role.name());
    }
}
