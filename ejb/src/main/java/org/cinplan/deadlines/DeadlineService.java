package org.cinplan.deadlines;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.AccessLevel;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Episode;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.store.CaseHistoryRepository;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Every deadline of a case, computed now from its stored history and its council's profile. */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class DeadlineService {

    /** Open deadlines first, soonest first; then the rest by due date. */
    static final Comparator<DeadlineView> WORK_ORDER = Comparator
            .comparing((DeadlineView d) -> !d.isOpen())
            .thenComparing(DeadlineView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DeadlineView::ruleId);
    private static final Logger LOG = Logger.getLogger(DeadlineService.class.getName());

    @Inject
    private CaseHistoryRepository assembler;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The case's deadlines, for a caller who may read the case (see {@link CaseAccess}); the view is audited. */
    public CaseDeadlines deadlinesOf(long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        boolean breakGlass = access.levelForEpisode(episodeId) == AccessLevel.BREAK_GLASS;
        access.readableEpisode(episodeId, "view a case's deadlines");
        Episode episode = episodes(List.of(episodeId)).get(0);
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Episode", Long.toString(episodeId),
                episode.child().id(), breakGlass ? "Viewed the case's deadlines through break-glass"
                        : "Viewed the case's deadlines", AuditOutcome.SUCCESS);
        CaseHistory history = histories(List.of(episodeId)).get(episodeId);
        List<DeadlineView> deadlines = evaluate(history).stream().map(DeadlineView::of).sorted(WORK_ORDER).toList();
        return new CaseDeadlines(episodeId, episode.child().id(), episode.child().fullName(),
                episode.child().family().council().name(), episode.type().label(), LocalDate.now(clock), deadlines);
    }

    /** The next open deadline of each episode the caller may read, for lists such as a caseload. */
    public Map<Long, DeadlineView> nextDeadlines(List<Long> episodeIds) {
        Map<Long, DeadlineView> next = new HashMap<>();
        List<Episode> readable = CaseAccess.forCaller(em, context, auditTrail).readable(episodes(episodeIds));
        histories(readable.stream().map(Episode::id).toList()).forEach((episodeId, history) -> {
            Optional<DeadlineView> soonest = DeadlineEngine.openOnly(evaluate(history)).stream()
                    .map(DeadlineView::of)
                    .min(WORK_ORDER);
            soonest.ifPresent(deadline -> next.put(episodeId, deadline));
        });
        return next;
    }

    /**
     * Every deadline, every occurrence, of each episode: for reports over many cases (call with a batch of ids, not
     * all at once). A case whose history cannot be read is left out and logged, so one bad case does not hide the rest.
     */
    public Map<Long, List<DeadlineView>> allDeadlines(List<Long> episodeIds) {
        Map<Long, List<DeadlineView>> all = new HashMap<>();
        assembler.assembleByIds(episodeIds, new HashMap<>(), (episodeId, problem) -> LOG.warning(
                        () -> "cinplan: deadlines of case " + episodeId + " left out of a report: " + problem.getMessage()))
                .forEach((episodeId, history) -> all.put(episodeId,
                        evaluate(history).stream().map(DeadlineView::of).toList()));
        return all;
    }

    /** The cases' histories; a case whose history cannot be read fails the whole call. */
    private Map<Long, CaseHistory> histories(List<Long> episodeIds) {
        return assembler.assembleByIds(episodeIds, new HashMap<>(), (episodeId, problem) -> {
            throw problem;
        });
    }

    /** Loads the episodes with their child, family and council in one query. */
    private List<Episode> episodes(List<Long> episodeIds) {
        if (episodeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Episode e join fetch e.child c join fetch c.family f"
                        + " join fetch f.council where e.id in :ids", Episode.class)
                .setParameter("ids", episodeIds)
                .setHint("eclipselink.read-only", "true") // read to compute, never changed through these objects
                .getResultList();
    }

    private List<Deadline> evaluate(CaseHistory history) {
        return new DeadlineEngine(catalog.calendar())
                .evaluate(history, catalog.profiles(history.council()), LocalDate.now(clock));
    }
}
