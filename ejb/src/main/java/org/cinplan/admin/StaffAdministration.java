package org.cinplan.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cinplan.platform.Role;
import org.cinplan.platform.Validity;

/**
 * Administrators add the staff who sign in, give them a team and roles, disable and re-enable them and reset
 * their passwords. Every change is recorded in the audit trail; passwords never are, nor are their hashes.
 *
 * <p>Each change names the version of the member of staff the administrator saw; if someone has changed them
 * since, the change is refused with {@link #STALE} rather than silently overwriting.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_ROLE)
public class StaffAdministration {

    /** Shown when the member of staff changed after the administrator loaded them. */
    public static final String STALE = "Someone else changed this user; reload and try again";

    /** The most members of staff one call lists. */
    public static final int MAX_PAGE = 200;

    private static final String RECORD_TYPE = "StaffMember";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail auditTrail;

    @EJB
    private SignInThrottle throttle;

    /**
     * Members of staff whose username or name contains the text (ignoring case), by username.
     *
     * @param nameFilter text to look for; null or blank for everyone
     * @param first      how many matching to skip
     * @param max        how many to return, 1 to {@value #MAX_PAGE}
     */
    public List<StaffView> staff(String nameFilter, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("List from 0, 1 to " + MAX_PAGE + " at a time");
        }
        return filtered("select s from StaffMember s", nameFilter, " order by s.username", StaffMember.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList().stream().map(StaffView::of).toList();
    }

    /** How many members of staff {@link #staff} would find with this filter. */
    public long countStaff(String nameFilter) {
        return filtered("select count(s) from StaffMember s", nameFilter, "", Long.class).getSingleResult();
    }

    public StaffView staffMember(long id) {
        return StaffView.of(find(id));
    }

    /** Every team of every council, by council and team name, to choose from. */
    public List<TeamView> allTeams() {
        return em.createQuery("select t from Team t join fetch t.council c order by c.name, t.name", Team.class)
                .getResultList().stream().map(TeamView::of).toList();
    }

    /** Every council, by name. */
    public List<CouncilView> councils() {
        return em.createQuery("select c from Council c order by c.name", Council.class)
                .getResultList().stream().map(CouncilView::of).toList();
    }

    /**
     * Adds a member of staff who can sign in at once with the initial password.
     *
     * @throws StaffDetailsRefused with every problem by field: bad input, a username already taken (ignoring
     *                             case), a password the policy refuses
     */
    public StaffView createStaffMember(NewStaffMember details, String initialPassword) {
        if (details == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the new member of staff's details");
        }
        Map<StaffField, List<String>> problems = StaffRules.problems(details, initialPassword,
                PasswordPolicy.standard());
        String username = StaffRules.strip(details.username());
        if (!problems.containsKey(StaffField.USERNAME) && usernameTaken(username)) {
            problems.put(StaffField.USERNAME, List.of(taken(username)));
        }
        Team team = null;
        if (details.teamId() != null) {
            team = em.find(Team.class, details.teamId());
            if (team == null) {
                problems.put(StaffField.TEAM, List.of("That team no longer exists; choose another."));
            }
        }
        if (!problems.isEmpty()) {
            throw new StaffDetailsRefused(problems);
        }
        StaffMember member = new StaffMember(username, StaffRules.strip(details.fullName()),
                StaffRules.emptyToNull(details.email()), hasher.hash(initialPassword.toCharArray()), team,
                details.roles());
        em.persist(member);
        try {
            em.flush(); // the identity column assigns the id; a username taken meanwhile fails here
        } catch (PersistenceException e) {
            if (usernameTakenElsewhere(username)) {
                throw StaffDetailsRefused.of(StaffField.USERNAME, taken(username));
            }
            throw e;
        }
        StaffView created = StaffView.of(member);
        audit(created.id(), "Created " + created.username() + " (" + created.fullName() + "), team: "
                + created.teamLabel() + ", roles: " + created.roles() + ", email: "
                + (created.email() == null ? "none" : created.email()));
        return created;
    }

    /**
     * Stops the member of staff signing in; their open sessions end at their next request (the web module checks
     * {@link SignInStatus} on every request). Administrators cannot disable themselves.
     */
    public StaffView disable(long id, int expectedVersion) {
        StaffMember member = current(id, expectedVersion);
        if (member.username().equals(caller())) {
            throw new BusinessRuleViolation("OWN_ACCOUNT",
                    "You cannot disable your own account; ask another administrator");
        }
        if (!member.isEnabled()) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, member.username() + " is already disabled");
        }
        if (member.hasRole(Role.ADMINISTRATOR) && enabledAdministrators() <= 1) {
            throw new BusinessRuleViolation("LAST_ADMINISTRATOR",
                    member.username() + " is the only enabled administrator and cannot be"
                    + " disabled");
        }
        member.disable();
        return saved(member, "Disabled " + member.username() + ": can no longer sign in");
    }

    /** Lets a disabled member of staff sign in again. */
    public StaffView enable(long id, int expectedVersion) {
        StaffMember member = current(id, expectedVersion);
        if (member.isEnabled()) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, member.username() + " is already enabled");
        }
        member.enable();
        return saved(member, "Re-enabled " + member.username() + ": can sign in again");
    }

    /**
     * Sets a new password, which the policy must accept, for a member of staff who has forgotten theirs.
     *
     * @throws StaffDetailsRefused with the policy's problems against {@link StaffField#PASSWORD}
     */
    public StaffView resetPassword(long id, int expectedVersion, String newPassword) {
        StaffMember member = current(id, expectedVersion);
        List<String> problems = PasswordPolicy.standard().problems(newPassword, member.username(), member.fullName());
        if (!problems.isEmpty()) {
            throw new StaffDetailsRefused(Map.of(StaffField.PASSWORD, problems));
        }
        member.resetPassword(hasher.hash(newPassword.toCharArray()));
        throttle.clear(member.username());
        return saved(member, "Password reset for " + member.username()
                + ": must choose a new one at next sign-in; open sessions ended; sign-in lock-out cleared");
    }

    /**
     * Gives or takes away the budget-holder permission: a budget holder approves or refuses the budget of services that
     * the CIN plans of their team's council need (BUDGET_APPROVAL), never in a plan they wrote themselves.
     */
    public StaffView setBudgetHolder(long id, int expectedVersion, boolean budgetHolder) {
        StaffMember member = current(id, expectedVersion);
        if (member.isBudgetHolder() == budgetHolder) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    member.username() + (budgetHolder ? " is already" : " is not") + " a budget holder");
        }
        if (budgetHolder && member.team() == null) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL",
                    member.username() + " is in no team, so in no council: a budget holder approves"
                    + " the budgets of their council's plans");
        }
        member.setBudgetHolder(budgetHolder);
        return saved(member, (budgetHolder ? "Made " + member.username() + " a budget holder of "
                + member.team().council().name() : "Took the budget-holder permission from " + member.username())
                + " (BUDGET_APPROVAL)");
    }

    private StaffMember find(long id) {
        StaffMember member = em.find(StaffMember.class, id);
        if (member == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "That user no longer exists; reload the page");
        }
        return member;
    }

    /** The member of staff, if still at the version the administrator saw. */
    private StaffMember current(long id, int expectedVersion) {
        StaffMember member = find(id);
        if (member.version() != expectedVersion) {
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
        return member;
    }

    private StaffView saved(StaffMember member, String detail) {
        try {
            em.flush(); // a change committed meanwhile by someone else fails here, not after we return
        } catch (OptimisticLockException e) {
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
        StaffView view = StaffView.of(member);
        audit(view.id(), detail);
        return view;
    }

    private long enabledAdministrators() {
        return em.createQuery("select count(s) from StaffMember s join s.roles r where s.enabled = true and r = :role",
                        Long.class)
                .setParameter("role", Role.ADMINISTRATOR)
                .getSingleResult();
    }

    private boolean usernameTaken(String username) {
        return !em.createQuery("select s.id from StaffMember s where lower(s.username) = :name")
                .setParameter("name", username.toLowerCase(Locale.ROOT))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** After a failed insert the persistence context is unusable; asks in a fresh look-up. */
    private boolean usernameTakenElsewhere(String username) {
        try {
            em.clear();
            return usernameTaken(username);
        } catch (PersistenceException e) {
            return false;
        }
    }

    private static String taken(String username) {
        return "The username " + username + " is already taken; choose another.";
    }

    private <T> TypedQuery<T> filtered(String select, String nameFilter, String orderBy, Class<T> type) {
        String term = StaffRules.strip(nameFilter);
        if (term == null || term.isEmpty()) {
            return em.createQuery(select + orderBy, type);
        }
        return em.createQuery(select + " where lower(s.username) like :term escape '!'"
                        + " or lower(s.fullName) like :term escape '!'" + orderBy, type)
                .setParameter("term", "%" + likeLiteral(term.toLowerCase(Locale.ROOT)) + "%");
    }

    /** The text with LIKE's wildcards taken literally, escaped with '!'. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private void audit(long id, String detail) {
        auditTrail.record(caller(), AuditAction.ADMIN_CHANGE, RECORD_TYPE, String.valueOf(id), null, detail,
                AuditOutcome.SUCCESS);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
