package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.Role;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.AccessLevel;
import org.cinplan.casework.BreakGlass;
import org.cinplan.casework.BreakGlassReview;
import org.cinplan.casework.CaseloadService;
import org.cinplan.casework.Child;
import org.cinplan.casework.EarlyClosureDecisionForm;
import org.cinplan.casework.EarlyClosureDecisions;
import org.cinplan.casework.Episode;
import org.cinplan.casework.EpisodeOpening;
import org.cinplan.casework.Family;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.casework.RecordRestrictions;
import org.cinplan.casework.RestrictedRecordView;
import org.cinplan.casework.RestrictionReason;
import org.cinplan.casework.Sex;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.TimescaleService;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.RuleId;
import org.cinplan.visits.VisitForm;
import org.cinplan.visits.VisitRecording;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cinplan.admin.Role.ADMINISTRATOR;
import static org.cinplan.admin.Role.AUDITOR;
import static org.cinplan.admin.Role.CONSULTANT_SOCIAL_WORKER;
import static org.cinplan.admin.Role.FAMILY_SUPPORT_PRACTITIONER;
import static org.cinplan.admin.Role.PRACTICE_MANAGER;
import static org.cinplan.admin.Role.SERVICE_MANAGER;
import static org.cinplan.admin.Role.SOCIAL_WORKER;
import static org.cinplan.admin.Role.TEAM_MANAGER;

/**
 * Record access in the EJB layer, in a real Payara: the role gate of each service method for all eight roles, then
 * the data rules of {@code CaseAccess} (own caseload, team, restricted records, break-glass, other councils and
 * guessed ids), each refusal written to the audit trail. The run-as principals it-social-worker, it-team-manager,
 * ... work in Reading's first team; the other cases are made here with JPA.
 */
@ExtendWith(ArquillianExtension.class)
class RecordAccessIT {

    private static final String REASON = "Police called out of hours about the child; need the contact plan";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(RecordAccessIT.class);
    }

    @Inject
    private InRole inRole;
    @Inject
    private DeadlineService deadlines;
    @Inject
    private VisitRecording visits;
    @Inject
    private MeetingRecording meetings;
    @Inject
    private EpisodeOpening opening;
    @Inject
    private EarlyClosureDecisions earlyClosures;
    @Inject
    private CaseloadService caseload;
    @Inject
    private BreakGlass breakGlass;
    @Inject
    private RecordRestrictions restrictions;
    @Inject
    private AlertQueries alerts;
    @Inject
    private StaffAdministration staffAdministration;
    @Inject
    private AuditTrail auditTrail;
    @Inject
    private TimescaleService timescales;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void everyRoleWorksInReading() throws Exception {
        for (Role role : EnumSet.complementOf(EnumSet.of(ADMINISTRATOR, AUDITOR))) {
            TestStaff.inReadingTeam(em, transaction, role);
        }
    }

    // ---- the role gate ---------------------------------------------------------------------------------------------

    @Test
    void eachServiceMethodLetsInExactlyTheRolesItShould() {
        Set<Role> casework = EnumSet.of(SOCIAL_WORKER, CONSULTANT_SOCIAL_WORKER, PRACTICE_MANAGER, TEAM_MANAGER,
                SERVICE_MANAGER, FAMILY_SUPPORT_PRACTITIONER);
        Set<Role> recorders = EnumSet.of(SOCIAL_WORKER, CONSULTANT_SOCIAL_WORKER, PRACTICE_MANAGER, TEAM_MANAGER);
        Map<String, Gate> methods = new LinkedHashMap<>();
        methods.put("CaseloadService.myCaseload", new Gate(casework, () -> caseload.myCaseload()));
        methods.put("CaseloadService.teamCaseload", new Gate(casework, () -> caseload.teamCaseload()));
        methods.put("DeadlineService.deadlinesOf", new Gate(casework, () -> deadlines.deadlinesOf(-1L)));
        methods.put("VisitRecording.record", new Gate(EnumSet.of(SOCIAL_WORKER, CONSULTANT_SOCIAL_WORKER,
                PRACTICE_MANAGER, TEAM_MANAGER, FAMILY_SUPPORT_PRACTITIONER),
                () -> visitOn(-1L)));
        methods.put("MeetingRecording.nextKind", new Gate(recorders, () -> meetings.nextKind(-1L)));
        methods.put("EarlyClosureDecisions.statusOf", new Gate(casework, () -> earlyClosures.statusOf(-1L)));
        methods.put("EarlyClosureDecisions.record", new Gate(EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER),
                () -> earlyClosures.record(-1L, new EarlyClosureDecisionForm(today, REASON))));
        methods.put("EpisodeOpening.childrenToOpen", new Gate(recorders, () -> opening.childrenToOpen()));
        methods.put("BreakGlass.open", new Gate(casework, () -> breakGlass.open(-1L, REASON)));
        methods.put("BreakGlass.awaitingReview", new Gate(EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER, SERVICE_MANAGER),
                () -> breakGlass.awaitingReview()));
        methods.put("RecordRestrictions.restrictedRecords", new Gate(EnumSet.of(TEAM_MANAGER, ADMINISTRATOR),
                () -> restrictions.restrictedRecords()));
        methods.put("AlertQueries.myOpenAlerts", new Gate(casework, () -> alerts.myOpenAlerts()));
        methods.put("AlertQueries.teamOverdueAlerts", new Gate(EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER,
                SERVICE_MANAGER, CONSULTANT_SOCIAL_WORKER), () -> alerts.teamOverdueAlerts()));
        methods.put("StaffAdministration.countStaff", new Gate(EnumSet.of(ADMINISTRATOR),
                () -> staffAdministration.countStaff(null)));
        methods.put("AuditTrail.search", new Gate(EnumSet.of(AUDITOR),
                () -> auditTrail.search(AuditSearch.everything(), 0, 1)));
        methods.put("TimescaleService.calculate", new Gate(EnumSet.allOf(Role.class),
                () -> timescales.calculate(CouncilCode.READING, RuleId.INITIAL_MEETING, today)));

        List<String> wrong = new ArrayList<>();
        methods.forEach((method, gate) -> {
            for (Role role : Role.values()) {
                boolean refused = refusedByRole(role, gate.call());
                if (refused == gate.allowed().contains(role)) {
                    wrong.add(role + " " + method + (refused ? " was refused" : " was let in"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    // ---- own caseload, team, other teams -----------------------------------------------------------------------------

    @Test
    void aWorkerChangesTheirOwnCasesAndReadsTheirTeamsWhichTheTeamsManagersChange() throws Exception {
        StaffMember teammate = staff("access-mate", SOCIAL_WORKER, TestStaff.readingTeam(em));
        long own = caseOf(staffNamed(InRole.principal(SOCIAL_WORKER)), "Own");
        long teams = caseOf(teammate, "Teams");

        as(SOCIAL_WORKER, () -> visitOn(own));
        assertThat(as(SOCIAL_WORKER, () -> deadlines.deadlinesOf(teams)).episodeId()).isEqualTo(teams);
        assertThat(as(SOCIAL_WORKER, () -> breakGlass.accessTo(teams)).level()).isEqualTo(AccessLevel.READ);
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> visitOn(teams)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Only the allocated worker or a manager of their team");
        assertThatThrownBy(() -> as(FAMILY_SUPPORT_PRACTITIONER, () -> visitOn(teams)))
                .isInstanceOf(BusinessRuleViolation.class);
        as(SERVICE_MANAGER, () -> deadlines.deadlinesOf(teams));
        assertThat(as(FAMILY_SUPPORT_PRACTITIONER, () -> caseload.teamCaseload()))
                .extracting(c -> c.episodeId()).contains(own, teams);

        for (Role manager : List.of(TEAM_MANAGER, PRACTICE_MANAGER, CONSULTANT_SOCIAL_WORKER)) {
            as(manager, () -> visitOn(teams));
        }
        assertThat(as(SOCIAL_WORKER, () -> deadlines.nextDeadlines(List.of(own, teams))).keySet())
                .containsExactlyInAnyOrder(own, teams);
    }

    @Test
    void anotherTeamsCaseIsRefusedWithBreakGlassOfferedAndTheAttemptIsAudited() throws Exception {
        long elsewhere = caseOf(staff("access-other", SOCIAL_WORKER, otherReadingTeam()), "Elsewhere");

        for (Role role : List.of(SOCIAL_WORKER, TEAM_MANAGER, SERVICE_MANAGER)) {
            assertThatThrownBy(() -> as(role, () -> deadlines.deadlinesOf(elsewhere)))
                    .as(role.label()).isInstanceOf(RecordAccessDenied.class)
                    .hasMessageContaining("another team").hasMessageContaining("break-glass")
                    .satisfies(e -> assertThat(((RecordAccessDenied) e).isBreakGlassOffered()).isTrue());
        }
        assertThatThrownBy(() -> as(TEAM_MANAGER, () -> visitOn(elsewhere))).isInstanceOf(RecordAccessDenied.class);
        assertThat(as(SOCIAL_WORKER, () -> deadlines.nextDeadlines(List.of(elsewhere)))).isEmpty();
        assertThat(deniedEntries(SOCIAL_WORKER, elsewhere)).anySatisfy(e -> {
            assertThat(e.outcome()).isEqualTo("DENIED");
            assertThat(e.detail()).contains("view a case's deadlines", "not their team's case");
        });
    }

    @Test
    void anotherCouncilsCaseOrAnUnknownIdIsNoCaseAtAllAndIsAudited() throws Exception {
        Council suffolk = council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK);
        long suffolkCase = caseOf(staff("access-suffolk", SOCIAL_WORKER, team(suffolk, "Access IT Suffolk team")), "Far");

        for (long guessed : new long[] {suffolkCase, 987654321L}) {
            assertThatThrownBy(() -> as(TEAM_MANAGER, () -> deadlines.deadlinesOf(guessed)))
                    .isInstanceOf(RecordAccessDenied.class).hasMessage("There is no case with the id " + guessed)
                    .satisfies(e -> assertThat(((RecordAccessDenied) e).isBreakGlassOffered()).isFalse());
            assertThatThrownBy(() -> as(TEAM_MANAGER, () -> breakGlass.open(guessed, REASON)))
                    .isInstanceOf(RecordAccessDenied.class);
            assertThat(deniedEntries(TEAM_MANAGER, guessed)).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> meetings.possibleChairs(suffolkCase)))
                .isInstanceOf(RecordAccessDenied.class);
    }

    // ---- restricted records ------------------------------------------------------------------------------------------

    @Test
    void aRestrictedRecordOpensOnlyToItsAccessListWhichTheTeamManagerKeeps() throws Exception {
        StaffMember worker = staff("access-holder", SOCIAL_WORKER, TestStaff.readingTeam(em));
        long episodeId = caseOf(worker, "Restricted");
        String childId = laChildIdOf(episodeId);

        RestrictedRecordView restricted = as(TEAM_MANAGER, () -> restrictions.restrict(childId, RestrictionReason.STAFF_INTEREST));
        assertThat(restricted.named()).containsExactly(worker.fullName() + " (" + worker.username() + ")");
        assertThat(as(TEAM_MANAGER, () -> restrictions.restrictedRecords())).anyMatch(r -> r.laChildId().equals(childId));

        for (Role teamRole : List.of(SOCIAL_WORKER, SERVICE_MANAGER, TEAM_MANAGER, PRACTICE_MANAGER)) {
            assertThatThrownBy(() -> as(teamRole, () -> deadlines.deadlinesOf(episodeId)))
                    .as(teamRole.label()).isInstanceOf(RecordAccessDenied.class).hasMessageContaining("restricted")
                    .hasMessageNotContaining("Staff interest");
        }
        assertThat(as(SOCIAL_WORKER, () -> deadlines.nextDeadlines(List.of(episodeId)))).isEmpty();
        assertThat(as(SERVICE_MANAGER, () -> caseload.teamCaseload())).noneMatch(c -> childId.equals(c.laChildId()));

        as(TEAM_MANAGER, () -> restrictions.name(childId, InRole.principal(SERVICE_MANAGER)));
        assertThat(as(SERVICE_MANAGER, () -> caseload.teamCaseload())).anyMatch(c -> childId.equals(c.laChildId()));
        as(TEAM_MANAGER, () -> restrictions.name(childId, InRole.principal(TEAM_MANAGER)));
        assertThat(as(SERVICE_MANAGER, () -> breakGlass.accessTo(episodeId)).level()).isEqualTo(AccessLevel.READ);
        assertThat(as(TEAM_MANAGER, () -> breakGlass.accessTo(episodeId)).level()).as("named, and manages the team")
                .isEqualTo(AccessLevel.EDIT);
        as(TEAM_MANAGER, () -> visitOn(episodeId));
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> visitOn(episodeId))).isInstanceOf(RecordAccessDenied.class);

        assertThatThrownBy(() -> as(TEAM_MANAGER, () -> restrictions.removeName(childId, worker.username())))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("allocated worker");
        as(TEAM_MANAGER, () -> restrictions.removeName(childId, InRole.principal(SERVICE_MANAGER)));
        assertThatThrownBy(() -> as(SERVICE_MANAGER, () -> deadlines.deadlinesOf(episodeId)))
                .isInstanceOf(RecordAccessDenied.class);

        as(TEAM_MANAGER, () -> {
            restrictions.lift(childId);
            return null;
        });
        assertThat(as(SOCIAL_WORKER, () -> breakGlass.accessTo(episodeId)).level()).isEqualTo(AccessLevel.READ);
        assertThat(auditOf(InRole.principal(TEAM_MANAGER), AuditAction.ADMIN_CHANGE, childOf(episodeId)))
                .extracting(AuditEntryView::detail)
                .anyMatch(d -> d.startsWith("Restricted the record (Staff interest)"))
                .anyMatch(d -> d.startsWith("Lifted the restriction"));
    }

    @Test
    void onlyTheTeamsManagerOrAnAdministratorKeepsARecordsAccessList() throws Exception {
        long elsewhere = caseOf(staff("access-far-holder", SOCIAL_WORKER, otherReadingTeam()), "NotMine");
        String childId = laChildIdOf(elsewhere);

        assertThatThrownBy(() -> as(TEAM_MANAGER, () -> restrictions.restrict(childId, RestrictionReason.ADOPTION)))
                .isInstanceOf(RecordAccessDenied.class);
        as(ADMINISTRATOR, () -> restrictions.restrict(childId, RestrictionReason.ADOPTION));
        assertThat(as(ADMINISTRATOR, () -> restrictions.restrictedRecords())).anyMatch(r -> r.laChildId().equals(childId));
        assertThat(as(TEAM_MANAGER, () -> restrictions.restrictedRecords())).noneMatch(r -> r.laChildId().equals(childId));
        assertThatThrownBy(() -> as(ADMINISTRATOR, () -> restrictions.name(childId, "sw.suffolk")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("no member of staff");
    }

    // ---- break-glass -------------------------------------------------------------------------------------------------

    @Test
    void breakGlassNeedsAReasonOpensTheRecordReadOnlyForAWhileAndTheTeamManagerReviewsIt() throws Exception {
        StaffMember worker = staff("access-bg-holder", SOCIAL_WORKER, TestStaff.readingTeam(em));
        long episodeId = caseOf(worker, "Glass");
        String childId = laChildIdOf(episodeId);
        as(TEAM_MANAGER, () -> restrictions.restrict(childId, RestrictionReason.HIGH_PROFILE));

        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> breakGlass.open(episodeId, "urgent")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at least 20 characters");
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> breakGlass.open(episodeId, "                         ")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at least 20 characters");
        assertThat(as(SOCIAL_WORKER, () -> breakGlass.accessTo(episodeId)).level())
                .isEqualTo(AccessLevel.NONE_BREAK_GLASS_OFFERED);

        LocalDateTime until = as(SOCIAL_WORKER, () -> breakGlass.open(episodeId, REASON));
        assertThat(until).isAfter(LocalDateTime.now(ZoneOffset.UTC).plusHours(3))
                .isBefore(LocalDateTime.now(ZoneOffset.UTC).plusHours(5));
        assertThat(as(SOCIAL_WORKER, () -> breakGlass.accessTo(episodeId)).level()).isEqualTo(AccessLevel.BREAK_GLASS);
        assertThat(as(SOCIAL_WORKER, () -> deadlines.deadlinesOf(episodeId)).episodeId()).isEqualTo(episodeId);
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> visitOn(episodeId))).as("break-glass only reads")
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> breakGlass.open(episodeId, REASON)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already");

        long child = childOf(episodeId);
        String me = InRole.principal(SOCIAL_WORKER);
        assertThat(auditOf(me, AuditAction.BREAK_GLASS, child)).anySatisfy(e ->
                assertThat(e.detail()).contains("restricted record", REASON));
        assertThat(auditOf(me, AuditAction.VIEW_RECORD, child)).anySatisfy(e ->
                assertThat(e.detail()).contains("through break-glass"));

        List<BreakGlassReview> waiting = as(TEAM_MANAGER, () -> breakGlass.awaitingReview());
        BreakGlassReview review = waiting.stream().filter(r -> r.childId() == child).findFirst().orElseThrow();
        assertThat(review.openedByUsername()).isEqualTo(me);
        assertThat(review.reason()).isEqualTo(REASON);
        as(TEAM_MANAGER, () -> {
            breakGlass.markReviewed(review.id());
            return null;
        });
        assertThatThrownBy(() -> as(TEAM_MANAGER, () -> {
            breakGlass.markReviewed(review.id());
            return null;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Already reviewed");
        assertThat(as(TEAM_MANAGER, () -> breakGlass.awaitingReview())).noneMatch(r -> r.id() == review.id());

        as(SOCIAL_WORKER, () -> {
            breakGlass.end(episodeId);
            return null;
        });
        assertThatThrownBy(() -> as(SOCIAL_WORKER, () -> deadlines.deadlinesOf(episodeId)))
                .as("access ended").isInstanceOf(RecordAccessDenied.class);
    }

    @Test
    void aBreakGlassOpeningIsReviewedBySomeoneOtherThanItsOpener() throws Exception {
        long episodeId = caseOf(staff("access-bg-self", SOCIAL_WORKER, TestStaff.readingTeam(em)), "SelfReview");
        as(TEAM_MANAGER, () -> restrictions.restrict(laChildIdOf(episodeId), RestrictionReason.STAFF_INTEREST));
        as(PRACTICE_MANAGER, () -> breakGlass.open(episodeId, REASON));
        long child = childOf(episodeId);
        BreakGlassReview own = as(PRACTICE_MANAGER, () -> breakGlass.awaitingReview()).stream()
                .filter(r -> r.childId() == child).findFirst().orElseThrow();

        assertThatThrownBy(() -> as(PRACTICE_MANAGER, () -> {
            breakGlass.markReviewed(own.id());
            return null;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("SEPARATION_OF_DUTIES");
        assertThat(auditOf(InRole.principal(PRACTICE_MANAGER), AuditAction.ACCESS_DENIED, child))
                .anyMatch(e -> e.detail().equals("Tried to review their own break-glass opening"));
        assertThat(as(TEAM_MANAGER, () -> breakGlass.awaitingReview())).anyMatch(r -> r.id() == own.id());

        as(TEAM_MANAGER, () -> {
            breakGlass.markReviewed(own.id());
            return null;
        });
        assertThat(as(PRACTICE_MANAGER, () -> breakGlass.awaitingReview())).noneMatch(r -> r.id() == own.id());
    }

    @Test
    void administratorsAndAuditorsOpenNoCaseEvenWithBreakGlass() throws Exception {
        long episodeId = caseOf(staffNamed(InRole.principal(SOCIAL_WORKER)), "NoAdmin");
        for (Role role : List.of(ADMINISTRATOR, AUDITOR)) {
            assertThat(refusedByRole(role, () -> deadlines.deadlinesOf(episodeId))).as(role.label()).isTrue();
            assertThat(refusedByRole(role, () -> breakGlass.open(episodeId, REASON))).as(role.label()).isTrue();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private record Gate(Set<Role> allowed, Supplier<?> call) {
    }

    private <T> T as(Role role, Supplier<T> call) {
        return inRole.call(role, call);
    }

    /** Whether the role gate refused the call (any other outcome, such as a business rule, passed the gate). */
    private boolean refusedByRole(Role role, Supplier<?> call) {
        try {
            inRole.call(role, call);
            return false;
        } catch (EJBAccessException refused) {
            return true;
        } catch (RuntimeException passedTheGate) {
            for (Throwable t = passedTheGate; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    return true;
                }
            }
            return false;
        }
    }

    private Object visitOn(long episodeId) {
        visits.record(episodeId, new VisitForm(today, true, true, true, null, null, "Check on the child", "Seen alone; settled", today));
        return null;
    }

    private List<AuditEntryView> deniedEntries(Role role, long episodeId) {
        return inRole.call(AUDITOR, () -> auditTrail.search(AuditSearch.everything().byActor(InRole.principal(role))
                        .ofAction(AuditAction.ACCESS_DENIED), 0, AuditTrail.MAX_PAGE_SIZE)).entries().stream()
                .filter(e -> Long.toString(episodeId).equals(e.recordId()) && "Episode".equals(e.recordType()))
                .toList();
    }

    private List<AuditEntryView> auditOf(String actor, AuditAction action, long childId) {
        return inRole.call(AUDITOR, () -> auditTrail.search(AuditSearch.everything().byActor(actor).ofAction(action)
                .aboutChild(childId), 0, AuditTrail.MAX_PAGE_SIZE)).entries();
    }

    private StaffMember staff(String prefix, Role role, Team team) throws Exception {
        transaction.begin();
        StaffMember member = new StaffMember(prefix + "-" + suffix(), "Access " + prefix, null,
                "no-password:in-container-only", em.merge(team), EnumSet.of(role));
        em.persist(member);
        transaction.commit();
        return staffNamed(member.username());
    }

    /** A second team in Reading, beside the one the run-as principals work in. */
    private Team otherReadingTeam() throws Exception {
        transaction.begin();
        Council reading = TestStaff.readingTeam(em).council();
        Team other = em.createQuery("select t from Team t where t.council = :c and t.name = 'Access IT other team'", Team.class)
                .setParameter("c", reading).getResultList().stream().findFirst().orElse(null);
        if (other == null) {
            other = new Team(reading, "Access IT other team");
            em.persist(other);
        }
        transaction.commit();
        return other;
    }

    private Team team(Council council, String name) throws Exception {
        transaction.begin();
        Team team = em.createQuery("select t from Team t where t.council = :c and t.name = :n", Team.class)
                .setParameter("c", council).setParameter("n", name).getResultList().stream().findFirst().orElse(null);
        if (team == null) {
            team = new Team(em.merge(council), name);
            em.persist(team);
        }
        transaction.commit();
        return team;
    }

    private Council council(String code, String name, PolicyFamily family) throws Exception {
        transaction.begin();
        Council council = em.createQuery("select c from Council c where c.code = :code", Council.class)
                .setParameter("code", code).getResultList().stream().findFirst().orElse(null);
        if (council == null) {
            council = new Council(code, name, family);
            em.persist(council);
        }
        transaction.commit();
        return council;
    }

    /** An open episode of a new child in a new family of the worker's council, allocated to the worker. */
    private long caseOf(StaffMember worker, String surname) throws Exception {
        transaction.begin();
        StaffMember allocated = em.find(StaffMember.class, worker.id());
        Family family = new Family(allocated.team().council(), "Access-" + surname + " family");
        family.allocateTo(allocated);
        em.persist(family);
        String id = "AIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Child child = new Child(family, id, "Kit", "Access-" + surname, today.minusYears(7), Sex.U, null, false);
        em.persist(child);
        Episode episode = Episode.open(child, EpisodeType.STANDARD, today.minusDays(20), today.minusDays(10), "N1", false);
        em.persist(episode);
        transaction.commit();
        return episode.id();
    }

    private String laChildIdOf(long episodeId) {
        return em.createQuery("select e.child.laChildId from Episode e where e.id = :id", String.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    private long childOf(long episodeId) {
        return em.createQuery("select e.child.id from Episode e where e.id = :id", Long.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    private StaffMember staffNamed(String username) {
        return em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getSingleResult();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
