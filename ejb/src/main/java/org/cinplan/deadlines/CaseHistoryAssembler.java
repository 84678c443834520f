package org.cinplan.deadlines;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.casework.Episode;
import org.cinplan.schedule.Assessment;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.Meeting;
import org.cinplan.schedule.Visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the engine needs about a batch of episodes: one query per kind of event for the whole batch,
 * never one per case.
 */
@Dependent
public class CaseHistoryAssembler {

    @PersistenceContext
    private EntityManager em;

    /** The case histories of the given episodes (child, family and council fetched with them), by episode id. */
    public Map<Long, CaseHistory> assemble(List<Episode> episodes) {
        Map<Long, CaseHistory.Builder> builders = new LinkedHashMap<>();
        if (episodes.isEmpty()) {
            return Map.of();
        }
        for (Episode episode : episodes) {
            CaseHistory.Builder builder = CaseHistory.builder()
                    .council(CouncilCode.valueOf(episode.child().family().council().code()))
                    .dateOfBirth(episode.child().dateOfBirth())
                    .episodeType(episode.type())
                    .disabledChild(episode.child().isDisabled())
                    .disabledChildrensTeam(episode.isDisabledChildrensTeam())
                    .decisionDate(episode.decisionDate())
                    .childProtectionPlanEndDate(episode.childProtectionPlanEndDate())
                    .closureDate(episode.closureDate());
            if (episode.exceptionalCircumstance() != null) {
                builder.exceptionalCircumstances(episode.exceptionalCircumstance(),
                        episode.exceptionalCircumstanceRecordedOn());
            }
            builders.put(episode.id(), builder);
        }
        List<Long> ids = new ArrayList<>(builders.keySet());
        forEachRow("select m.episode.id, m.kind, m.heldOn, m.minutesDistributedOn, m.nextReviewDate, m.planUpdateDate,"
                + " m.outsideWindowRationale from Meeting m where m.episode.id in :ids", ids, (builder, row) ->
                builder.meeting(new Meeting((LocalDate) row[2], (org.cinplan.schedule.MeetingKind) row[1],
                        (LocalDate) row[3], (LocalDate) row[4], (LocalDate) row[5], (String) row[6])), builders);
        forEachRow("select v.episode.id, v.visitDate, v.childSeen, v.seenAlone, v.notAloneReason, v.recordedOn"
                + " from Visit v where v.episode.id in :ids", ids, (builder, row) ->
                builder.visit(new Visit((LocalDate) row[1], (Boolean) row[2], (Boolean) row[3], (String) row[4],
                        (LocalDate) row[5])), builders);
        forEachRow("select a.episode.id, a.startedOn, a.completedOn from Assessment a where a.episode.id in :ids", ids,
                (builder, row) -> builder.assessment(new Assessment((LocalDate) row[1], (LocalDate) row[2])), builders);
        forEachRow("select p.episode.id, p.approvedOn from PlanApproval p where p.episode.id in :ids", ids,
                (builder, row) -> builder.planApproval((LocalDate) row[1]), builders);
        forEachRow("select c.episode.id, c.kind, c.recordedOn from CaseCheckpoint c where c.episode.id in :ids", ids,
                (builder, row) -> builder.checkpoint((org.cinplan.schedule.CheckpointKind) row[1], (LocalDate) row[2]),
                builders);
        forEachRow("select s.episode.id, s.occurredOn from SignificantChange s where s.episode.id in :ids", ids,
                (builder, row) -> builder.significantChange((LocalDate) row[1]), builders);
        Map<Long, CaseHistory> histories = new HashMap<>();
        builders.forEach((id, builder) -> histories.put(id, builder.build()));
        return histories;
    }

    /** Loads the episodes with their child, family and council in one query. */
    public List<Episode> episodes(List<Long> episodeIds) {
        if (episodeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Episode e join fetch e.child c join fetch c.family f"
                        + " join fetch f.council where e.id in :ids", Episode.class)
                .setParameter("ids", episodeIds)
                .getResultList();
    }

    private void forEachRow(String jpql, List<Long> ids, RowConsumer consumer, Map<Long, CaseHistory.Builder> builders) {
        em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                .forEach(row -> consumer.accept(builders.get((Long) row[0]), row));
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(CaseHistory.Builder builder, Object[] row);
    }
}
