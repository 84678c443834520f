package org.cinplan.deadlines;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.AccessLevel;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Episode;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.store.CaseHistoryRepository;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.schedule.store.StoredEpisode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    @Inject
    private KeptResults results;

    @Inject
    private DeadlineSummaries summaries;

    /**
     * The case's deadlines, for a caller who may read the case (see {@link CaseAccess}); the view is audited. Computed
     * only when the case changed since this server last computed it (see {@link ComputedPerCase}).
     */
    public CaseDeadlines deadlinesOf(long episodeId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.readableEpisode(episodeId, "view a case's deadlines");
        boolean breakGlass = access.levelFor(episode.child()) == AccessLevel.BREAK_GLASS;
        LocalDate today = LocalDate.now(clock);
        ComputedPerCase.Stamp stamp = stamp(episode.version(),
                CouncilCode.valueOf(episode.child().family().council().code()), today);
        List<DeadlineView> deadlines = results.deadlines.get(episodeId, stamp);
        if (deadlines == null) {
            deadlines = evaluate(histories(List.of(episodeId)).get(episodeId), today).stream().map(DeadlineView::of)
                    .sorted(WORK_ORDER).toList();
            results.deadlines.put(episodeId, stamp, deadlines);
        }
        // Last, once everything is read, so that the view's audit entry is written after the reads.
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Episode", Long.toString(episodeId),
                episode.child().id(), breakGlass ? "Viewed the case's deadlines through break-glass"
                        : "Viewed the case's deadlines", AuditOutcome.SUCCESS);
        return new CaseDeadlines(episodeId, episode.child().id(), episode.child().fullName(),
                episode.child().family().council().name(), episode.type().label(), today, deadlines);
    }

    /**
     * The next open deadline of each episode the caller may read, for lists such as a caseload. Computed only for the
     * cases changed since this server last computed them (see {@link ComputedPerCase}).
     */
    public Map<Long, DeadlineView> nextDeadlines(List<Long> episodeIds) {
        LocalDate today = LocalDate.now(clock);
        List<Episode> readable = CaseAccess.forCaller(em, context, auditTrail).readable(episodes(episodeIds));
        Map<Long, ComputedPerCase.Stamp> stamps = new HashMap<>();
        Map<Long, Optional<DeadlineView>> next = new HashMap<>();
        List<Episode> stale = new ArrayList<>();
        for (Episode episode : readable) {
            ComputedPerCase.Stamp stamp = stamp(episode.version(),
                    CouncilCode.valueOf(episode.child().family().council().code()), today);
            Optional<DeadlineView> kept = results.nextDeadline.get(episode.id(), stamp);
            if (kept == null) {
                stale.add(episode);
                stamps.put(episode.id(), stamp);
            } else {
                next.put(episode.id(), kept);
            }
        }
        histories(stale.stream().map(Episode::id).toList()).forEach((episodeId, history) -> {
            Optional<DeadlineView> soonest = DeadlineEngine.openOnly(evaluate(history, today)).stream()
                    .map(DeadlineView::of)
                    .min(WORK_ORDER);
            results.nextDeadline.put(episodeId, stamps.get(episodeId), soonest);
            next.put(episodeId, soonest);
        });
        Map<Long, DeadlineView> found = new HashMap<>();
        next.forEach((episodeId, soonest) -> soonest.ifPresent(deadline -> found.put(episodeId, deadline)));
        return found;
    }

    /**
     * Computes and stores the on-time counts of the given episodes ({@link DeadlineSummaries}), for a report over cases
     * that have none stored or whose stored ones no longer stand (call with a batch of ids, not all at once). A case
     * whose history cannot be read is left out and logged, so one bad case does not hide the rest.
     */
    public void summarise(List<Long> episodeIds) {
        if (episodeIds.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, StoredEpisode> stored = new HashMap<>();
        List<CaseSummary> computed = new ArrayList<>();
        assembler.assembleByIds(episodeIds, stored, (episodeId, problem) -> LOG.warning(
                        () -> "cinplan: deadlines of case " + episodeId + " left out of a report: " + problem.getMessage()))
                .forEach((episodeId, history) -> computed.add(CaseSummary.of(episodeId, stored.get(episodeId).version(),
                        evaluate(history, today), today)));
        try {
            summaries.storeApart(computed);
        } catch (EJBException raced) {
            // a sweep or another view stored some of the same cases meanwhile: theirs are as good, the report goes on
            LOG.fine(() -> "cinplan: summaries of " + computed.size() + " cases not stored: " + raced.getMessage());
        }
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

    private ComputedPerCase.Stamp stamp(int version, CouncilCode council, LocalDate today) {
        return new ComputedPerCase.Stamp(version, today, catalog.calendar(), catalog.profiles(council));
    }

    private List<Deadline> evaluate(CaseHistory history, LocalDate today) {
        return new DeadlineEngine(catalog.calendar()).evaluate(history, catalog.profiles(history.council()), today);
    }
}
