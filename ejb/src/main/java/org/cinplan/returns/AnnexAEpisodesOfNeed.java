package org.cinplan.returns;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.schedule.EpisodeType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what the episode of need records into Ofsted's Annex A lists 3 (referrals), 5 (section 47 enquiries and
 * initial conferences) and 7 (child protection), read-only and by entity name in JPQL as {@link CensusReadModel} does.
 * Each list reads the council's records up to the period's end (for the counts of the 12 months before each row) and
 * keeps the rows of the period; the child's columns are as at the period's end, with the family's allocated team and
 * worker.
 */
@Dependent
public class AnnexAEpisodesOfNeed {

    /** The child's columns and allocation in every query: c.laChildId ... w.fullName (8 values, the first c.id). */
    private static final String CHILD = "c.id, c.laChildId, c.sex, c.ethnicity, c.dateOfBirth, c.disabilityCodes, t.name,"
            + " w.fullName";
    private static final String ALLOCATED = " join c.family f join f.council co left join f.allocatedWorker w"
            + " left join w.team t where co.code = :code";

    @PersistenceContext
    private EntityManager em;

    /**
     * List 3: every referral received in the period, recorded as a referral or, for a case opened without one (before
     * referrals were recorded), the case's own referral date and source; a step-down is no new referral.
     */
    List<AnnexAList3.Row3> list3(String councilCode, LocalDate from, LocalDate to) {
        List<Object[]> rows = new ArrayList<>(em.createQuery("select " + CHILD + ", r.receivedOn, r.source, r.decision"
                        + " from Referral r join r.child c" + ALLOCATED + " and r.receivedOn <= :to", Object[].class)
                .setParameter("code", councilCode).setParameter("to", to).getResultList());
        // the case's type stands where a referral's decision does: never "no further action"
        rows.addAll(em.createQuery("select " + CHILD + ", e.referralDate, e.referralSource, e.type from Episode e"
                        + " join e.child c" + ALLOCATED + " and e.referralDate <= :to and e.type <> :stepDown and not exists"
                        + " (select r.id from Referral r where r.episode = e and r.receivedOn = e.referralDate)", Object[].class)
                .setParameter("code", councilCode).setParameter("to", to)
                .setParameter("stepDown", EpisodeType.STEP_DOWN_FROM_CP).getResultList());
        Map<Long, List<LocalDate>> referralsOf = datesByChild(rows, 8);
        return rows.stream().filter(row -> inPeriod((LocalDate) row[8], from, to))
                .sorted(byChildThen(8))
                .map(row -> new AnnexAList3.Row3(child(row, to), (LocalDate) row[8], (String) row[9],
                        "NO_FURTHER_ACTION".equals(String.valueOf(row[10])),
                        inTwelveMonthsBefore(referralsOf.get((Long) row[0]), (LocalDate) row[8]),
                        (String) row[6], (String) row[7]))
                .toList();
    }

    /** List 5: every section 47 enquiry whose strategy discussion fell in the period. */
    List<AnnexAList5.Row5> list5(String councilCode, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select " + CHILD + ", s.strategyDiscussionOn, s.conferenceHeldOn,"
                        + " s.conferenceNotRequired, s.id from Section47Enquiry s join s.child c" + ALLOCATED
                        + " and s.enquiryStartedOn is not null and s.strategyDiscussionOn <= :to", Object[].class)
                .setParameter("code", councilCode).setParameter("to", to).getResultList();
        Set<Long> withPlan = new HashSet<>(em.createQuery("select s.id from ChildProtectionPlan p join p.section47 s"
                + " join s.child c join c.family f join f.council co where co.code = :code", Long.class)
                .setParameter("code", councilCode).getResultList());
        Map<Long, List<LocalDate>> enquiriesOf = datesByChild(rows, 8);
        Map<Long, List<LocalDate>> conferencesOf = datesByChild(rows, 9);
        return rows.stream().filter(row -> inPeriod((LocalDate) row[8], from, to))
                .sorted(byChildThen(8))
                .map(row -> {
                    LocalDate strategy = (LocalDate) row[8];
                    LocalDate conference = (LocalDate) row[9];
                    boolean notRequired = Boolean.TRUE.equals(row[10]);
                    boolean decided = conference != null && !conference.isAfter(to) || notRequired;
                    return new AnnexAList5.Row5(child(row, to), strategy, decided ? notRequired : null,
                            conference != null && !conference.isAfter(to) ? conference : null,
                            conference != null && !conference.isAfter(to) ? withPlan.contains((Long) row[11]) : null,
                            inTwelveMonthsBefore(enquiriesOf.get((Long) row[0]), strategy),
                            inTwelveMonthsBefore(conferencesOf.get((Long) row[0]), strategy),
                            (String) row[6], (String) row[7]);
                }).toList();
    }

    /** List 7: every child protection plan open at the period's end or ended in the period. */
    List<AnnexAList7.Row7> list7(String councilCode, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select " + CHILD + ", p.startOn, p.initialCategory, p.latestCategory,"
                        + " p.endOn, p.id from ChildProtectionPlan p join p.child c" + ALLOCATED + " and p.startOn <= :to",
                        Object[].class)
                .setParameter("code", councilCode).setParameter("to", to).getResultList();
        Map<Long, LocalDate> latestReview = new HashMap<>();
        em.createQuery("select p.id, r from ChildProtectionPlan p join p.reviews r join p.child c join c.family f"
                        + " join f.council co where co.code = :code and r <= :to", Object[].class)
                .setParameter("code", councilCode).setParameter("to", to)
                .getResultList().forEach(row -> latestReview.merge((Long) row[0], (LocalDate) row[1],
                        (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, Object[]> lastVisit = new HashMap<>();
        em.createQuery("select c.id, v.visitDate, v.seenAlone from Visit v join v.episode e join e.child c join c.family f"
                        + " join f.council co where co.code = :code and v.childSeen = true and v.visitDate <= :to", Object[].class)
                .setParameter("code", councilCode).setParameter("to", to)
                .getResultList().forEach(row -> lastVisit.merge((Long) row[0], row,
                        (a, b) -> ((LocalDate) a[1]).isAfter((LocalDate) b[1]) ? a : b));
        Map<Long, List<LocalDate>> plansOf = datesByChild(rows, 8);
        return rows.stream()
                .filter(row -> row[11] == null || !((LocalDate) row[11]).isBefore(from))
                .sorted(byChildThen(8))
                .map(row -> {
                    LocalDate start = (LocalDate) row[8];
                    LocalDate end = (LocalDate) row[11];
                    Object[] visit = lastVisit.get((Long) row[0]);
                    return new AnnexAList7.Row7(child(row, to), start, (String) row[9], (String) row[10],
                            visit == null ? null : (LocalDate) visit[1], visit == null ? null : (Boolean) visit[2],
                            latestReview.get((Long) row[12]), end != null && !end.isAfter(to) ? end : null,
                            (int) plansOf.get((Long) row[0]).stream().filter(start::isAfter).count(),
                            (String) row[6], (String) row[7]);
                }).toList();
    }

    private static AnnexAChild child(Object[] row, LocalDate asAt) {
        return AnnexAChild.of((String) row[1], row[2], (String) row[3], (LocalDate) row[4], (String) row[5], asAt);
    }

    /** The dates in column {@code column} of the rows, by child id (column 0); nulls left out. */
    private static Map<Long, List<LocalDate>> datesByChild(List<Object[]> rows, int column) {
        Map<Long, List<LocalDate>> byChild = new HashMap<>();
        rows.stream().filter(row -> row[column] != null).forEach(row ->
                byChild.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((LocalDate) row[column]));
        return byChild;
    }

    /** How many of the dates fall in the 12 months before {@code day} (not counting {@code day} itself). */
    private static int inTwelveMonthsBefore(List<LocalDate> dates, LocalDate day) {
        return dates == null ? 0 : (int) dates.stream()
                .filter(d -> d.isBefore(day) && !d.isBefore(day.minusMonths(12))).count();
    }

    private static boolean inPeriod(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** By LAchildID, then by the date in the column. */
    private static Comparator<Object[]> byChildThen(int column) {
        Function<Object[], String> childId = row -> (String) row[1];
        return Comparator.comparing(childId).thenComparing(row -> (LocalDate) row[column]);
    }
}
