package org.cinplan.returns;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what cinplan records into Ofsted's Annex A list 6, read-only and by entity name in JPQL as
 * {@link CensusReadModel} does: every episode of the council open at some point in the period, with its child, the
 * family's allocated worker and team, and the last visit at which the child was seen by the period's end.
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

    /** Yes for a child with a disability recorded, No for "No disability", nothing when none is recorded. */
    private static String disability(String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return codes.strip().equals("NONE") ? "No" : "Yes";
    }
}
