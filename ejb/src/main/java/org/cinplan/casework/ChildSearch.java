package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * "Is this child already known?": the search a worker makes before entering a child new to cinplan, across their
 * council, so that one child does not get two records. Each match says only what the caller may know of it
 * ({@link ChildMatch}); every search is written to the audit trail, since it reaches beyond the caller's own cases.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
public class ChildSearch {

    /** More than this many matches means the name is too common to tell: the caller adds the date of birth. */
    public static final int MOST_MATCHES = 20;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    /**
     * Children of the caller's council whose given and family names contain every word given (in any order, ignoring
     * case), born on {@code dateOfBirth} when one is given; records the caller may open first, then by name.
     */
    public List<ChildMatch> find(@NotBlank(message = "Enter the child's name, or part of it")
                                 @Size(min = 2, max = 100, message = "Enter between 2 and 100 letters of the name")
                                 String name, LocalDate dateOfBirth) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        StaffMember me = access.me();
        List<String> words = Arrays.stream(name.strip().toLowerCase(Locale.UK).split("\\s+"))
                .filter(word -> !word.isBlank()).limit(4).toList();
        StringBuilder jpql = new StringBuilder("select c from Child c join fetch c.family f left join fetch"
                + " f.allocatedWorker w where f.council = :council");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" and lower(concat(concat(c.givenName, ' '), c.familyName)) like :w").append(i);
        }
        if (dateOfBirth != null) {
            jpql.append(" and c.dateOfBirth = :born");
        }
        jpql.append(" order by c.familyName, c.givenName, c.id");
        var query = em.createQuery(jpql.toString(), Child.class)
                .setParameter("council", me.team().council())
                .setMaxResults(MOST_MATCHES + 1);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, "%" + likeLiteral(words.get(i)) + "%");
        }
        if (dateOfBirth != null) {
            query.setParameter("born", dateOfBirth);
        }
        List<Child> children = query.getResultList();
        auditTrail.record(me.username(), AuditAction.VIEW_RECORD, "ChildSearch", null, null,
                "Searched the council's children for \"" + name.strip() + "\""
                        + (dateOfBirth == null ? "" : " born " + dateOfBirth) + ": " + children.size() + " found",
                AuditOutcome.SUCCESS);
        Map<Long, Long> latestEpisode = latestEpisodes(children);
        return children.stream()
                .map(child -> match(child, access.levelFor(child), latestEpisode.get(child.id()), access))
                .sorted(Comparator.comparing((ChildMatch match) -> !match.mayOpen()))
                .toList();
    }

    private static ChildMatch match(Child child, AccessLevel level, Long episodeId, CaseAccess access) {
        StaffMember worker = child.family().allocatedWorker();
        String team = worker == null || worker.team() == null ? null : worker.team().name();
        if (level.mayRead()) {
            return new ChildMatch(child.id(), episodeId, child.fullName(), child.dateOfBirth(), child.laChildId(), team,
                    true, false);
        }
        boolean restricted = access.isRestricted(child);
        return new ChildMatch(null, restricted ? null : episodeId, null, null, null, restricted ? null : team, false,
                restricted);
    }

    private Map<Long, Long> latestEpisodes(List<Child> children) {
        if (children.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from Episode e where e.child in :children order by e.decisionDate, e.id",
                        Episode.class)
                .setParameter("children", children).getResultList().stream()
                .collect(Collectors.toMap(e -> e.child().id(), Episode::id, (older, newer) -> newer));
    }

    /** The word without LIKE's wildcards, which no name holds. */
    private static String likeLiteral(String word) {
        return word.replace("%", "").replace("_", "");
    }
}
