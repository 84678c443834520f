package org.cinplan.schedule.store;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.cinplan.schedule.Assessment;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.Meeting;
import org.cinplan.schedule.Visit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads what the engine needs about a batch of episodes: one query per kind of event for the whole batch,
 * never one per case. The engine's whole input is read here and only here, by entity name in JPQL (episodes,
 * children, families and councils; meetings, visits, assessments, plan approvals, checkpoints and significant
 * changes), as plain values: no business area's classes are needed, so the areas that record a case can depend on
 * the schedule and never the other way round. A change to those entities' fields is a change to these queries.
 */
@Dependent
public class CaseHistoryRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * The case histories of the given episodes, by episode id: reads each episode's own facts as plain values (no
     * entity objects are built), then its events. Each case's stored next-check date is put into {@code nextChecks}.
     * A case whose history cannot be built (bad data) is handed to {@code onFailure} and left out, so the others still
     * come back.
     */
    public Map<Long, CaseHistory> assembleByIds(List<Long> episodeIds, Map<Long, LocalDate> nextChecks,
                                                BiConsumer<Long, RuntimeException> onFailure) {
        if (episodeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CaseHistory.Builder> builders = new LinkedHashMap<>();
        Set<Long> wanted = new HashSet<>(episodeIds);
        EpisodeScope scope = EpisodeScope.of(wanted);
        TypedQuery<Object[]> query = em.createQuery(String.format("select e.id, e.type, e.decisionDate,"
                + " e.childProtectionPlanEndDate, e.closureDate, e.disabledChildrensTeam, e.exceptionalCircumstance,"
                + " e.exceptionalCircumstanceRecordedOn, c.dateOfBirth, c.disabled, co.code, e.nextCheckOn"
                + " from Episode e join e.child c join c.family f join f.council co where e.id %s",
                scope.condition()), Object[].class);
        scope.bind(query).getResultStream().forEach(row -> {
            Long id = (Long) row[0];
            if (!wanted.contains(id)) {
                return;
            }
            nextChecks.put(id, (LocalDate) row[11]);
            try {
                CaseHistory.Builder builder = CaseHistory.builder()
                        .council(CouncilCode.valueOf((String) row[10]))
                        .dateOfBirth((LocalDate) row[8])
                        .episodeType((EpisodeType) row[1])
                        .disabledChild((Boolean) row[9])
                        .disabledChildrensTeam((Boolean) row[5])
                        .decisionDate((LocalDate) row[2])
                        .childProtectionPlanEndDate((LocalDate) row[3])
                        .closureDate((LocalDate) row[4]);
                if (row[6] != null) {
                    builder.exceptionalCircumstances((ExceptionalCircumstance) row[6], (LocalDate) row[7]);
                }
                builders.put(id, builder);
            } catch (RuntimeException problem) {
                onFailure.accept(id, problem);
            }
        });
        return withEvents(builders, onFailure);
    }

    /** Adds every case's events, one query per kind of event, and builds the histories. */
    private Map<Long, CaseHistory> withEvents(Map<Long, CaseHistory.Builder> builders,
                                              BiConsumer<Long, RuntimeException> onFailure) {
        if (builders.isEmpty()) {
            return Map.of();
        }
        EpisodeScope ids = EpisodeScope.of(builders.keySet());
        forEachRow("select m.episode.id, m.kind, m.heldOn, m.minutesDistributedOn, m.nextReviewDate, m.planUpdateDate,"
                + " m.outsideWindowRationale from Meeting m where m.episode.id %s", ids, (builder, row) ->
                builder.meeting(new Meeting((LocalDate) row[2], (org.cinplan.schedule.MeetingKind) row[1],
                        (LocalDate) row[3], (LocalDate) row[4], (LocalDate) row[5], (String) row[6])), builders, onFailure);
        forEachRow("select v.episode.id, v.visitDate, v.childSeen, v.seenAlone, v.notAloneReason, v.recordedOn"
                + " from Visit v where v.episode.id %s", ids, (builder, row) ->
                builder.visit(new Visit((LocalDate) row[1], (Boolean) row[2], (Boolean) row[3], (String) row[4],
                        (LocalDate) row[5])), builders, onFailure);
        forEachRow("select a.episode.id, a.startedOn, a.authorisedOn from Assessment a where a.episode.id %s", ids,
                (builder, row) -> builder.assessment(new Assessment((LocalDate) row[1], (LocalDate) row[2])), builders, onFailure);
        forEachRow("select p.episode.id, p.approvedOn from PlanApproval p where p.episode.id %s", ids,
                (builder, row) -> builder.planApproval((LocalDate) row[1]), builders, onFailure);
        forEachRow("select c.episode.id, c.kind, c.metOn from CaseCheckpoint c where c.metOn is not null and c.episode.id %s", ids,
                (builder, row) -> builder.checkpoint((org.cinplan.schedule.CheckpointKind) row[1], (LocalDate) row[2]),
                builders, onFailure);
        forEachRow("select s.episode.id, s.occurredOn from SignificantChange s where s.episode.id %s", ids,
                (builder, row) -> builder.significantChange((LocalDate) row[1]), builders, onFailure);
        Map<Long, CaseHistory> histories = new HashMap<>();
        builders.forEach((id, builder) -> {
            try {
                histories.put(id, builder.build());
            } catch (RuntimeException problem) {
                onFailure.accept(id, problem);
            }
        });
        return histories;
    }

    /** Up to {@code limit} ids of the council's open episodes after {@code after}, in id order (keyset paging). */
    public List<Long> openEpisodeIds(CouncilCode council, long after, int limit) {
        return em.createQuery("select e.id from Episode e join e.child c join c.family f join f.council co"
                        + " where co.code = :council and e.closureDate is null and e.id > :after order by e.id", Long.class)
                .setParameter("council", council.name())
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Feeds each row to its case's builder; a row that breaks a rule takes its case out, not the batch. */
    private void forEachRow(String jpql, EpisodeScope scope, RowConsumer consumer, Map<Long, CaseHistory.Builder> builders,
                            BiConsumer<Long, RuntimeException> onFailure) {
        scope.bind(em.createQuery(String.format(jpql, scope.condition()), Object[].class)).getResultStream().forEach(row -> {
            Long episodeId = (Long) row[0];
            CaseHistory.Builder builder = builders.get(episodeId);
            if (builder == null) {
                return;
            }
            try {
                consumer.accept(builder, row);
            } catch (RuntimeException problem) {
                builders.remove(episodeId);
                onFailure.accept(episodeId, problem);
            }
        });
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(CaseHistory.Builder builder, Object[] row);
    }
}
