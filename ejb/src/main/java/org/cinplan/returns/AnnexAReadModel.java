package org.cinplan.returns;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what cinplan records into Ofsted's Annex A lists, read-only and by entity name in JPQL as
 * {@link CensusReadModel} does. List 6: every episode of the council open at some point in the period, with its
 * child, the family's allocated worker and team, and the last visit at which the child was seen by the period's end.
 * List 4: every assessment open at some point in the period (started by its end, not authorised before its start),
 * with whether a visit saw the child between its start and its authorisation (or the period's end).
 */
@Dependent
public class AnnexAReadModel {

    @PersistenceContext
    private EntityManager em;

    /** List 6 of the council for the period, by child id and referral. */
    public List<AnnexAList6.Row6> list6(String councilCode, LocalDate from, LocalDate to) {
        Map<Long, LocalDate> lastSeen = new HashMap<>();
        em.createQuery("select e.id, max(v.visitDate) from Visit v join v.episode e join e.child c join c.family f"
                        + " join f.council co where co.code = :code and v.childSeen = true and v.visitDate <= :to"
                        + " group by e.id", Object[].class)
                .setParameter("code", councilCode).setParameter("to", to)
                .getResultList().forEach(row -> lastSeen.put((Long) row[0], (LocalDate) row[1]));
        return em.createQuery("select e.id, c.laChildId, c.sex, c.ethnicity, c.dateOfBirth, c.disabilityCodes,"
                        + " e.referralDate, e.primaryNeedCode, e.closureDate, e.closureReason, t.name, w.fullName"
                        + " from Episode e join e.child c join c.family f join f.council co"
                        + " left join f.allocatedWorker w left join w.team t where co.code = :code"
                        + " and e.referralDate <= :to and (e.closureDate is null or e.closureDate >= :from)"
                        + " order by c.laChildId, e.referralDate, e.id", Object[].class)
                .setParameter("code", councilCode).setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(row -> {
                    LocalDate born = (LocalDate) row[4];
                    LocalDate closed = (LocalDate) row[8];
                    boolean closedByThen = closed != null && !closed.isAfter(to);
                    return new AnnexAList6.Row6((String) row[1], row[2] == null ? null : row[2].toString(),
                            (String) row[3], born, born == null ? null : Period.between(born, to).getYears(),
                            disability((String) row[5]), (LocalDate) row[6], (String) row[7],
                            lastSeen.get((Long) row[0]), closedByThen ? closed : null,
                            closedByThen ? (String) row[9] : null, closedByThen ? "Closed" : "Open", (String) row[10],
                            (String) row[11]);
                }).toList();
    }

    /** List 4 of the council for the period, by child id and assessment start. */
    public List<AnnexAList4.Row4> list4(String councilCode, LocalDate from, LocalDate to) {
        List<Object[]> assessments = em.createQuery("select e.id, c.laChildId, c.sex, c.ethnicity, c.dateOfBirth,"
                        + " c.disabilityCodes, a.startedOn, a.authorisedOn, t.name, w.fullName"
                        + " from Assessment a join a.episode e join e.child c join c.family f join f.council co"
                        + " left join f.allocatedWorker w left join w.team t where co.code = :code"
                        + " and a.startedOn <= :to and (a.authorisedOn is null or a.authorisedOn >= :from)"
                        + " order by c.laChildId, a.startedOn, a.id", Object[].class)
                .setParameter("code", councilCode).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<Long, List<LocalDate>> seen = new HashMap<>();
        assessments.stream().map(row -> (LocalDate) row[6]).min(LocalDate::compareTo).ifPresent(earliest ->
                em.createQuery("select e.id, v.visitDate from Visit v join v.episode e join e.child c join c.family f"
                                + " join f.council co where co.code = :code and v.childSeen = true"
                                + " and v.visitDate >= :earliest and v.visitDate <= :to", Object[].class)
                        .setParameter("code", councilCode).setParameter("earliest", earliest).setParameter("to", to)
                        .getResultList().forEach(row -> seen.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                                .add((LocalDate) row[1])));
        return assessments.stream().map(row -> AnnexAList4.row(AnnexAChild.of((String) row[1], row[2], (String) row[3],
                        (LocalDate) row[4], (String) row[5], to), (LocalDate) row[6], (LocalDate) row[7],
                seen.getOrDefault((Long) row[0], List.of()), (String) row[8], (String) row[9], to)).toList();
    }

    /** Yes for a child with a disability recorded, No for "No disability", nothing when none is recorded. */
    private static String disability(String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return codes.strip().equals("NONE") ? "No" : "Yes";
    }
}
