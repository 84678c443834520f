package org.cinplan.casework;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cinplan.platform.Validity;

/**
 * Who may open and change a child's record; every casework service asks here, inside its own transaction.
 * <ul>
 * <li>The family's allocated worker changes it; a team manager, practice manager or consultant social worker of
 *     the worker's team changes it too; anyone else in that team (social workers, family support practitioners,
 *     the service manager) reads it. An unallocated family is read by the managers of its council.</li>
 * <li>A restricted record (staff interest, high profile, adoption) is open only to the people named on its access
 *     list ({@link RecordRestriction}); those of them who could change it by the rule above still can.</li>
 * <li>Anyone else in the council with a casework role may read it only through break-glass: a stated reason,
 *     recorded in the audit trail, for {@link #BREAK_GLASS_LASTS}, reviewed by the record's team manager.</li>
 * <li>Another council's record, or one that does not exist, is "no case with that id"; administrators and
 *     auditors hold no cases and open none.</li>
 * </ul>
 * Every refusal is written to the audit trail before the refusal is thrown. Lists apply the same rule before they show
 * a child's name: {@link #readableChildIds}, or {@link #OPEN_TO_ME} for lists paged in the database.
 */
public final class CaseAccess {

    /** How long break-glass access lasts: the working day it was needed in, not longer. */
    public static final Duration BREAK_GLASS_LASTS = Duration.ofHours(4);

    private static final List<String> CASEWORK_ROLES = List.of(Role.SOCIAL_WORKER_ROLE,
            Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE, Role.TEAM_MANAGER_ROLE,
            Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE);
    private static final List<String> MANAGERS_WHO_EDIT = List.of(Role.TEAM_MANAGER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.CONSULTANT_SOCIAL_WORKER_ROLE);
    private static final List<String> MANAGERS = List.of(Role.TEAM_MANAGER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.SERVICE_MANAGER_ROLE);

    /** What a list shows, instead of the child's name, for a restricted record the caller may not open. */
    public static final String RESTRICTED_RECORD = "Restricted record";

    /**
     * A JPQL condition for lists paged in the database, with the child as {@code c} and the caller's username as the
     * parameter {@code :me}: the child's record is not restricted, or the caller is named on its access list. (A list
     * is never opened through break-glass, which opens one record from its own page.)
     */
    public static final String OPEN_TO_ME = " and (not exists (select r.id from RecordRestriction r where r.child = c)"
            + " or exists (select n.id from RecordRestriction r2 join r2.named n where r2.child = c and n.username = :me))";

    private final EntityManager em;
    private final SessionContext context;
    private final AuditTrail auditTrail;
    private final String username;
    private StaffMember me;
    private boolean meLookedUp;
    /** Each child's access level, worked out once a service call: the calls of one page each ask several times. */
    private final Map<Long, AccessLevel> levels = new HashMap<>();
    private AccessRule.Caller callerFacts;
    /** Looked up when first needed: most checks never ask the time. */
    private Clock clock;
    /** What earlier service calls of the same request worked out; null outside a request. */
    private final AccessMemo memo;

    private CaseAccess(EntityManager em, SessionContext context, AuditTrail auditTrail) {
        this.em = em;
        this.context = context;
        this.auditTrail = auditTrail;
        this.username = context.getCallerPrincipal().getName();
        this.memo = AccessMemo.ofRequest();
    }

    /** The access checks for the caller of the service whose context this is. */
    public static CaseAccess forCaller(EntityManager em, SessionContext context, AuditTrail auditTrail) {
        return new CaseAccess(em, context, auditTrail);
    }

    /**
     * The caller's staff record, with the team (and so the council) they work in. A sign-in with no staff record, or
     * none in a team, cannot hold a caseload, so nothing can be allocated to it.
     */
    public static StaffMember staffMember(EntityManager em, String username) {
        List<StaffMember> found = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled() || found.get(0).team() == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND,
                    "Your sign-in \"" + username + "\" is not set up as a member of staff in a council"
                    + " team, so no case can be allocated to you. Ask an administrator to add you to your team.");
        }
        return found.get(0);
    }

    /**
     * Whether the caller may change the cases of this family as a whole (adding a child to it), by allocation and team
     * alone. For one child's record use {@link #editableChild} or {@link #editableEpisode}, which also apply restriction.
     */
    public static boolean mayEdit(Family family, StaffMember me, SessionContext context) {
        StaffMember worker = family.allocatedWorker();
        if (worker != null && worker.id().equals(me.id())) {
            return true;
        }
        return inAnyRole(context, MANAGERS_WHO_EDIT) && sameTeam(worker, me);
    }

    /**
     * Refuses, with an independently kept audit entry, a caller who may not change this family's cases.
     *
     * @param attempted what the caller tried, for the refusal and the audit entry ("add a child")
     */
    public void requireMayEdit(Family family, String attempted) {
        StaffMember me = me();
        if (!mayEdit(family, me, context)) {
            auditTrail.recordIndependently(me.username(), AuditAction.ACCESS_DENIED, "Family", family.id().toString(),
                    null, "Tried to " + attempted + " on a case not theirs", AuditOutcome.DENIED);
            throw new BusinessRuleViolation("RECORD_ACCESS", onlyTheWorkerOrManager(attempted, family));
        }
    }

    /** The caller's staff record (see {@link #staffMember}); refuses a sign-in with none. */
    public StaffMember me() {
        StaffMember found = meOrNull();
        return found != null ? found : staffMember(em, username);
    }

    public String username() {
        return username;
    }

    /**
     * What the caller may do with this child's record, as it stood when this service call first asked (the checks of
     * one call agree with one another). Writes nothing.
     */
    public AccessLevel levelFor(Child child) {
        return levels.computeIfAbsent(child.id(), id -> {
            AccessLevel remembered = memo == null ? null : memo.level(username, child);
            return remembered != null ? remembered : remember(child, levelFor(child, restrictionOf(child), hasActiveBreakGlass(child)));
        });
    }

    private AccessLevel remember(Child child, AccessLevel level) {
        if (memo != null) {
            memo.remember(username, child, level);
        }
        return level;
    }

    /** The access level of the episode's child, or NONE when there is no such episode. Writes nothing. */
    public AccessLevel levelForEpisode(Long episodeId) {
        Episode episode = episode(episodeId);
        return episode == null ? AccessLevel.NONE : levelFor(episode.child());
    }

    /** The episode, if the caller may read it; otherwise the refusal, written to the audit trail. */
    public Episode readableEpisode(Long episodeId, String attempted) {
        Episode episode = episode(episodeId);
        requireRead("Episode", episodeId, episode == null ? null : episode.child(), attempted);
        return episode;
    }

    /**
     * The child, if the caller may read their record; otherwise the refusal, written to the audit trail. A record of
     * another council and one that does not exist get the same refusal.
     */
    public Child readableChild(Long childId, String attempted) {
        Child child = childId == null ? null : em.find(Child.class, childId);
        requireRead("Child", childId, child, attempted);
        return child;
    }

    /** The caller, if they may change the episode; otherwise the refusal, written to the audit trail. */
    public StaffMember editorOf(Long episodeId, String attempted) {
        editableEpisode(episodeId, attempted);
        return me();
    }

    /** The episode, if the caller may change it; otherwise the refusal, written to the audit trail. */
    public Episode editableEpisode(Long episodeId, String attempted) {
        lockForChange(episodeId);
        Episode episode = episode(episodeId);
        requireEdit("Episode", episodeId, episode == null ? null : episode.child(), attempted);
        return episode;
    }

    /**
     * The episode, if the caller may record a visit on it: whoever may change it, and in Suffolk also a family support
     * practitioner of the allocated worker's team who may read it, since there they support and visit cases without
     * ever holding one (FSP_NOT_CASE_RESPONSIBLE, SF 4.3). Otherwise the refusal, written to the audit trail.
     */
    public Episode visitableEpisode(Long episodeId, String attempted) {
        return requireVisitable(episodeId, lockForChange(episodeId), attempted);
    }

    /** As {@link #visitableEpisode}, for a page that only shows what such a person would record (no lock taken). */
    public void requireMayVisit(Long episodeId, String attempted) {
        requireVisitable(episodeId, episodeId == null ? null : em.find(Episode.class, episodeId), attempted);
    }

    /** As {@link #editableEpisode}, for what only such a person keeps but records nothing on the case (no lock taken). */
    public void requireMayChange(Long episodeId, String attempted) {
        Episode episode = episodeId == null ? null : em.find(Episode.class, episodeId);
        requireEdit("Episode", episodeId, episode == null ? null : episode.child(), attempted);
    }

    private Episode requireVisitable(Long episodeId, Episode episode, String attempted) {
        if (episode != null && supportsInSuffolk(episode.child())) {
            return episode;
        }
        requireEdit("Episode", episodeId, episode == null ? null : episode.child(), attempted);
        return episode;
    }

    private boolean supportsInSuffolk(Child child) {
        StaffMember caller = meOrNull();
        return caller != null && context.isCallerInRole(Role.FAMILY_SUPPORT_PRACTITIONER_ROLE)
                && child.family().council().policyFamily() == PolicyFamily.SUFFOLK
                && sameTeam(child.family().allocatedWorker(), caller) && levelFor(child).mayRead();
    }

    /** The child, if the caller may change their record; otherwise the refusal, written to the audit trail. */
    public Child editableChild(Long childId, String attempted) {
        Child child = childId == null ? null : em.find(Child.class, childId);
        requireEdit("Child", childId, child, attempted);
        return child;
    }

    /** The episodes of the list the caller may read, for lists such as a caseload or a team's cases. */
    public List<Episode> readable(List<Episode> episodes) {
        Set<Child> readable = Set.copyOf(readableChildren(episodes.stream().map(Episode::child).distinct().toList()));
        return episodes.stream().filter(e -> readable.contains(e.child())).toList();
    }

    /** The children of the list whose records the caller may read; a few queries for the whole list. */
    public List<Child> readableChildren(List<Child> children) {
        if (children.isEmpty()) {
            return List.of();
        }
        if (memo != null && children.stream().allMatch(c -> memo.level(username, c) != null)) {
            return children.stream().filter(c -> memo.level(username, c).mayRead()).toList();
        }
        Map<Long, RecordRestriction> restrictions = em.createQuery(
                        "select r from RecordRestriction r where r.child in :children", RecordRestriction.class)
                .setParameter("children", children).getResultList().stream()
                .collect(Collectors.toMap(r -> r.child().id(), Function.identity()));
        StaffMember caller = meOrNull();
        Set<Long> breakGlass = caller == null ? Set.of() : Set.copyOf(em.createQuery(
                        "select b.child.id from BreakGlassAccess b where b.child in :children and b.staff = :me"
                                + " and b.expiresAt > :now", Long.class)
                .setParameter("children", children).setParameter("me", caller).setParameter("now", now())
                .getResultList());
        return children.stream()
                .filter(c -> remember(c, levelFor(c, restrictions.get(c.id()), breakGlass.contains(c.id()))).mayRead())
                .toList();
    }

    /**
     * The ids, of those given, of the children whose records the caller may read: the one test a list applies before
     * it shows a child's name or LAchildID (a child not readable is left out, or shown by {@link #caseReference}).
     */
    public Set<Long> readableChildIds(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        List<Child> children = em.createQuery("select c from Child c join fetch c.family f join fetch f.council"
                + " where c.id in :ids", Child.class).setParameter("ids", Set.copyOf(childIds)).getResultList();
        return readableChildren(children).stream().map(Child::id).collect(Collectors.toUnmodifiableSet());
    }

    /** How a case is named to those who may not open its record: administrators, auditors, others off its access list. */
    public static String caseReference(long episodeId) {
        return "Case " + episodeId;
    }

    /** Whether the child's record is restricted to the people named on its access list. */
    public boolean isRestricted(Child child) {
        return restrictionOf(child) != null;
    }

    private void requireRead(String recordType, Long recordId, Child child, String attempted) {
        if (child == null) {
            throw denied(recordType, recordId, null, attempted, AccessLevel.NONE, false, null);
        }
        AccessLevel level = levelFor(child);
        if (!level.mayRead()) {
            throw denied(recordType, recordId, child, attempted, level, isRestricted(child), null);
        }
    }

    private void requireEdit(String recordType, Long recordId, Child child, String attempted) {
        if (child == null) {
            throw denied(recordType, recordId, null, attempted, AccessLevel.NONE, false, null);
        }
        AccessLevel level = levelFor(child);
        if (level == AccessLevel.EDIT) {
            return;
        }
        throw denied(recordType, recordId, child, attempted, level, isRestricted(child),
                level.mayRead() ? onlyTheWorkerOrManager(attempted, child.family()) : null);
    }

    private AccessLevel levelFor(Child child, RecordRestriction restriction, boolean breakGlass) {
        AccessRule.Caller caller = callerFacts();
        return caller == null ? AccessLevel.NONE : AccessRule.levelOf(caller, subject(child, restriction, breakGlass));
    }

    /**
     * The caller's facts, once a request: a list asks for each of its children, and each role is a policy check.
     * Null for a sign-in that is not an enabled member of a team.
     */
    private AccessRule.Caller callerFacts() {
        if (callerFacts == null && memo != null) {
            callerFacts = memo.caller(username);
        }
        if (callerFacts == null) {
            StaffMember caller = meOrNull();
            if (caller == null) {
                return null;
            }
            callerFacts = new AccessRule.Caller(caller.id(), caller.team().id(), caller.team().council().id(),
                    inAnyRole(context, CASEWORK_ROLES), inAnyRole(context, MANAGERS_WHO_EDIT),
                    inAnyRole(context, MANAGERS));
            if (memo != null) {
                memo.remember(username, callerFacts);
            }
        }
        return callerFacts;
    }

    private static AccessRule.Subject subject(Child child, RecordRestriction restriction, boolean breakGlass) {
        StaffMember worker = child.family().allocatedWorker();
        return new AccessRule.Subject(child.family().council().id(), worker == null ? null : worker.id(),
                worker == null || worker.team() == null ? null : worker.team().id(),
                restriction == null ? null : restriction.named().stream().map(StaffMember::id).collect(Collectors.toSet()),
                breakGlass);
    }

    private RecordAccessDenied denied(String recordType, Long recordId, Child child, String attempted, AccessLevel level,
                                      boolean restricted, String readerMessage) {
        String why;
        String message;
        if (readerMessage != null) {
            why = "may read but not change it";
            message = readerMessage;
        } else if (level == AccessLevel.NONE_BREAK_GLASS_OFFERED) {
            why = restricted ? "restricted record, not on its access list" : "not their team's case";
            message = (restricted ? "This record is restricted: only the people on its access list may open it."
                    : "This case belongs to another team.")
                    + " If you need it now, open it with break-glass: say why; it is recorded in the audit trail and the"
                    + " case's team manager reviews it.";
        } else {
            why = child == null ? "no such record" : "outside their council or role";
            message = "There is no " + ("Child".equals(recordType) ? "child" : "case") + " with the id " + recordId;
        }
        auditTrail.recordIndependently(username, AuditAction.ACCESS_DENIED, recordType,
                recordId == null ? null : recordId.toString(), child == null ? null : child.id(),
                "Tried to " + attempted + ": " + why, AuditOutcome.DENIED);
        return new RecordAccessDenied(message, level == AccessLevel.NONE_BREAK_GLASS_OFFERED && readerMessage == null);
    }

    /**
     * Reads the episode locked until this transaction ends, as it stands after any change that was committed
     * meanwhile: two people recording on one case at the same moment then take turns, rather than the second being
     * refused because the first marked the case changed ({@link Episode#markChanged}).
     */
    private Episode lockForChange(Long episodeId) {
        return episodeId == null ? null : em.find(Episode.class, episodeId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The episode with its child and family (what the access rule reads), in one query; null when there is none. */
    private Episode episode(Long episodeId) {
        return episodeId == null ? null : em.createQuery("select e from Episode e join fetch e.child c"
                        + " join fetch c.family f left join fetch f.allocatedWorker where e.id = :id", Episode.class)
                .setParameter("id", episodeId).getResultStream().findFirst().orElse(null);
    }

    private RecordRestriction restrictionOf(Child child) {
        return restrictionOf(em, child);
    }

    /** The child's restriction, or null when their record is not restricted. */
    static RecordRestriction restrictionOf(EntityManager em, Child child) {
        return em.createQuery("select r from RecordRestriction r where r.child = :child", RecordRestriction.class)
                .setParameter("child", child).getResultList().stream().findFirst().orElse(null);
    }

    private boolean hasActiveBreakGlass(Child child) {
        StaffMember caller = meOrNull();
        return caller != null && em.createQuery("select count(b) from BreakGlassAccess b where b.child = :child"
                        + " and b.staff = :me and b.expiresAt > :now", Long.class)
                .setParameter("child", child).setParameter("me", caller).setParameter("now", now())
                .getSingleResult() > 0;
    }

    private StaffMember meOrNull() {
        if (!meLookedUp) {
            me = em.createQuery("select s from StaffMember s where s.username = :u and s.enabled = true"
                            + " and s.team is not null", StaffMember.class)
                    .setParameter("u", username).getResultList().stream().findFirst().orElse(null);
            meLookedUp = true;
        }
        return me;
    }

    /** Now in UTC, as break-glass expiry is stored, by the application's clock (tests set their own). */
    private LocalDateTime now() {
        if (clock == null) {
            clock = CDI.current().select(Clock.class).get();
        }
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    private static boolean sameTeam(StaffMember worker, StaffMember me) {
        return worker != null && worker.team() != null && me.team() != null
                && worker.team().id().equals(me.team().id());
    }

    private static boolean inAnyRole(SessionContext context, Collection<String> roles) {
        return roles.stream().anyMatch(context::isCallerInRole);
    }

    private static String onlyTheWorkerOrManager(String attempted, Family family) {
        return "Only the allocated worker or a manager of their team can " + attempted + " for the " + family.name();
    }
}
