package org.cinplan.planning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.CaseChanged;
import org.cinplan.drafts.DraftForm;
import org.cinplan.drafts.FormSaved;
import org.cinplan.casework.Episode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.platform.BusinessRuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cinplan.platform.Validity;

/**
 * Writing, submitting and agreeing a case's CIN plan. The case's allocated worker, or a manager of their team, may
 * read and edit it; only a consultant social worker or practice manager may approve or return it, and not a version
 * they wrote or submitted; a budget holder of the case's council decides the budget of the services it asks for. Every change
 * quotes the plan's lock version, so one made meanwhile by someone else is refused, not overwritten. Approving also
 * records the plan approval the deadline engine reads (PLAN_APPROVAL), and the case's deadlines and alerts are
 * recomputed at once.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE})
public class CinPlanning {

    /** The answer to a change based on a plan someone else has changed since. */
    public static final String STALE = "Someone else changed this plan while you were working on it. What you entered"
            + " is still on the page: reload the plan to see their change, then make yours again.";

    private static final String RECORD_TYPE = "CinPlan";

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
    private Event<PlanDistribution> planDistribution;

    @Inject
    private Event<FormSaved> formSaved;

    /**
     * The case's plan with every version and what changed in each; the view is audited. Whoever may change the case
     * reads it, and so does a budget holder of the case's council who may read the case, to decide its budgets.
     */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE})
    public PlanView plan(@NotNull(message = "Choose a case") Long episodeId) {
        Episode episode = episode(episodeId);
        StaffMember me = requireReader(episode, "view the CIN plan");
        CinPlan plan = planOf(episode);
        auditTrail.record(me.username(), AuditAction.VIEW_RECORD, RECORD_TYPE, recordId(episode), episode.child().id(),
                plan == null ? "Viewed the case's CIN plan: none yet"
                        : "Viewed the case's CIN plan, version " + plan.latest().number() + " (" + plan.latest().status().label() + ")",
                AuditOutcome.SUCCESS);
        return view(episode, plan, me);
    }

    /** Saves the draft's contents, starting the plan if the case has none ({@code lockVersion} null). */
    public PlanView saveDraft(@NotNull(message = "Choose a case") Long episodeId, Integer lockVersion,
                              @NotNull(message = "Enter the plan") @Valid PlanContents contents) {
        return saveContents(episodeId, lockVersion, contents, false);
    }

    /** Saves the draft's contents and submits it for approval, frozen from then on. */
    public PlanView submit(@NotNull(message = "Choose a case") Long episodeId, Integer lockVersion,
                           @NotNull(message = "Enter the plan") @Valid PlanContents contents) {
        return saveContents(episodeId, lockVersion, contents, true);
    }

    /** Starts a new draft from the latest version, once that was approved or returned. */
    public PlanView startNewVersion(@NotNull(message = "Choose a case") Long episodeId,
                                    @NotNull(message = "Reload the plan") Integer lockVersion) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "change the CIN plan");
        CinPlan plan = existing(episode, lockVersion);
        PlanVersion draft = plan.startNewDraft(me.username(), now());
        saved(plan);
        audit(me, episode, "Started version " + draft.number() + " from version " + (draft.number() - 1));
        return view(episode, plan, me);
    }

    /** Agrees the submitted version, records the plan approval, then recomputes the case's deadlines and alerts. */
    @RolesAllowed({Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE})
    public PlanView approve(@NotNull(message = "Choose a case") Long episodeId,
                            @NotNull(message = "Reload the plan") Integer lockVersion) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "approve the CIN plan");
        CinPlan plan = existing(episode, lockVersion);
        LocalDateTime now = now();
        PlanVersion approved = plan.approve(me.username(), me.roles(), now);
        em.persist(new PlanApproval(episode, LocalDate.now(clock), me.username()));
        episode.markChanged(now);
        saved(plan);
        audit(me, episode, "Approved version " + approved.number() + " of the CIN plan written by " + approved.createdBy()
                + " (PLAN_APPROVAL)");
        caseChanged.fire(new CaseChanged(episodeId));
        return view(episode, plan, me);
    }

    /**
     * A budget holder of the case's council approves or refuses the budget of the service at this line of the version
     * waiting for approval (BUDGET_APPROVAL); never of a plan they wrote or submitted (SEPARATION_OF_DUTIES).
     */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE})
    public PlanView decideBudget(@NotNull(message = "Choose a case") Long episodeId,
                                 @NotNull(message = "Reload the plan") Integer lockVersion,
                                 @NotNull(message = "Choose the service") Integer serviceLine,
                                 @NotNull(message = "Approve or refuse the service's budget") BudgetApproval decision) {
        Episode episode = episode(episodeId);
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        access.readableEpisode(episode.id(), "decide the budget of a service in the CIN plan");
        StaffMember me = access.me();
        CinPlan plan = existing(episode, lockVersion);
        ServiceProvision decided = plan.decideBudget(serviceLine, decision, me, LocalDate.now(clock));
        saved(plan);
        audit(me, episode, "Budget of " + PlanText.quote(decided.service()) + " in version " + plan.latest().number()
                + " " + decided.budgetApproval().label().toLowerCase(java.util.Locale.UK) + " by the budget holder"
                + " (BUDGET_APPROVAL)");
        return view(episode, plan, me);
    }

    /** The most rows a page of a list holds: a request cannot ask for more. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * A page of the plans of the caller's team waiting for approval, oldest submission first (paged in the database); a
     * restricted record's plan only for those on its access list. A version the caller wrote or submitted is someone
     * else's to agree, so it is not listed.
     */
    @RolesAllowed({Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE})
    public List<PlanAwaitingApproval> awaitingApproval(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return awaiting(PlanVersion.class, "select v", " order by v.submittedAt, v.id")
                .setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(v -> new PlanAwaitingApproval(v.plan().episode().id(), v.plan().episode().child().fullName(),
                        v.plan().episode().child().family().name(), v.number(), v.submittedBy(), v.submittedAt()))
                .toList();
    }

    /** How many plans {@link #awaitingApproval} pages through (counted in the database). */
    @RolesAllowed({Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE})
    public long awaitingApprovalCount() {
        return awaiting(Long.class, "select count(v)", "").getSingleResult();
    }

    private <T> TypedQuery<T> awaiting(Class<T> type, String select, String order) {
        StaffMember me = CaseAccess.forCaller(em, context, auditTrail).me();
        return em.createQuery(select + " from PlanVersion v join v.plan p join p.episode e join e.child c"
                        + " join c.family f where v.status = :submitted and f.allocatedWorker.team = :team"
                        + " and v.createdBy <> :me and (v.submittedBy is null or v.submittedBy <> :me)"
                        + CaseAccess.OPEN_TO_ME + order, type)
                .setParameter("submitted", VersionStatus.SUBMITTED).setParameter("team", me.team())
                .setParameter("me", me.username());
    }

    /**
     * A page of the plans on the caller's own cases that a manager returned for changes and that nobody has started
     * again yet, oldest return first (paged in the database): what waits on the worker.
     */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
    public List<PlanReturned> returnedToMe(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        return returned(PlanVersion.class, "select v", " order by v.decided.at, v.id")
                .setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(v -> new PlanReturned(v.plan().episode().id(), v.plan().episode().child().fullName(),
                        v.plan().episode().child().family().name(), v.number(), v.decidedBy(), v.decidedAt(),
                        v.decisionComments()))
                .toList();
    }

    /** How many plans {@link #returnedToMe} pages through (counted in the database). */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
    public long returnedToMeCount() {
        return returned(Long.class, "select count(v)", "").getSingleResult();
    }

    private <T> TypedQuery<T> returned(Class<T> type, String select, String order) {
        return em.createQuery(select + " from PlanVersion v join v.plan p join p.episode e join e.child c"
                        + " join c.family f where v.status = :returned and f.allocatedWorker.username = :me"
                        + " and not exists (select later.id from PlanVersion later where later.plan = p"
                        + " and later.number > v.number)" + order, type)
                .setParameter("returned", VersionStatus.RETURNED)
                .setParameter("me", context.getCallerPrincipal().getName());
    }

    /** Returns the submitted version to the worker with what needs to change. */
    @RolesAllowed({Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE})
    public PlanView returnForChanges(@NotNull(message = "Choose a case") Long episodeId,
                                     @NotNull(message = "Reload the plan") Integer lockVersion,
                                     @NotBlank(message = "Say what needs to change before returning the plan")
                                     @Size(max = 2000, message = "Say what needs to change in at most 2,000 characters")
                                     String comments) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "return the CIN plan");
        CinPlan plan = existing(episode, lockVersion);
        PlanVersion returned = plan.returnForChanges(me.username(), me.roles(), comments, now());
        saved(plan);
        audit(me, episode, "Returned version " + returned.number() + " for changes: " + returned.decisionComments());
        return view(episode, plan, me);
    }

    /** Records who in the family signed off the plan in force, and when. */
    public PlanView recordFamilySignOff(@NotNull(message = "Choose a case") Long episodeId,
                                        @NotNull(message = "Reload the plan") Integer lockVersion,
                                        @NotBlank(message = "Enter who in the family signed the plan off")
                                        @Size(max = 200, message = "Name who signed off in at most 200 characters")
                                        String signedBy,
                                        @NotNull(message = "Enter the date the family signed the plan off")
                                        @PastOrPresent(message = "The sign-off date cannot be in the future")
                                        LocalDate signedOn) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "record the family's sign-off");
        CinPlan plan = existing(episode, lockVersion);
        PlanVersion agreed = plan.recordFamilySignOff(signedBy, signedOn, LocalDate.now(clock));
        saved(plan);
        audit(me, episode, "Family sign-off of version " + agreed.number() + ": " + agreed.familySignedOffBy()
                + " on " + PlanText.date(signedOn));
        return view(episode, plan, me);
    }

    /** Records that the plan in force was sent to everyone on its distribution list not yet sent it. */
    public PlanView recordDistribution(@NotNull(message = "Choose a case") Long episodeId,
                                       @NotNull(message = "Reload the plan") Integer lockVersion,
                                       @NotNull(message = "Enter the date the plan was sent")
                                       @PastOrPresent(message = "The date the plan was sent cannot be in the future")
                                       LocalDate sentOn) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "record the plan's distribution");
        CinPlan plan = existing(episode, lockVersion);
        PlanVersion agreed = plan.recordDistribution(sentOn, LocalDate.now(clock));
        saved(plan);
        audit(me, episode, "Version " + agreed.number() + " sent on " + PlanText.date(sentOn) + " to its distribution list");
        return view(episode, plan, me);
    }

    /**
     * Emails the plan in force (as PDF; parents and the child get the family-friendly plan too) to those on its
     * distribution list with an address who were not yet sent it; once the mail server has accepted every one, they are
     * recorded as sent it ({@link PlanEmailed}). Returns who it goes to.
     */
    public List<String> emailPlan(@NotNull(message = "Choose a case") Long episodeId,
                                  @NotNull(message = "Reload the plan") Integer lockVersion) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "email the CIN plan");
        CinPlan plan = existing(episode, lockVersion);
        List<PlanRecipient> recipients = plan.recipientsToEmail();
        int version = plan.currentApproved().orElseThrow().number();
        List<String> named = recipients.stream().map(r -> r.name() + " <" + r.email() + ">").toList();
        audit(me, episode, "Asked for version " + version + " to be emailed to " + String.join(", ", named));
        planDistribution.fire(new PlanDistribution(episodeId, version, recipients));
        return named;
    }

    /**
     * Records a supervision order's dates (the plan lasts for the order; SO_EXTENSION_9M counts from its start), or
     * its new end when the court extends it; the case's deadlines are recomputed at once.
     */
    public PlanView recordSupervisionOrder(@NotNull(message = "Choose a case") Long episodeId,
                                           @NotNull(message = "Enter the order's start date") LocalDate start,
                                           @NotNull(message = "Enter the order's end date") LocalDate end) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, "record the supervision order's dates");
        episode.recordSupervisionOrder(start, end, LocalDate.now(clock), now());
        em.flush();
        audit(me, episode, "Supervision order from " + PlanText.date(start) + " to " + PlanText.date(end) + " (SO_EXTENSION_9M)");
        caseChanged.fire(new CaseChanged(episodeId));
        return view(episode, planOf(episode), me);
    }

    private PlanView saveContents(Long episodeId, Integer lockVersion, PlanContents contents, boolean submit) {
        Episode episode = episode(episodeId);
        StaffMember me = requireAccess(episode, submit ? "submit the CIN plan" : "change the CIN plan");
        CinPlan plan = draftToEdit(episode, lockVersion, me);
        PlanContents before = plan.latest().contents();
        plan.editDraft(contents);
        List<String> changes = PlanChanges.between(before, plan.latest().contents());
        String edits = changes.isEmpty() ? "no change" : String.join("; ", changes);
        if (submit) {
            plan.submit(me.username(), now());
        }
        saved(plan);
        audit(me, episode, (submit ? "Submitted version " + plan.latest().number() + " for approval; last edits: "
                : "Saved the draft of version " + plan.latest().number() + ": ") + edits);
        formSaved.fire(new FormSaved(DraftForm.CIN_PLAN, episode.id(), me.username()));
        return view(episode, plan, me);
    }

    /** The case, if the caller may read it; one that does not exist is refused exactly alike (and audited). */
    private Episode episode(Long episodeId) {
        return CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, "open a CIN plan");
    }

    private StaffMember requireAccess(Episode episode, String attempted) {
        return CaseAccess.forCaller(em, context, auditTrail).editorOf(episode.id(), attempted);
    }

    /** The caller, if they may change the case, or read it as a budget holder of its council; else the refusal. */
    private StaffMember requireReader(Episode episode, String attempted) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        boolean budgetHolderWhoReads = access.levelFor(episode.child()).mayRead() && access.me().isBudgetHolder()
                && access.me().team().council().id().equals(episode.child().family().council().id());
        if (!budgetHolderWhoReads) {
            access.editableEpisode(episode.id(), attempted);
        }
        return access.me();
    }

    private CinPlan planOf(Episode episode) {
        List<CinPlan> found = em.createQuery("select p from CinPlan p where p.episode = :e", CinPlan.class)
                .setParameter("e", episode).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The plan at the version the caller saw; refused when someone else has changed it since. */
    private CinPlan existing(Episode episode, Integer lockVersion) {
        CinPlan plan = planOf(episode);
        if (plan == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "This case has no CIN plan yet: write a draft first");
        }
        if (lockVersion == null || plan.rowVersion() != lockVersion) {
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
        return plan;
    }

    /** The plan whose draft the caller edits: a new one when the caller saw none and there still is none. */
    private CinPlan draftToEdit(Episode episode, Integer lockVersion, StaffMember me) {
        if (lockVersion != null) {
            return existing(episode, lockVersion);
        }
        if (planOf(episode) != null) {
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
        CinPlan plan = CinPlan.draftFor(episode, me.username(), now());
        em.persist(plan);
        return plan;
    }

    /** Bumps the plan's lock version and writes now, so a change committed meanwhile fails here. */
    private void saved(CinPlan plan) {
        try {
            if (plan.id() != null) {
                em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            em.flush();
        } catch (PersistenceException e) {
            // An optimistic lock failure, or a plan started at the same moment by someone else (one per episode).
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
    }

    private void audit(StaffMember me, Episode episode, String detail) {
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, RECORD_TYPE, recordId(episode), episode.child().id(),
                detail, AuditOutcome.SUCCESS);
    }

    private PlanView view(Episode episode, CinPlan plan, StaffMember me) {
        return new PlanView(episode.id(), episode.child().fullName(), episode.child().family().council().name(),
                plan == null ? null : plan.rowVersion(), PlanVersionView.newestFirst(plan),
                plan != null && plan.mayBeApprovedBy(me.username(), me.roles()),
                plan != null && plan.budgetsMayBeDecidedBy(me), episode.type() == EpisodeType.SUPERVISION_ORDER,
                episode.supervisionOrderStart(), episode.supervisionOrderEnd());
    }

    private static String recordId(Episode episode) {
        return "episode " + episode.id();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
