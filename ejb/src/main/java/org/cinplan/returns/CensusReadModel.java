package org.cinplan.returns;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads what cinplan records today into the census model, read-only, by entity name in JPQL and as plain values (as
 * {@code schedule.store.CaseHistoryRepository} does), so returns needs no class of the areas it reads and none of
 * them depends on it. A council's children come 500 at a time, each batch in three queries, so a return of any size
 * is read with bounded memory.
 *
 * <p>How cinplan's records map to the census (the read model; a change to these entities' fields is a change here):
 * <ul>
 *   <li>Child ({@code casework.Child}): LAchildID, UPN, FormerUPN, UPNunknown, PersonBirthDate,
 *       ExpectedPersonBirthDate, Sex, PersonDeathDate, Ethnicity, Disabilities as recorded.</li>
 *   <li>Episode ({@code casework.Episode}) to {@code CINdetails} ({@link EpisodeRecord}): CINreferralDate is the
 *       referral date, ReferralSource who referred the child (its DfE code); PrimaryNeedCode, CINclosureDate and
 *       ReasonForClosure as recorded; ReferralNFA 0. Its CIN plan ({@code CINPlanDates}) runs from the decision date to
 *       the closure, or to the start of the child protection plan that replaced it (step-up): the episode of need then
 *       goes on, with that child protection plan, into the step-down episode after it.</li>
 *   <li>Referral ({@code casework.Referral}) that is part of no episode: an episode of need of its own. Closed with no
 *       further action, ReferralNFA is 1 and it closes that day (RC8); otherwise it is open, with its section 47
 *       enquiries and child protection plans if it went straight to a strategy discussion. A referral that joined or
 *       led to an episode is that episode's.</li>
 *   <li>Assessment ({@code casework.Assessment}): AssessmentActualStartDate is its start,
 *       AssessmentInternalReviewDate its internal review, AssessmentAuthorisationDate its authorisation, and
 *       AssessmentFactors the factors identified.</li>
 *   <li>Section47Enquiry ({@code casework.Section47Enquiry}) whose enquiry started, to {@code Section47}:
 *       S47ActualStartDate is the strategy discussion that began it, InitialCPCtarget the target the deadline engine set
 *       (ICPC_WITHIN_15WD), DateOfInitialCPC the conference held, ICPCnotRequired whether none was needed.</li>
 *   <li>ChildProtectionPlan ({@code casework.ChildProtectionPlan}) to {@code ChildProtectionPlans}: its start (the
 *       conference's date), end, initial and latest category of abuse and its review conferences ({@code Reviews}).
 *       NumberOfPreviousCPP is not recorded.</li>
 * </ul>
 */
@Dependent
public class CensusReadModel {

    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    /** The council's DfE LA number, or null while none is set. */
    public String laNumberOf(String councilCode) {
        return em.createQuery("select co.laNumber from Council co where co.code = :code", String.class)
                .setParameter("code", councilCode)
                .getResultStream().findFirst().orElse(null);
    }

    /** Whether the council exists. */
    public boolean councilExists(String councilCode) {
        return !em.createQuery("select co.id from Council co where co.code = :code", Long.class)
                .setParameter("code", councilCode).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Hands each child of the council that has an episode open at some point in the year, with all their episodes,
     * to {@code each}, in LAchildID order; {@link CensusScope} then keeps what the year includes.
     */
    public void forEachChild(String councilCode, CollectionYear year, Consumer<CensusChild> each) {
        forEachChild(councilCode, year, each, new GenerationProgress(1, percent -> { }));
    }

    /** As {@link #forEachChild(String, CollectionYear, Consumer)}, telling {@code progress} after each batch. */
    void forEachChild(String councilCode, CollectionYear year, Consumer<CensusChild> each, GenerationProgress progress) {
        // children with an episode, or a referral on its own, open at some point in the year, by LAchildID
        Map<String, Long> byLaChildId = new TreeMap<>();
        for (String records : List.of("from Episode e join e.child c join c.family f join f.council co"
                        + " where co.code = :code and e.referralDate <= :end and (e.closureDate is null or e.closureDate >= :start)",
                "from Referral r join r.child c join c.family f join f.council co where co.code = :code"
                        + " and r.episode is null and r.receivedOn <= :end and (r.closedOn is null or r.closedOn >= :start)")) {
            em.createQuery("select distinct c.id, c.laChildId " + records, Object[].class)
                    .setParameter("code", councilCode)
                    .setParameter("start", year.start())
                    .setParameter("end", year.referenceDate())
                    .getResultList().forEach(row -> byLaChildId.put((String) row[1], (Long) row[0]));
        }
        List<Long> ids = List.copyOf(byLaChildId.values());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, List<CinDetails>> episodes = episodesOf(batch);
            childrenOf(batch, episodes).forEach(each);
            em.clear();
            progress.done(from + batch.size(), ids.size());
        }
    }

    private List<CensusChild> childrenOf(List<Long> childIds, Map<Long, List<CinDetails>> episodes) {
        Map<Long, CensusChild> byId = new HashMap<>();
        em.createQuery("select c.id, c.laChildId, c.upn, c.formerUpn, c.upnUnknown, c.dateOfBirth,"
                        + " c.expectedBirthDate, c.sex, c.deathDate, c.ethnicity, c.disabilityCodes"
                        + " from Child c where c.id in :ids", Object[].class)
                .setParameter("ids", childIds)
                .getResultList().forEach(row -> {
                    Long id = (Long) row[0];
                    byId.put(id, new CensusChild(id, (String) row[1], (String) row[2], (String) row[3],
                            (String) row[4], (LocalDate) row[5], (LocalDate) row[6],
                            row[7] == null ? null : row[7].toString(), (LocalDate) row[8], (String) row[9],
                            codes((String) row[10]), episodes.getOrDefault(id, List.of())));
                });
        return childIds.stream().map(byId::get).toList();
    }

    private Map<Long, List<CinDetails>> episodesOf(List<Long> childIds) {
        List<Object[]> rows = em.createQuery("select e.id, c.id, e.type, e.referralDate, e.referralSource,"
                        + " e.decisionDate, e.primaryNeedCode, e.closureDate, e.closureReason, e.childProtectionPlanStartDate,"
                        + " e.childProtectionPlanEndDate from Episode e join e.child c"
                        + " where c.id in :ids order by e.referralDate, e.decisionDate, e.id", Object[].class)
                .setParameter("ids", childIds)
                .getResultList();
        List<Long> episodeIds = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<CensusAssessment>> assessments = assessmentsOf(episodeIds);
        Protection onEpisodes = protectionOf("episode", episodeIds);
        Map<Long, List<EpisodeRecord>> byChild = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Long episode = (Long) row[0];
            byChild.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(new EpisodeRecord(
                    String.valueOf(row[2]), (LocalDate) row[3], (String) row[4], (LocalDate) row[5], (String) row[6],
                    (LocalDate) row[7], (String) row[8], (LocalDate) row[9], (LocalDate) row[10],
                    assessments.getOrDefault(episode, List.of()), onEpisodes.section47s(episode), onEpisodes.plans(episode),
                    false));
        }
        List<Object[]> referrals = em.createQuery("select r.id, c.id, r.receivedOn, r.source, r.primaryNeed, r.closedOn,"
                        + " r.decision from Referral r join r.child c where c.id in :ids and r.episode is null", Object[].class)
                .setParameter("ids", childIds)
                .getResultList();
        Protection onReferrals = protectionOf("referral", referrals.stream().map(r -> (Long) r[0]).toList());
        for (Object[] row : referrals) {
            Long referral = (Long) row[0];
            byChild.computeIfAbsent((Long) row[1], id -> new ArrayList<>()).add(EpisodeRecord.referral((LocalDate) row[2],
                    (String) row[3], (String) row[4], (LocalDate) row[5], "NO_FURTHER_ACTION".equals(String.valueOf(row[6])),
                    onReferrals.section47s(referral), onReferrals.plans(referral)));
        }
        Map<Long, List<CinDetails>> episodes = new HashMap<>();
        byChild.forEach((child, records) -> episodes.put(child, EpisodeRecord.episodesOfNeed(records.stream()
                .sorted(Comparator.comparing(EpisodeRecord::referralDate)
                        .thenComparing(EpisodeRecord::decisionDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList())));
        return episodes;
    }

    /** The section 47 enquiries and child protection plans recorded on episodes or on referrals, by their id. */
    private record Protection(Map<Long, List<Section47Enquiry>> enquiries, Map<Long, List<ChildProtectionPlan>> cpPlans) {

        List<Section47Enquiry> section47s(Long owner) {
            return enquiries.getOrDefault(owner, List.of());
        }

        List<ChildProtectionPlan> plans(Long owner) {
            return cpPlans.getOrDefault(owner, List.of());
        }
    }

    /**
     * The section 47 enquiries (those whose enquiry started: S47ActualStartDate is the strategy discussion that began
     * it, InitialCPCtarget the target the deadline engine set) and child protection plans (with their reviews) recorded
     * on the {@code owner}s ("episode" or "referral") of these ids.
     */
    private Protection protectionOf(String owner, List<Long> ownerIds) {
        Map<Long, List<Section47Enquiry>> enquiries = new HashMap<>();
        Map<Long, List<ChildProtectionPlan>> plans = new HashMap<>();
        for (int from = 0; from < ownerIds.size(); from += BATCH) {
            List<Long> batch = ownerIds.subList(from, Math.min(ownerIds.size(), from + BATCH));
            em.createQuery("select o.id, s.strategyDiscussionOn, s.conferenceTarget, s.conferenceHeldOn,"
                            + " s.conferenceNotRequired from Section47Enquiry s join s." + owner + " o where o.id in :ids"
                            + " and s.enquiryStartedOn is not null order by s.strategyDiscussionOn, s.id", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList().forEach(row -> enquiries.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new Section47Enquiry((LocalDate) row[1], (LocalDate) row[2], (LocalDate) row[3],
                                    row[3] == null && Boolean.TRUE.equals(row[4]))));
            Map<Long, List<LocalDate>> reviews = new HashMap<>();
            em.createQuery("select p.id, r from ChildProtectionPlan p join p.reviews r join p.section47 s join s." + owner
                            + " o where o.id in :ids order by r", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList().forEach(row -> reviews.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add((LocalDate) row[1]));
            em.createQuery("select o.id, p.id, p.startOn, p.endOn, p.initialCategory, p.latestCategory"
                            + " from ChildProtectionPlan p join p.section47 s join s." + owner + " o where o.id in :ids"
                            + " order by p.startOn, p.id", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList().forEach(row -> plans.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new ChildProtectionPlan((LocalDate) row[2], (LocalDate) row[3], (String) row[4],
                                    (String) row[5], null, reviews.getOrDefault((Long) row[1], List.of()))));
        }
        return new Protection(enquiries, plans);
    }

    private Map<Long, List<CensusAssessment>> assessmentsOf(List<Long> episodeIds) {
        Map<Long, List<CensusAssessment>> byEpisode = new HashMap<>();
        for (int from = 0; from < episodeIds.size(); from += BATCH) {
            List<Long> batch = episodeIds.subList(from, Math.min(episodeIds.size(), from + BATCH));
            Map<Long, List<String>> factors = new HashMap<>();
            em.createQuery("select a.id, f from Assessment a join a.factors f join a.episode e where e.id in :ids"
                            + " order by f", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList().forEach(row -> factors.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add((String) row[1]));
            em.createQuery("select e.id, a.id, a.startedOn, a.internalReviewOn, a.authorisedOn from Assessment a"
                            + " join a.episode e where e.id in :ids order by a.startedOn, a.id", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList().forEach(row -> byEpisode.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new CensusAssessment((LocalDate) row[2], (LocalDate) row[3], (LocalDate) row[4],
                                    factors.getOrDefault((Long) row[1], List.of()))));
        }
        return byEpisode;
    }

    private static List<String> codes(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
