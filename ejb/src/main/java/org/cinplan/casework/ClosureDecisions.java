package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.CheckRule;
import org.cinplan.platform.Role;
import org.cinplan.platform.Validity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * CLOSURE_APPROVED: a review proposes closure or step-down ({@link ClosureProposal}); a manager of the case's team
 * agrees, and the case closes that day with the DfE reason they choose, or returns it with comments. In Suffolk the
 * practice manager or a consultant social worker agrees (SF 4.11(i)); in Berkshire West a team manager (management
 * scrutiny; cinplan has no assistant team manager role). The team's proposals wait on their "Decisions to make" list.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class ClosureDecisions {

    private static final String CLOSURE_APPROVED = CheckRule.CLOSURE_APPROVED.name();

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

    @Inject
    private Event<CaseClosed> caseClosed;

    /** The most proposals a page holds: a request cannot ask for more. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * A page of the proposals of the caller's team that wait for this caller to decide, oldest first (paged in the
     * database): on cases they may change (a restricted record's only when they are on its access list), in a council
     * where their role agrees closures, proposed by someone else.
     */
    @RolesAllowed({CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public List<ClosureProposalView> waitingOnMe(@Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {
        Set<PolicyFamily> agreeing = policyFamiliesWhereCallerAgrees();
        if (agreeing.isEmpty()) {
            return List.of();
        }
        return waiting(ClosureProposal.class, "select p", " order by p.proposedOn, p.id", agreeing)
                .setFirstResult(first).setMaxResults(pageSize).getResultStream()
                .map(ClosureDecisions::view)
                .toList();
    }

    /** How many proposals {@link #waitingOnMe} pages through (counted in the database). */
    @RolesAllowed({CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public long waitingOnMeCount() {
        Set<PolicyFamily> agreeing = policyFamiliesWhereCallerAgrees();
        return agreeing.isEmpty() ? 0 : waiting(Long.class, "select count(p)", "", agreeing).getSingleResult();
    }

    /**
     * The proposals of the caller's team (whose managers may change its cases) open to the caller, in councils of the
     * policy families given, that someone else proposed. The child is {@code c}, as {@link CaseAccess#OPEN_TO_ME} asks.
     */
    private <T> TypedQuery<T> waiting(Class<T> type, String select, String order, Set<PolicyFamily> agreeing) {
        StaffMember me = CaseAccess.forCaller(em, context, auditTrail).me();
        return em.createQuery(select + " from ClosureProposal p join p.episode e join e.child c join c.family f"
                        + " where p.state = :proposed and f.allocatedWorker.team = :team"
                        + " and f.council.policyFamily in :agreeing and p.proposedBy <> :me"
                        + CaseAccess.OPEN_TO_ME + order, type)
                .setParameter("proposed", ClosureProposal.State.PROPOSED).setParameter("team", me.team())
                .setParameter("agreeing", agreeing).setParameter("me", me.username());
    }

    /** The policy families in whose councils one of the caller's roles agrees a closure ({@link #rolesThatAgree}). */
    private Set<PolicyFamily> policyFamiliesWhereCallerAgrees() {
        return EnumSet.allOf(PolicyFamily.class).stream()
                .filter(family -> rolesThatAgree(family).stream().anyMatch(context::isCallerInRole))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PolicyFamily.class)));
    }

    /** The case's latest proposal, for its page; none when no review proposed closure. */
    public Optional<ClosureProposalView> latestOf(@NotNull(message = "Choose a case") Long episodeId) {
        CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, "see a case's closure proposal");
        return em.createQuery("select p from ClosureProposal p where p.episode.id = :e order by p.id desc",
                        ClosureProposal.class)
                .setParameter("e", episodeId).setMaxResults(1).getResultStream().findFirst()
                .map(ClosureDecisions::view);
    }

    /** Agrees: the case closes today with the reason for closure chosen (RC1 to RC9). */
    @RolesAllowed({CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public ClosureProposalView agree(@NotNull(message = "Choose the proposal") Long proposalId,
                                     @NotNull(message = "Reload the page and try again") Integer version,
                                     @NotNull(message = "Choose the reason for closure") String reasonCode) {
        ClosureProposal proposal = decidable(proposalId, version, "agree to close a case");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        proposal.agree(context.getCallerPrincipal().getName(), LocalDate.now(clock), reasonCode, now);
        em.flush();
        audit(proposal, "Agreed the " + (proposal.isStepDown() ? "step-down" : "closure") + " proposed on "
                + proposal.proposedOn() + ": the case closed today, " + reasonCode + " (CLOSURE_APPROVED)");
        caseChanged.fire(new CaseChanged(proposal.episode().id()));
        caseClosed.fire(new CaseClosed(proposal.episode().id(), context.getCallerPrincipal().getName()));
        return view(proposal);
    }

    /** Returns the proposal with comments: the case goes on. */
    @RolesAllowed({CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public ClosureProposalView returnWithComments(@NotNull(message = "Choose the proposal") Long proposalId,
                                                  @NotNull(message = "Reload the page and try again") Integer version,
                                                  @Size(max = 2000, message = "Say why in at most 2,000 characters")
                                                  String comments) {
        ClosureProposal proposal = decidable(proposalId, version, "return a closure proposal");
        proposal.returnWithComments(context.getCallerPrincipal().getName(), comments,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.flush();
        audit(proposal, "Returned the proposal to close (made on " + proposal.proposedOn() + "): " + proposal.comments());
        return view(proposal);
    }

    private ClosureProposal decidable(Long proposalId, Integer version, String attempted) {
        ClosureProposal proposal = em.find(ClosureProposal.class, proposalId);
        if (proposal == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no closure proposal with the id " + proposalId);
        }
        CaseAccess.forCaller(em, context, auditTrail).editableEpisode(proposal.episode().id(), attempted);
        if (!mayAgree(proposal.episode())) {
            throw new BusinessRuleViolation(CLOSURE_APPROVED, whoAgrees(proposal.episode()));
        }
        if (proposal.version() != version) {
            throw new BusinessRuleViolation(Validity.STALE, "Someone else decided on this proposal meanwhile: reload");
        }
        return proposal;
    }

    /** Whether the caller holds the role the case's council names for agreeing a closure. */
    private boolean mayAgree(Episode episode) {
        return rolesThatAgree(episode).stream().anyMatch(context::isCallerInRole);
    }

    private static Set<String> rolesThatAgree(Episode episode) {
        return rolesThatAgree(episode.child().family().council().policyFamily());
    }

    private static Set<String> rolesThatAgree(PolicyFamily family) {
        return family == PolicyFamily.SUFFOLK
                ? Set.of(Role.PRACTICE_MANAGER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE)
                : Set.of(Role.TEAM_MANAGER_ROLE);
    }

    private static String whoAgrees(Episode episode) {
        return episode.child().family().council().policyFamily() == PolicyFamily.SUFFOLK
                ? "In Suffolk a practice manager or consultant social worker of the case's team agrees a closure"
                + " (CLOSURE_APPROVED)"
                : "In Berkshire West a team manager of the case's team agrees a closure (CLOSURE_APPROVED)";
    }

    private void audit(ClosureProposal proposal, String detail) {
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.CHANGE_RECORD, "Episode",
                proposal.episode().id().toString(), proposal.episode().child().id(), detail, AuditOutcome.SUCCESS);
    }

    private static ClosureProposalView view(ClosureProposal p) {
        Episode e = p.episode();
        return new ClosureProposalView(p.id(), p.version(), e.id(), e.child().fullName(), e.child().family().name(),
                p.isStepDown(), p.proposedOn(), p.proposedBy(), p.state().name(), p.decidedBy(), p.reasonCode(),
                p.comments());
    }
}
