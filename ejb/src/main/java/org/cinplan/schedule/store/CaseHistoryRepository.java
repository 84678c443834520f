package org.cinplan.schedule.store;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cinplan.schedule.Assessment;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.Meeting;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.Visit;
import org.cinplan.schedule.VisitFrequency;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.PeriodUnit;

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
 * never one per case. The engine's whole input is read here and only here, as plain values: the episodes with their
 * children, families and councils, and their events (meetings, visits, assessments, plan approvals, checkpoints and
 * significant changes), by table name in SQL that tells Derby which index to use: no business area's classes are needed, so the areas that record a case can depend on
 * the schedule and never the other way round. A change to those entities' fields is a change to these queries.
 */
@Dependent
public class CaseHistoryRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * The case histories of the given episodes, by episode id: reads each episode's own facts as plain values (no
     * entity objects are built), then its events. Each case's version and stored next-check date are put into
     * {@code stored}.
     * A case whose history cannot be built (bad data) is handed to {@code onFailure} and left out, so the others still
     * come back.
     */
    public Map<Long, CaseHistory> assembleByIds(List<Long> episodeIds, Map<Long, StoredEpisode> stored,
                                                BiConsumer<Long, RuntimeException> onFailure) {
        if (episodeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CaseHistory.Builder> builders = new LinkedHashMap<>();
        Set<Long> wanted = new HashSet<>(episodeIds);
        EpisodeScope scope = EpisodeScope.of(wanted);
        // SQL, so that Derby is told to read the batch's episodes through an index and join each to its child, family
        // and council by key (see V41): left to itself it read every episode and family for each batch.
        Query query = em.createNativeQuery("SELECT e.id, e.episode_type, e.decision_date, e.cp_plan_end_date,"
                + " e.closure_date, e.disabled_childrens_team, e.exceptional_circumstances, e.exceptional_recorded_on,"
                + " c.date_of_birth, c.disabled, co.code, e.next_check_on, e.row_version, e.supervision_order_start"
                + " FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                + " episode e --DERBY-PROPERTIES index=IX_EPISODE_SWEEP_BATCH\n"
                + " JOIN child c --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON c.id = e.child_id"
                + " JOIN family f --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON f.id = c.family_id"
                + " JOIN council co --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n ON co.id = f.council_id"
                + " WHERE e.id " + scope.sqlCondition());
        ((List<?>) scope.bindPositional(query).getResultList()).forEach(result -> {
            Object[] row = (Object[]) result;
            Long id = ((Number) row[0]).longValue();
            if (!wanted.contains(id)) {
                return;
            }
            stored.put(id, new StoredEpisode(((Number) row[12]).intValue(), date(row[11])));
            try {
                CaseHistory.Builder builder = CaseHistory.builder()
                        .council(CouncilCode.valueOf((String) row[10]))
                        .dateOfBirth(date(row[8]))
                        .episodeType(EpisodeType.valueOf((String) row[1]))
                        .disabledChild((Boolean) row[9])
                        .disabledChildrensTeam((Boolean) row[5])
                        .decisionDate(date(row[2]))
                        .childProtectionPlanEndDate(date(row[3]))
                        .closureDate(date(row[4]))
                        .supervisionOrderStart(date(row[13]));
                if (row[6] != null) {
                    builder.exceptionalCircumstances(ExceptionalCircumstance.valueOf((String) row[6]), date(row[7]));
                }
                builders.put(id, builder);
            } catch (RuntimeException problem) {
                onFailure.accept(id, problem);
            }
        });
        return withEvents(builders, onFailure);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : ((java.sql.Date) value).toLocalDate();
    }
    /** Adds every case's events, one query per kind of event, and builds the histories. */
    private Map<Long, CaseHistory> withEvents(Map<Long, CaseHistory.Builder> builders,
                                              BiConsumer<Long, RuntimeException> onFailure) {
        if (builders.isEmpty()) {
            return Map.of();
        }
        EpisodeScope ids = EpisodeScope.of(builders.keySet());
        forEachRow("SELECT m.episode_id, m.kind, m.held_on, m.minutes_distributed_on, m.next_review_date,"
                + " m.plan_update_date, m.outside_window_rationale FROM meeting m"
                + " --DERBY-PROPERTIES index=IX_MEETING_SWEEP\n WHERE m.episode_id %s", ids, (builder, row) ->
                builder.meeting(new Meeting(date(row[2]), MeetingKind.valueOf((String) row[1]), date(row[3]),
                        date(row[4]), date(row[5]), (String) row[6])), builders, onFailure);
        // Visits to people around the child are kept on the record only: the deadlines read visits to the child.
        forEachRow("SELECT v.episode_id, v.visit_date, v.child_seen, v.seen_alone, v.not_alone_reason, v.recorded_on,"
                + " v.face_to_face FROM visit v --DERBY-PROPERTIES index=IX_VISIT_SWEEP\n WHERE v.episode_id %s"
                + " AND v.visit_of = 'CHILD'", ids, (builder, row) ->
                builder.visit(new Visit(date(row[1]), (Boolean) row[2], (Boolean) row[3], (String) row[4],
                        date(row[5]), (Boolean) row[6])), builders, onFailure);
        forEachRow("SELECT f.episode_id, f.agreed_on, f.interval_amount, f.interval_unit, f.basis FROM visit_frequency f"
                + " WHERE f.episode_id %s", ids, (builder, row) ->
                builder.visitFrequency(new VisitFrequency(date(row[1]), new Timescale(((Number) row[2]).intValue(),
                        PeriodUnit.valueOf((String) row[3])), VisitFrequency.Basis.valueOf((String) row[4]))),
                builders, onFailure);
        forEachRow("SELECT a.episode_id, a.started_on, a.authorised_on FROM assessment a"
                        + " --DERBY-PROPERTIES index=IX_ASSESSMENT_SWEEP\n WHERE a.episode_id %s", ids,
                (builder, row) -> builder.assessment(new Assessment(date(row[1]), date(row[2]))), builders, onFailure);
        forEachRow("SELECT p.episode_id, p.approved_on FROM plan_approval p"
                        + " --DERBY-PROPERTIES index=IX_PLAN_APPROVAL_SWEEP\n WHERE p.episode_id %s", ids,
                (builder, row) -> builder.planApproval(date(row[1])), builders, onFailure);
        forEachRow("SELECT k.episode_id, k.kind, k.met_on FROM case_checkpoint k"
                        + " --DERBY-PROPERTIES index=IX_CHECKPOINT_SWEEP\n WHERE k.met_on IS NOT NULL AND k.episode_id %s", ids,
                (builder, row) -> builder.checkpoint(CheckpointKind.valueOf((String) row[1]), date(row[2])),
                builders, onFailure);
        forEachRow("SELECT s.episode_id, s.occurred_on FROM significant_change s"
                        + " --DERBY-PROPERTIES index=IX_SIGNIFICANT_CHANGE_SWEEP\n WHERE s.episode_id %s", ids,
                (builder, row) -> builder.significantChange(date(row[1])), builders, onFailure);
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

    /**
     * Feeds each row to its case's builder; a row that breaks a rule takes its case out, not the batch. SQL naming the
     * index to read (V41, V42): through JPQL Derby joined each event table to the episodes and read it whole for every
     * batch, so a full sweep's time grew with the square of the number of cases.
     */
    private void forEachRow(String sql, EpisodeScope scope, RowConsumer consumer, Map<Long, CaseHistory.Builder> builders,
                            BiConsumer<Long, RuntimeException> onFailure) {
        for (Object result : scope.bindPositional(em.createNativeQuery(String.format(sql, scope.sqlCondition())))
                .getResultList()) {
            Object[] row = (Object[]) result;
            Long episodeId = ((Number) row[0]).longValue();
            CaseHistory.Builder builder = builders.get(episodeId);
            if (builder == null) {
                continue;
            }
            try {
                consumer.accept(builder, row);
            } catch (RuntimeException problem) {
                builders.remove(episodeId);
                onFailure.accept(episodeId, problem);
            }
        }
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(CaseHistory.Builder builder, Object[] row);
    }
}
