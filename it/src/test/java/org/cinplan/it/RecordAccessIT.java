package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.alerts.AlertQueries;
import org.cinplan.alerts.RunLogQueries;
import org.cinplan.alerts.SweepService;
import org.cinplan.returns.CensusReturns;
import org.cinplan.returns.CollectionYear;
import org.cinplan.casework.Allocations;
import org.cinplan.casework.ReferralForm;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.Referrals;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.ChildProtection;
import org.cinplan.casework.ChildRecord;
import org.cinplan.casework.ChildRecordService;
import org.cinplan.casework.ChildSearch;
import org.cinplan.casework.ClosureDecisions;
import org.cinplan.casework.ClosureProposal;
import org.cinplan.dashboard.TeamDashboard;
import org.cinplan.meetings.BookingForm;
import org.cinplan.meetings.InviteeForm;
import org.cinplan.meetings.MeetingScheduling;
import org.cinplan.messages.MessageLog;
import org.cinplan.planning.BudgetApproval;
import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanView;
import org.cinplan.planning.SmartOutcome;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.AccessLevel;
import org.cinplan.casework.BreakGlass;
import org.cinplan.casework.BreakGlassReview;
import org.cinplan.caseload.CaseloadService;
import org.cinplan.casework.Child;
import org.cinplan.casework.EarlyClosureDecisionForm;
import org.cinplan.casework.EarlyClosureDecisions;
import org.cinplan.casework.CheckpointForm;
import org.cinplan.casework.CheckpointAnswerForm;
import org.cinplan.casework.ManagementDecisions;
import org.cinplan.casework.AssessmentRecording;
import org.cinplan.casework.ChangesAndConsent;
import org.cinplan.casework.AssessmentReason;
import org.cinplan.schedule.CheckpointKind;
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

import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
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
import static org.cinplan.platform.Role.ADMINISTRATOR;
import static org.cinplan.platform.Role.AUDITOR;
import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER;
import static org.cinplan.platform.Role.PRACTICE_MANAGER;
import static org.cinplan.platform.Role.SERVICE_MANAGER;
import static org.cinplan.platform.Role.SOCIAL_WORKER;
import static org.cinplan.platform.Role.TEAM_MANAGER;

/**
 * Record access in the EJB layer, in a real Payara: the role gate of each service method for all eight roles, then
 * the data rules of {@code CaseAccess} (own caseload, team, restricted records, break-glass, other councils and
 * guessed ids), each refusal written to the audit trail. The run-as principals it-social-worker, it-team-manager,
 * ... work in Reading's first team; the other cases are made here with JPA.
 */
@ExtendWith(ArquillianExtension.class)
class RecordAccessIT {

    /** Why a family is reallocated in these tests (the service asks for a reason). */
    private static final String REALLOCATION_REASON = "The worker moved team";

    private static final String REASON = "Police called out of hours about the child; need the contact plan";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(RecordAccessIT.class, ChildDataMethods.class);
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
    private ManagementDecisions decisions;
    @Inject
    private AssessmentRecording assessmentRecording;
    @Inject
    private ChangesAndConsent changesAndConsent;
    @Inject
    private Referrals referrals;
    @Inject
    private ChildProtection childProtection;
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
    @Inject
    private ChildRecordService childRecords;
    @Inject
    private TeamDashboard dashboard;
    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private MessageLog messageLog;
    @Inject
    private CinPlanning planning;
    @Inject
    private RunLogQueries runLog;
    @Inject
    private CensusReturns censusReturns;
    @Inject
    private SweepService sweeps;
    @Inject
    private Allocations allocations;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Inject
    private ChildSearch childSearch;

    @Inject
    private ClosureDecisions closures;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void everyRoleWorksInReading() throws Exception {
        TestStaff.everyCaseworkRoleInReadingTeam(em, transaction);
    }

    // ---- the role gate ---------------------------------------------------------------------------------------------

    @Test
    void eachServiceMethodLetsInExactlyTheRolesItShould() {
        Set<Role> casework = EnumSet.of(SOCIAL_WORKER, CONSULTANT_SOCIAL_WORKER, PRACTICE_MANAGER, TEAM_MANAGER,
                SERVICE_MANAGER, FAMILY_SUPPORT_PRACTITIONER);
        Set<Role> recorders = EnumSet.of(SOCIAL_WORKER, CONSULTANT_SOCIAL_WORKER, PRACTICE_MANAGER, TEAM_MANAGER);
        Map<String, Gate> methods = new LinkedHashMap<>();
        methods.put("CaseloadService.myCaseload", new Gate(casework, () -> caseload.myCaseload()));
        methods.put("CaseloadService.teamCaseload", new Gate(casework, () -> everyPage(caseload::teamCaseload)));
        methods.put("DeadlineService.deadlinesOf", new Gate(casework, () -> deadlines.deadlinesOf(-1L)));
        methods.put("VisitRecording.record", new Gate(EnumSet.of(SOCIAL_WORKER, CONSULTANT_SOCIAL_WORKER,
                PRACTICE_MANAGER, TEAM_MANAGER, FAMILY_SUPPORT_PRACTITIONER),
                () -> visitOn(-1L)));
        methods.put("MeetingRecording.nextKind", new Gate(recorders, () -> meetings.nextKind(-1L)));
        methods.put("MeetingRecording.emailMinutes", new Gate(recorders, () -> meetings.emailMinutes(-1L)));
        methods.put("MessageLog.ofCase", new Gate(casework, () -> messageLog.ofCase(-1L)));
        methods.put("EarlyClosureDecisions.statusOf", new Gate(casework, () -> earlyClosures.statusOf(-1L)));
        methods.put("EarlyClosureDecisions.record", new Gate(EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER),
                () -> earlyClosures.record(-1L, new EarlyClosureDecisionForm(today, REASON))));
        methods.put("ManagementDecisions.pageOf", new Gate(casework, () -> decisions.pageOf(-1L)));
        methods.put("ManagementDecisions.record", new Gate(casework, () -> recordOversight(-1L)));
        methods.put("ManagementDecisions.answer", new Gate(casework, () -> {
            decisions.answer(-1L, 0, new CheckpointAnswerForm(today, "CP_NOT_NEEDED", REASON));
            return null;
        }));
        methods.put("AssessmentRecording.pageOf", new Gate(casework, () -> assessmentRecording.pageOf(-1L)));
        methods.put("AssessmentRecording.start", new Gate(casework, () -> startAssessment(-1L)));
        methods.put("AssessmentRecording.authorise", new Gate(casework, () -> {
            assessmentRecording.authorise(-1L, 0, today);
            return null;
        }));
        methods.put("ChangesAndConsent.pageOf", new Gate(casework, () -> changesAndConsent.pageOf(-1L)));
        methods.put("ChangesAndConsent.recordChange", new Gate(casework, () -> recordChange(-1L)));
        methods.put("Referrals.pageOf", new Gate(casework, () -> referrals.pageOf(-1L)));
        methods.put("Referrals.receive", new Gate(recorders, () -> referrals.receive(-1L,
                new ReferralForm(today, ReferralSource.POLICE, "N1", REASON))));
        methods.put("ChildProtection.pageOf", new Gate(casework, () -> childProtection.pageOf(-1L)));
        methods.put("ChildProtection.recordStrategyDiscussion", new Gate(recorders,
                () -> childProtection.recordStrategyDiscussion(-1L, null, today)));
        methods.put("EpisodeOpening.childrenToOpen", new Gate(recorders, () -> opening.childrenToOpen()));
        methods.put("BreakGlass.open", new Gate(casework, () -> breakGlass.open(-1L, REASON)));
        methods.put("BreakGlass.awaitingReview", new Gate(EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER, SERVICE_MANAGER),
                () -> breakGlass.awaitingReview()));
        methods.put("RecordRestrictions.restrictedRecords", new Gate(EnumSet.of(TEAM_MANAGER, ADMINISTRATOR),
                () -> everyPage(restrictions::restrictedRecords)));
        methods.put("AlertQueries.myOpenAlerts", new Gate(casework, () -> alerts.myOpenAlerts()));
        methods.put("AlertQueries.teamOverdueAlerts", new Gate(EnumSet.of(TEAM_MANAGER, PRACTICE_MANAGER,
                SERVICE_MANAGER, CONSULTANT_SOCIAL_WORKER), () -> everyPage(alerts::teamOverdueAlerts)));
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
        assertThat(as(FAMILY_SUPPORT_PRACTITIONER, () -> everyPage(caseload::teamCaseload)))
                .extracting(c -> c.episodeId()).contains(own, teams);
        assertThat(as(FAMILY_SUPPORT_PRACTITIONER, () -> caseload.teamCaseloadCount()))
                .isEqualTo(as(FAMILY_SUPPORT_PRACTITIONER, () -> everyPage(caseload::teamCaseload)).size());
        Paging.assertRefused(() -> as(TEAM_MANAGER, () -> caseload.teamCaseload(0, Paging.HUGE_PAGE)));
        Paging.assertRefused(() -> as(TEAM_MANAGER, () -> restrictions.restrictedRecords(0, Paging.HUGE_PAGE)));
        Paging.assertRefused(() -> as(TEAM_MANAGER, () -> alerts.teamOverdueAlerts(0, Paging.HUGE_PAGE)));

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
        assertThat(as(TEAM_MANAGER, () -> everyPage(restrictions::restrictedRecords))).anyMatch(r -> r.laChildId().equals(childId));
        assertThat(as(TEAM_MANAGER, () -> restrictions.restrictedRecordCount()))
                .isEqualTo(as(TEAM_MANAGER, () -> everyPage(restrictions::restrictedRecords)).size());

        for (Role teamRole : List.of(SOCIAL_WORKER, SERVICE_MANAGER, TEAM_MANAGER, PRACTICE_MANAGER)) {
            assertThatThrownBy(() -> as(teamRole, () -> deadlines.deadlinesOf(episodeId)))
                    .as(teamRole.label()).isInstanceOf(RecordAccessDenied.class).hasMessageContaining("restricted")
                    .hasMessageNotContaining("Staff interest");
        }
        assertThat(as(SOCIAL_WORKER, () -> deadlines.nextDeadlines(List.of(episodeId)))).isEmpty();
        assertThat(as(SERVICE_MANAGER, () -> everyPage(caseload::teamCaseload))).noneMatch(c -> childId.equals(c.laChildId()));
        assertThatThrownBy(() -> as(PRACTICE_MANAGER, () -> recordOversight(episodeId)))
                .as("a management decision on a restricted record off its list").isInstanceOf(RecordAccessDenied.class);
        assertThatThrownBy(() -> as(PRACTICE_MANAGER, () -> startAssessment(episodeId)))
                .as("an assessment on a restricted record off its list").isInstanceOf(RecordAccessDenied.class);
        assertThatThrownBy(() -> as(PRACTICE_MANAGER, () -> recordChange(episodeId)))
                .as("a significant change on a restricted record off its list").isInstanceOf(RecordAccessDenied.class);

        as(TEAM_MANAGER, () -> restrictions.name(childId, InRole.principal(SERVICE_MANAGER)));
        assertThat(as(SERVICE_MANAGER, () -> everyPage(caseload::teamCaseload))).anyMatch(c -> childId.equals(c.laChildId()));
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
        assertThat(as(ADMINISTRATOR, () -> everyPage(restrictions::restrictedRecords))).anyMatch(r -> r.laChildId().equals(childId));
        assertThat(as(TEAM_MANAGER, () -> everyPage(restrictions::restrictedRecords))).noneMatch(r -> r.laChildId().equals(childId));
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

    // ---- every path that returns a child's name or record ------------------------------------------------------------

    /**
     * Each public session-bean method whose result can carry a child's name or LAchildID (found by reading the EJB
     * module, see {@link ChildDataMethods}) has its probe in {@link #pathsToAChild}: a new such method without one
     * fails here until it is checked against a restricted record.
     */
    @Test
    void everyMethodThatReturnsAChildsNameOrRecordIsCheckedAgainstARestrictedRecord() {
        assertThat(pathsToAChild(null).keySet()).containsExactlyInAnyOrderElementsOf(ChildDataMethods.find());
    }

    /**
     * A restricted record of the run-as principals' team, named to its worker, the team manager and the consultant
     * social worker only, with something on every path (an overdue alert, a meeting, a submitted plan, a break-glass
     * opening to review): every role calls every path, and no one off the access list gets the child's name or
     * LAchildID from any of them, while those named do (so each probe reaches the record).
     */
    @Test
    void aRestrictedRecordShowsOnNoPathToAnyoneOffItsAccessList() throws Exception {
        Sealed sealed = sealedRecord();
        Set<Role> named = EnumSet.of(TEAM_MANAGER, CONSULTANT_SOCIAL_WORKER);

        List<String> leaks = new ArrayList<>();
        List<String> unreached = new ArrayList<>();
        pathsToAChild(sealed).forEach((method, probe) -> {
            for (Role role : Role.values()) {
                String answer = answerTo(role, probe.call());
                boolean nameShown = answer.contains(sealed.childName())
                        || !probe.laChildIdIsTheHandle() && answer.contains(sealed.laChildId());
                if (nameShown && !named.contains(role)) {
                    leaks.add(role + " " + method + ": " + answer);
                }
                String expected = named.contains(role) ? sealed.childName() : CaseAccess.caseReference(sealed.episodeId());
                if (probe.shownTo().contains(role) && !answer.contains(expected)) {
                    unreached.add(role + " " + method + ": " + answer);
                }
            }
        });
        assertThat(leaks).as("the restricted child shown to someone off the access list").isEmpty();
        assertThat(unreached).as("probes that never reached the restricted record").isEmpty();
    }

    @Test
    void anotherCouncilsChildOrAnUnknownIdIsNoChildAtAllAndARestrictedOneIsNamedToNoOneOffItsList() throws Exception {
        Council suffolk = council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK);
        long suffolkChild = childOf(caseOf(staff("access-suffolk", SOCIAL_WORKER, team(suffolk, "Access IT Suffolk team")),
                "FarChild"));
        for (long guessed : new long[] {suffolkChild, 987654322L}) {
            assertThatThrownBy(() -> as(TEAM_MANAGER, () -> childRecords.record(guessed)))
                    .isInstanceOf(RecordAccessDenied.class).hasMessage("There is no child with the id " + guessed)
                    .satisfies(e -> assertThat(((RecordAccessDenied) e).isBreakGlassOffered()).isFalse());
            assertThat(deniedEntries(TEAM_MANAGER, "Child", guessed)).as("the attempt is audited").isNotEmpty();
        }

        Sealed sealed = sealedRecord();
        assertThatThrownBy(() -> as(PRACTICE_MANAGER, () -> childRecords.record(sealed.childId())))
                .isInstanceOf(RecordAccessDenied.class).hasMessageContaining("restricted")
                .hasMessageNotContaining(sealed.childName()).hasMessageNotContaining("Sealed");
        assertThat(deniedEntries(PRACTICE_MANAGER, "Child", sealed.childId())).isNotEmpty();
        assertThat(as(SOCIAL_WORKER, () -> childRecords.record(sealed.siblingId())).siblings())
                .as("the sibling list leaves the restricted child out").isEmpty();
        assertThat(as(TEAM_MANAGER, () -> childRecords.record(sealed.siblingId())).siblings())
                .extracting(ChildRecord.Sibling::name).containsExactly(sealed.childName());
    }

    @Test
    void reallocatingAFamilyMovesTheAccessListOfItsRestrictedRecordsAndSaysSo() throws Exception {
        StaffMember before = staff("access-before", SOCIAL_WORKER, TestStaff.readingTeam(em));
        StaffMember after = staffNamed(InRole.principal(SOCIAL_WORKER));
        long episodeId = caseOf(before, "Moving");
        String childId = laChildIdOf(episodeId);
        as(TEAM_MANAGER, () -> restrictions.restrict(childId, RestrictionReason.STAFF_INTEREST));
        assertThat(as(SOCIAL_WORKER, () -> breakGlass.accessTo(episodeId)).level()).isEqualTo(AccessLevel.NONE_BREAK_GLASS_OFFERED);

        long familyId = em.createQuery("select e.child.family.id from Episode e where e.id = :id", Long.class)
                .setParameter("id", episodeId).getSingleResult();
        int version = em.createQuery("select f from Family f where f.id = :id", Family.class).setParameter("id", familyId)
                .getSingleResult().version();
        as(TEAM_MANAGER, () -> allocations.reallocate(familyId, version, after.id(), REALLOCATION_REASON));

        assertThat(as(TEAM_MANAGER, () -> everyPage(restrictions::restrictedRecords))).filteredOn(r -> r.laChildId().equals(childId))
                .singleElement().satisfies(r -> assertThat(r.named())
                        .containsExactly(after.fullName() + " (" + after.username() + ")"));
        assertThat(as(SOCIAL_WORKER, () -> breakGlass.accessTo(episodeId)).level()).isEqualTo(AccessLevel.EDIT);
        assertThat(as(SOCIAL_WORKER, () -> scheduling.bookingsOf(episodeId))).isEmpty();
        assertThat(auditOf(InRole.principal(TEAM_MANAGER), AuditAction.ADMIN_CHANGE, childOf(episodeId)))
                .extracting(AuditEntryView::detail).anyMatch(d -> d.contains("follows the allocation from "
                        + before.username() + " to " + after.username()));
    }

    /** The probes of {@link #aRestrictedRecordShowsOnNoPathToAnyoneOffItsAccessList}, by "Bean.method". */
    private Map<String, Probe> pathsToAChild(Sealed r) {
        Set<Role> none = Set.of();
        Set<Role> teamAndConsultant = EnumSet.of(TEAM_MANAGER, CONSULTANT_SOCIAL_WORKER);
        Set<Role> runLogRoles = EnumSet.of(ADMINISTRATOR, AUDITOR);
        LocalDate meetingDay = r == null ? today : r.meetingDay();
        BookingForm sameTime = new BookingForm(meetingDay, LocalTime.of(10, 0), 60, "Family centre", false);
        Map<String, Probe> paths = new LinkedHashMap<>();
        paths.put("ChildRecordService.record", new Probe(teamAndConsultant, false,
                () -> List.of(childRecords.record(r.childId()), childRecords.record(r.siblingId()))));
        paths.put("CaseloadService.myCaseload", new Probe(none, false, () -> caseload.myCaseload()));
        paths.put("CaseloadService.teamCaseload", new Probe(teamAndConsultant, false, () -> everyPage(caseload::teamCaseload)));
        paths.put("DeadlineService.deadlinesOf", new Probe(teamAndConsultant, false, () -> deadlines.deadlinesOf(r.episodeId())));
        paths.put("AlertQueries.myOpenAlerts", new Probe(none, false, () -> alerts.myOpenAlerts()));
        paths.put("AlertQueries.teamOverdueAlerts", new Probe(teamAndConsultant, false, () -> everyPage(alerts::teamOverdueAlerts)));
        paths.put("TeamDashboard.overdueAlerts", new Probe(EnumSet.of(TEAM_MANAGER), false,
                () -> everyPage((first, size) -> dashboard.overdueAlerts(first, size))));
        paths.put("TeamDashboard.openCases", new Probe(EnumSet.of(TEAM_MANAGER), false,
                () -> everyPage((first, size) -> dashboard.openCases(null, first, size))));
        paths.put("RunLogQueries.runAlerts", new Probe(runLogRoles, false,
                () -> everyPage((first, size) -> runLog.runAlerts(r.runId(), first, size))));
        paths.put("EpisodeOpening.childrenToOpen", new Probe(none, false, () -> opening.childrenToOpen()));
        // The census findings identify children by LAchildID, as the DfE does, and never name them.
        String censusYear = CollectionYear.containing(today).label();
        paths.put("CensusReturns.validate", new Probe(none, true, () -> censusReturns.validate("READING", censusYear)));
        paths.put("CensusReturns.export", new Probe(none, true,
                () -> censusReturns.export("READING", censusYear, OutputStream.nullOutputStream())));
        paths.put("ManagementDecisions.pageOf", new Probe(teamAndConsultant, false, () -> decisions.pageOf(r.episodeId())));
        paths.put("AssessmentRecording.pageOf", new Probe(teamAndConsultant, false,
                () -> assessmentRecording.pageOf(r.episodeId())));
        paths.put("ChangesAndConsent.pageOf", new Probe(teamAndConsultant, false, () -> changesAndConsent.pageOf(r.episodeId())));
        paths.put("Referrals.pageOf", new Probe(teamAndConsultant, false, () -> referrals.pageOf(r.childId())));
        paths.put("ChildProtection.pageOf", new Probe(teamAndConsultant, false, () -> childProtection.pageOf(r.childId())));
        paths.put("BreakGlass.awaitingReview", new Probe(EnumSet.of(TEAM_MANAGER), false, () -> breakGlass.awaitingReview()));
        paths.put("RecordRestrictions.restrictedRecords", new Probe(EnumSet.of(TEAM_MANAGER), true,
                () -> everyPage(restrictions::restrictedRecords)));
        paths.put("RecordRestrictions.restrict", new Probe(none, true,
                () -> restrictions.restrict(r.laChildId(), RestrictionReason.HIGH_PROFILE)));
        paths.put("RecordRestrictions.name", new Probe(EnumSet.of(TEAM_MANAGER), true,
                () -> restrictions.name(r.laChildId(), r.workerUsername())));
        paths.put("RecordRestrictions.removeName", new Probe(none, true,
                () -> restrictions.removeName(r.laChildId(), "no-such-person")));
        paths.put("MeetingScheduling.bookingsOf", new Probe(teamAndConsultant, false, () -> scheduling.bookingsOf(r.episodeId())));
        paths.put("MeetingScheduling.calendar", new Probe(teamAndConsultant, false,
                () -> scheduling.calendar(meetingDay.minusDays(1), meetingDay.plusDays(1))));
        paths.put("MeetingScheduling.book", new Probe(none, false,
                () -> scheduling.book(r.episodeId(), sameTime, UUID.randomUUID().toString())));
        paths.put("MeetingScheduling.reschedule", new Probe(none, false, () -> scheduling.reschedule(r.bookingId(), bookingVersion(r), sameTime)));
        paths.put("MeetingScheduling.invite", new Probe(none, false,
                () -> scheduling.invite(r.bookingId(), bookingVersion(r), new InviteeForm("Probe Person", "school"))));
        paths.put("MeetingScheduling.uninvite", new Probe(none, false, () -> scheduling.uninvite(r.bookingId(), bookingVersion(r), -1L)));
        paths.put("CinPlanning.plan", new Probe(teamAndConsultant, false, () -> planning.plan(r.episodeId())));
        paths.put("CinPlanning.awaitingApproval", new Probe(EnumSet.of(CONSULTANT_SOCIAL_WORKER), false,
                () -> planning.awaitingApproval(0, CinPlanning.MAX_PAGE_SIZE)));
        // The plan's changes, each at a version no one holds: refused before or after the access check, never changed.
        paths.put("CinPlanning.saveDraft", new Probe(none, false, () -> planning.saveDraft(r.episodeId(), -1, planContents())));
        paths.put("CinPlanning.submit", new Probe(none, false, () -> planning.submit(r.episodeId(), -1, planContents())));
        paths.put("CinPlanning.startNewVersion", new Probe(none, false, () -> planning.startNewVersion(r.episodeId(), -1)));
        paths.put("CinPlanning.approve", new Probe(none, false, () -> planning.approve(r.episodeId(), -1)));
        paths.put("CinPlanning.decideBudget", new Probe(none, false,
                () -> planning.decideBudget(r.episodeId(), -1, 0, BudgetApproval.APPROVED)));
        paths.put("CinPlanning.returnForChanges", new Probe(none, false,
                () -> planning.returnForChanges(r.episodeId(), -1, "Please say more about the mornings")));
        paths.put("CinPlanning.recordFamilySignOff", new Probe(none, false,
                () -> planning.recordFamilySignOff(r.episodeId(), -1, "A parent", today)));
        paths.put("CinPlanning.recordDistribution", new Probe(none, false,
                () -> planning.recordDistribution(r.episodeId(), -1, today)));
        // Last: a team manager on the access list really cancels the meeting.
        paths.put("MeetingScheduling.cancel", new Probe(none, false, () -> scheduling.cancel(r.bookingId(), bookingVersion(r))));
        // Before a child is entered as new: a restricted record matches without its name for those off the list.
        paths.put("ChildSearch.find", new Probe(teamAndConsultant, false, () -> childSearch.find(r.childName(), null)));
        paths.put("AuditTrail.childrenMatching", new Probe(none, false, () -> auditTrail.childrenMatching(r.childName())));
        paths.put("CinPlanning.returnedToMe", new Probe(none, false, () -> planning.returnedToMe(0, CinPlanning.MAX_PAGE_SIZE)));
        // Refused for a plan that is no supervision order, after the access check: never changed.
        paths.put("CinPlanning.recordSupervisionOrder", new Probe(none, false,
                () -> planning.recordSupervisionOrder(r.episodeId(), today.minusMonths(1), today.plusMonths(11))));
        // The sealed record's closure proposal (the team manager agrees in Reading): asked with what is refused after
        // the access check (no reason for closure, no comments), so the case never closes here.
        paths.put("ClosureDecisions.waitingOnMe", new Probe(EnumSet.of(TEAM_MANAGER), false, () -> closures.waitingOnMe(0, ClosureDecisions.MAX_PAGE_SIZE)));
        paths.put("ClosureDecisions.latestOf", new Probe(teamAndConsultant, false, () -> closures.latestOf(r.episodeId())));
        paths.put("ClosureDecisions.agree", new Probe(none, false,
                () -> closures.agree(proposalOf(r), 0, "RC99")));
        paths.put("ClosureDecisions.returnWithComments", new Probe(none, false,
                () -> closures.returnWithComments(proposalOf(r), 0, " ")));
        return paths;
    }
    /** The sealed record's closure proposal (none before the record is made: the probe is not called then). */
    private long proposalOf(Sealed r) {
        return em.createQuery("select p.id from ClosureProposal p where p.episode.id = :e", Long.class)
                .setParameter("e", r.episodeId()).getSingleResult();
    }

    /** The booking's version as it stands, so that a probe is refused for its access and never for a stale version. */
    private Integer bookingVersion(Sealed r) {
        return ((Number) em.createNativeQuery("SELECT row_version FROM meeting_booking WHERE id = ?")
                .setParameter(1, r.bookingId()).getSingleResult()).intValue();
    }


    /**
     * A probe: who must see the child's name through it (those named on the access list) or its case reference (the
     * others), whether the LAchildID is the handle the caller types (the access lists), and the call.
     */
    private record Probe(Set<Role> shownTo, boolean laChildIdIsTheHandle, Supplier<?> call) {
    }

    /** The restricted record and what hangs on it. */
    private record Sealed(long childId, long episodeId, String childName, String laChildId, long siblingId,
                          String workerUsername, long bookingId, long runId, LocalDate meetingDay) {
    }

    /**
     * A family of a new worker of the principals' team, with two children in open cases decided 40 days ago (so their
     * initial meetings are overdue); the first is restricted, naming the worker, the team manager and the consultant
     * social worker; a meeting is booked and a plan submitted on it, and the family support practitioner opened it with
     * break-glass (and ended that at once, leaving the opening to review).
     */
    private Sealed sealedRecord() throws Exception {
        StaffMember worker = staff("access-sealed", SOCIAL_WORKER, TestStaff.readingTeam(em));
        String given = "Sealed" + suffix().replaceAll("[^a-z]", "x");
        long episodeId = caseOf(worker, "Sealedfamily", given);
        long siblingEpisode = siblingCaseOf(episodeId);
        Episode episode = em.find(Episode.class, episodeId);
        Child child = episode.child();
        as(TEAM_MANAGER, () -> restrictions.restrict(child.laChildId(), RestrictionReason.HIGH_PROFILE));
        as(TEAM_MANAGER, () -> restrictions.name(child.laChildId(), InRole.principal(TEAM_MANAGER)));
        as(TEAM_MANAGER, () -> restrictions.name(child.laChildId(), InRole.principal(CONSULTANT_SOCIAL_WORKER)));
        as(TEAM_MANAGER, () -> sweeps.caseChanged(episodeId));
        as(TEAM_MANAGER, () -> sweeps.caseChanged(siblingEpisode));
        LocalDate meetingDay = today.plusWeeks(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        long bookingId = as(TEAM_MANAGER, () -> scheduling.book(episodeId,
                new BookingForm(meetingDay, LocalTime.of(10, 0), 60, "Family centre", false), UUID.randomUUID().toString())).id();
        PlanView draft = as(TEAM_MANAGER, () -> planning.saveDraft(episodeId, null, planContents()));
        as(TEAM_MANAGER, () -> planning.submit(episodeId, draft.lockVersion(), planContents()));
        as(FAMILY_SUPPORT_PRACTITIONER, () -> breakGlass.open(episodeId, REASON));
        as(FAMILY_SUPPORT_PRACTITIONER, () -> {
            breakGlass.end(episodeId);
            return null;
        });
        transaction.begin();
        em.persist(ClosureProposal.propose(em.find(Episode.class, episodeId), null, false, today, worker.username()));
        transaction.commit();
        long runId = em.createQuery("select max(a.lastRunId) from Alert a where a.episodeId = :e", Long.class)
                .setParameter("e", episodeId).getSingleResult();
        return new Sealed(child.id(), episodeId, child.fullName(), child.laChildId(), childOf(siblingEpisode),
                worker.username(), bookingId, runId, meetingDay);
    }

    private PlanContents planContents() {
        return new PlanContents("A settled routine at home",
                List.of(new SmartOutcome("Sleeps at home every night", "Weekly check with the family", today.plusMonths(3))),
                List.of(new PlanAction("Weekly visit", "Social worker", OwnerKind.PERSON, today.plusWeeks(2),
                        ActionStatus.NOT_STARTED)),
                List.of(), null, null, null, "Strategy discussion if the routine breaks down", null, null, List.of());
    }

    /** The whole list, read a page of 200 at a time as the page does. */
    private static <T> List<T> everyPage(java.util.function.BiFunction<Integer, Integer, List<T>> page) {
        return Paging.everyPage(page, 200);
    }

    /** What the caller gets back, as text: the result, or the refusal's message. */
    private String answerTo(Role role, Supplier<?> call) {
        try {
            return String.valueOf(inRole.call(role, call));
        } catch (RuntimeException refused) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = refused; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append(" | ");
            }
            return messages.toString();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private record Gate(Set<Role> allowed, Supplier<?> call) {
    }

    private Void recordChange(long episodeId) {
        changesAndConsent.recordChange(episodeId, today, REASON);
        return null;
    }

    private Void startAssessment(long episodeId) {
        assessmentRecording.start(episodeId, AssessmentReason.INITIAL, today);
        return null;
    }

    private Void recordOversight(long episodeId) {
        decisions.record(episodeId, new CheckpointForm(CheckpointKind.OVERSIGHT_6M, today, "CONTINUE", REASON, REASON, null));
        return null;
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
        visits.record(episodeId, new VisitForm(today, true, true, true, null, null, "Check on the child", "Seen alone; settled",
                today), UUID.randomUUID().toString());
        return null;
    }

    private List<AuditEntryView> deniedEntries(Role role, long episodeId) {
        return deniedEntries(role, "Episode", episodeId);
    }

    private List<AuditEntryView> deniedEntries(Role role, String recordType, long recordId) {
        return inRole.call(AUDITOR, () -> auditTrail.search(AuditSearch.everything().byActor(InRole.principal(role))
                        .ofAction(AuditAction.ACCESS_DENIED), 0, AuditTrail.MAX_PAGE_SIZE)).entries().stream()
                .filter(e -> Long.toString(recordId).equals(e.recordId()) && recordType.equals(e.recordType()))
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
        return caseOf(worker, surname, "Kit");
    }

    private long caseOf(StaffMember worker, String surname, String givenName) throws Exception {
        transaction.begin();
        StaffMember allocated = em.find(StaffMember.class, worker.id());
        Family family = new Family(allocated.team().council(), "Access-" + surname + " family");
        family.allocateTo(allocated);
        em.persist(family);
        Episode episode = openCase(family, givenName, "Access-" + surname);
        transaction.commit();
        return episode.id();
    }

    /** A second child in the family of the episode's child, with an open case of its own. */
    private long siblingCaseOf(long episodeId) throws Exception {
        transaction.begin();
        Child first = em.find(Episode.class, episodeId).child();
        Episode episode = openCase(first.family(), "Sib", first.familyName());
        transaction.commit();
        return episode.id();
    }

    /** A new child of the family, decided 40 days ago, so the initial meeting is overdue; call inside a transaction. */
    private Episode openCase(Family family, String givenName, String familyName) {
        String id = "AIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Child child = new Child(family, id, givenName, familyName, today.minusYears(7), Sex.U, null, false);
        em.persist(child);
        Episode episode = Episode.open(child, EpisodeType.STANDARD, today.minusDays(50), today.minusDays(40), "N1", false);
        em.persist(episode);
        return episode;
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
