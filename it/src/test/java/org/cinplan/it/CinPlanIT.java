package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.BudgetApproval;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanContext;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanView;
import org.cinplan.planning.RecipientKind;
import org.cinplan.planning.ServiceProvision;
import org.cinplan.planning.SmartOutcome;
import org.cinplan.planning.VersionStatus;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.EpisodeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The CIN plan service in a real Payara and database: drafts, submission, approval by a consultant social worker (which
 * records the plan approval the deadline engine reads), returns with comments, the history of changes, stale changes
 * and who may do what: no one approves a plan they wrote or submitted, and a budget holder of the council, never the plan's
 * author, decides a service's budget. The worker is {@code it-social-worker}, the approver {@code it-consultant-social-worker}
 * in the same team; cases are in Suffolk, where PLAN_APPROVAL applies, unless a test says otherwise.
 */
@ExtendWith(ArquillianExtension.class)
class CinPlanIT {

    private static final String IT_WORKER = "it-social-worker";
    private static final String IT_CONSULTANT = InRole.principal(Role.CONSULTANT_SOCIAL_WORKER);
    private static final String IT_PRACTICE_MANAGER = InRole.principal(Role.PRACTICE_MANAGER);
    private static final String IT_SERVICE_MANAGER = InRole.principal(Role.SERVICE_MANAGER);
    private static final String IT_TEAM_MANAGER = InRole.principal(Role.TEAM_MANAGER);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(CinPlanIT.class);
    }

    @Inject
    private CinPlanning planning;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private StaffAdministration staffAdministration;

    @Inject
    private AsSocialWorker asSocialWorker;

    @Inject
    private InRole inRole;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    private PlanContents contents(LocalDate targetDate) {
        return contents(targetDate, List.of(ServiceProvision.requested("Family support, 3 hours a week", "Early help hub",
                false)));
    }

    private PlanContents contents(LocalDate targetDate, List<ServiceProvision> services) {
        return new PlanContents("Regular school attendance and a settled home",
                List.of(new SmartOutcome("School attendance above 90%", "Weekly attendance report from the school", targetDate)),
                List.of(new PlanAction("Walk to school together each morning", "Mrs Plan", OwnerKind.PERSON, today.plusWeeks(2),
                        ActionStatus.IN_PROGRESS)),
                services,
                "Likes school when friends are there", "Want help in the mornings", "Social worker visits every 20 working days",
                "Strategy discussion if attendance falls below 70%", "No unsupervised contact with Mr X", "Next CIN review",
                List.of(new PlanRecipient("Mrs Plan", RecipientKind.PARENT, null),
                        new PlanRecipient("Oak Primary School", RecipientKind.AGENCY, null)));
    }

    @Test
    void aSubmittedPlanApprovedByAConsultantIsInForceAndMeetsThePlanApprovalDeadline() throws Exception {
        long episodeId = suffolkCase();
        assertThat(asSocialWorker.call(() -> planning.plan(episodeId)).hasPlan()).isFalse();

        PlanView draft = asSocialWorker.call(() -> planning.saveDraft(episodeId, null, contents(today.plusMonths(3))));
        assertThat(draft.latest().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(draft.latest().contents().outcomes()).singleElement()
                .extracting(SmartOutcome::outcome).isEqualTo("School attendance above 90%");
        PlanView submitted = asSocialWorker.call(() -> planning.submit(episodeId, draft.lockVersion(), draft.latest().contents()));
        assertThat(submitted.isAwaitingApproval()).isTrue();
        assertThat(submitted.callerMayApprove()).isFalse();

        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.approve(episodeId, submitted.lockVersion())))
                .isInstanceOf(EJBAccessException.class);
        PlanView approved = inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.approve(episodeId, submitted.lockVersion()));

        assertThat(approved.inForce()).isNotNull();
        assertThat(approved.inForce().number()).isEqualTo(1);
        assertThat(approved.inForce().decidedBy()).isEqualTo(IT_CONSULTANT);
        assertThat(em.createQuery("select p.approvedOn from PlanApproval p where p.episode.id = :e", LocalDate.class)
                .setParameter("e", episodeId).getResultList()).containsExactly(today);
        DeadlineView planApproval = asSocialWorker.call(() -> deadlines.deadlinesOf(episodeId)).deadlines().stream()
                .filter(d -> d.ruleId().equals("PLAN_APPROVAL")).findFirst().orElseThrow();
        assertThat(planApproval.status()).isIn(DeadlineStatus.MET, DeadlineStatus.MET_LATE);
        assertThat(planApproval.metOn()).isEqualTo(today);
        assertThat(auditDetails(episodeId)).anyMatch(d -> d.startsWith("Saved the draft of version 1: The child's needs added"))
                .anyMatch(d -> d.startsWith("Submitted version 1 for approval"))
                .anyMatch(d -> d.startsWith("Approved version 1 of the CIN plan written by " + IT_WORKER))
                .anyMatch(d -> d.startsWith("Viewed the case's CIN plan"));

        PlanView signed = asSocialWorker.call(() -> planning.recordFamilySignOff(episodeId, approved.lockVersion(), "Mrs Plan", today));
        PlanView sent = asSocialWorker.call(() -> planning.recordDistribution(episodeId, signed.lockVersion(), today));
        assertThat(sent.inForce().familySignedOffBy()).isEqualTo("Mrs Plan");
        assertThat(sent.inForce().contents().recipients()).extracting(PlanRecipient::sentOn).containsOnly(today);
    }

    @Test
    void aSupervisionOrderPlanHoldsTheVersionTwoContentsAndTheOrdersDatesFromWhichTheExtensionDecisionCounts() throws Exception {
        long episodeId = suffolkCaseOf(itWorker(), EpisodeType.SUPERVISION_ORDER);
        PlanContents base = contents(today.plusMonths(3));
        PlanContext context = new PlanContext("Grandmother nearby", "Child confides in her teacher", "Father's temper",
                "Whether father still visits", "Attendance held for 4 weeks so far", "Considered: family declined",
                "Older sister cares for her brother after school", "Interpreter (Polish) at every meeting",
                "Mother brings the child to the family centre weekly");
        PlanView draft = asSocialWorker.call(() -> planning.saveDraft(episodeId, null, new PlanContents(base.needs(),
                base.outcomes(), base.actions(), base.services(), base.childViews(), base.familyViews(),
                base.rolesAndResponsibilities(), base.contingency(), base.bottomLine(), base.reviewPoints(), base.recipients(),
                context)));
        assertThat(draft.latest().contents().context()).isEqualTo(context);
        assertThat(draft.supervisionOrder()).isTrue();

        LocalDate orderStart = today.minusMonths(1);
        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.recordSupervisionOrder(episodeId, orderStart, orderStart)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("The order's end must come after its start");
        PlanView recorded = asSocialWorker.call(() -> planning.recordSupervisionOrder(episodeId, orderStart, orderStart.plusYears(1)));

        assertThat(recorded.orderStart()).isEqualTo(orderStart);
        assertThat(recorded.orderEnd()).isEqualTo(orderStart.plusYears(1));
        DeadlineView extension = asSocialWorker.call(() -> deadlines.deadlinesOf(episodeId)).deadlines().stream()
                .filter(d -> d.ruleId().equals("SO_EXTENSION_9M")).findFirst().orElseThrow();
        assertThat(extension.dueDate()).isEqualTo(orderStart.plusMonths(9));
        assertThat(extension.countsFrom()).isEqualTo("start of the supervision order");
        long standard = suffolkCase();
        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.recordSupervisionOrder(standard, orderStart, orderStart.plusYears(1))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("not a supervision order");
    }

    @Test
    void aReturnedPlanCarriesTheCommentsAndItsRevisionSaysWhatChanged() throws Exception {
        long episodeId = suffolkCase();
        PlanView draft = asSocialWorker.call(() -> planning.saveDraft(episodeId, null, contents(today.plusMonths(3))));
        PlanView submitted = asSocialWorker.call(() -> planning.submit(episodeId, draft.lockVersion(), draft.latest().contents()));

        assertThatThrownBy(() -> inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.returnForChanges(episodeId, submitted.lockVersion(), " ")))
                .satisfies(e -> assertThat(messagesOf(e)).contains("Say what needs to change before returning the plan"));
        PlanView returned = inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.returnForChanges(episodeId, submitted.lockVersion(),
                "Bring the attendance target forward"));
        long returnedCount = asSocialWorker.call(() -> planning.returnedToMeCount());
        assertThat(asSocialWorker.call(() -> planning.returnedToMe(0, CinPlanning.MAX_PAGE_SIZE)))
                .as("waiting on the worker's morning view")
                .anySatisfy(waiting -> {
                    assertThat(waiting.episodeId()).isEqualTo(episodeId);
                    assertThat(waiting.comments()).isEqualTo("Bring the attendance target forward");
                });
        PlanView revision = asSocialWorker.call(() -> planning.startNewVersion(episodeId, returned.lockVersion()));
        assertThat(asSocialWorker.call(() -> planning.returnedToMe(0, CinPlanning.MAX_PAGE_SIZE)))
                .as("started again: no longer waiting").noneMatch(waiting -> waiting.episodeId() == episodeId);
        assertThat(asSocialWorker.call(() -> planning.returnedToMeCount())).as("counted in the database")
                .isEqualTo(returnedCount - 1);
        PlanView revised = asSocialWorker.call(() -> planning.saveDraft(episodeId, revision.lockVersion(),
                contents(today.plusMonths(2))));

        assertThat(revised.versions()).extracting(v -> v.number() + " " + v.status())
                .containsExactly("2 DRAFT", "1 RETURNED");
        assertThat(revised.versions().get(1).decisionComments()).isEqualTo("Bring the attendance target forward");
        assertThat(revised.latest().changes()).containsExactly("Outcome 'School attendance above 90%' target date changed from "
                + full(today.plusMonths(3)) + " to " + full(today.plusMonths(2)));
        assertThat(em.createQuery("select count(p) from PlanApproval p where p.episode.id = :e", Long.class)
                .setParameter("e", episodeId).getSingleResult()).isZero();
    }

    @Test
    void aChangeBasedOnAnOutOfDatePlanIsRefusedAndTheOtherChangeKept() throws Exception {
        long episodeId = suffolkCase();
        PlanView first = asSocialWorker.call(() -> planning.saveDraft(episodeId, null, contents(today.plusMonths(3))));
        PlanView mine = asSocialWorker.call(() -> planning.saveDraft(episodeId, first.lockVersion(), contents(today.plusMonths(4))));
        assertThat(mine.lockVersion()).isNotEqualTo(first.lockVersion());

        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.saveDraft(episodeId, first.lockVersion(),
                contents(today.plusMonths(5)))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage(CinPlanning.STALE);
        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.saveDraft(episodeId, null, contents(today.plusMonths(5)))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage(CinPlanning.STALE);

        PlanView now = asSocialWorker.call(() -> planning.plan(episodeId));
        assertThat(now.lockVersion()).isEqualTo(mine.lockVersion());
        assertThat(now.latest().contents().outcomes().get(0).targetDate()).isEqualTo(today.plusMonths(4));
    }

    @Test
    void aPlanWithoutOutcomesCannotBeSubmittedAndIncompleteLinesAreRefusedPlainly() throws Exception {
        long episodeId = suffolkCase();
        PlanContents noOutcomes = new PlanContents("Needs", List.of(), contents(today).actions(), List.of(), null, null,
                null, "Contingency", null, null, List.of());
        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.submit(episodeId, null, noOutcomes)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("without at least one SMART outcome");
        assertThat(asSocialWorker.call(() -> planning.plan(episodeId)).hasPlan()).isFalse();

        PlanContents incomplete = new PlanContents("Needs", List.of(new SmartOutcome("Safe at home", " ", null)), List.of(),
                List.of(new ServiceProvision("Respite", null, true, BudgetApproval.APPROVED, null, null)), null, null, null,
                null, null, null, List.of());
        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.saveDraft(episodeId, null, incomplete)))
                .satisfies(e -> assertThat(messagesOf(e)).contains("Say how each outcome is measured",
                        "Each outcome needs a target date"));
    }

    @Test
    void aConsultantWhoWroteAndSubmittedThePlanCannotApproveItAndAPracticeManagerDoes() throws Exception {
        long episodeId = suffolkCase();
        staff(IT_PRACTICE_MANAGER, "In-container Practice Manager", Role.PRACTICE_MANAGER, itWorker().team().id());
        PlanView draft = inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.saveDraft(episodeId, null,
                contents(today.plusMonths(3))));
        PlanView submitted = inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.submit(episodeId,
                draft.lockVersion(), draft.latest().contents()));
        assertThat(submitted.callerMayApprove()).as("the approve button is not offered to the author").isFalse();
        assertThat(inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.awaitingApproval(0, CinPlanning.MAX_PAGE_SIZE)))
                .as("the author's own plan is not on their list of plans to agree")
                .noneMatch(waiting -> waiting.episodeId() == episodeId);
        assertThat(inRole.call(Role.PRACTICE_MANAGER, () -> planning.awaitingApproval(0, CinPlanning.MAX_PAGE_SIZE)))
                .anyMatch(waiting -> waiting.episodeId() == episodeId);
        assertThat(inRole.call(Role.PRACTICE_MANAGER, () -> planning.awaitingApprovalCount()))
                .as("counted in the database, as listed")
                .isEqualTo(inRole.call(Role.PRACTICE_MANAGER, () -> planning.awaitingApproval(0, CinPlanning.MAX_PAGE_SIZE)).size());

        assertThatThrownBy(() -> inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.approve(episodeId,
                submitted.lockVersion()))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cannot approve it").hasMessageContaining("SEPARATION_OF_DUTIES");
        PlanView seenByTheManager = inRole.call(Role.PRACTICE_MANAGER, () -> planning.plan(episodeId));
        assertThat(seenByTheManager.callerMayApprove()).isTrue();
        PlanView approved = inRole.call(Role.PRACTICE_MANAGER, () -> planning.approve(episodeId,
                seenByTheManager.lockVersion()));

        assertThat(approved.inForce().decidedBy()).isEqualTo(IT_PRACTICE_MANAGER);
        assertThat(approved.inForce().submittedBy()).isEqualTo(IT_CONSULTANT);
    }

    @Test
    void aServicesBudgetIsDecidedByABudgetHolderOfTheCouncilNeverByThePlansAuthor() throws Exception {
        StaffMember worker = itWorker();
        long teamId = worker.team().id();
        itConsultant(teamId);
        StaffMember serviceManager = staff(IT_SERVICE_MANAGER, "In-container Service Manager", Role.SERVICE_MANAGER, teamId);
        StaffMember teamManager = staff(IT_TEAM_MANAGER, "In-container Team Manager", Role.TEAM_MANAGER, teamId);
        budgetHolder(teamManager);
        Council council = em.createQuery("select t.council from Team t where t.id = :team", Council.class)
                .setParameter("team", teamId).getSingleResult();
        long episodeId = caseOf(worker, council);
        ServiceProvision typedAsApprovedByTheAuthor = new ServiceProvision("Respite care, one weekend a month",
                "Sunflower House", true, BudgetApproval.APPROVED, "Budget Holder", today);
        PlanContents withRespite = contents(today.plusMonths(3), List.of(typedAsApprovedByTheAuthor));

        PlanView draft = inRole.call(Role.TEAM_MANAGER, () -> planning.saveDraft(episodeId, null, withRespite));
        PlanView submitted = inRole.call(Role.TEAM_MANAGER, () -> planning.submit(episodeId, draft.lockVersion(),
                draft.latest().contents()));
        assertThat(submitted.latest().contents().services()).extracting(ServiceProvision::budgetStatus)
                .as("the author only asks").containsExactly("Awaiting the budget holder");
        assertThat(submitted.callerMayDecideBudgets()).as("the author, though a budget holder").isFalse();
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> planning.decideBudget(episodeId,
                submitted.lockVersion(), 0, BudgetApproval.APPROVED))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("SEPARATION_OF_DUTIES");
        assertThatThrownBy(() -> inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.approve(episodeId,
                submitted.lockVersion()))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("BUDGET_APPROVAL");
        assertThatThrownBy(() -> inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.decideBudget(episodeId,
                submitted.lockVersion(), 0, BudgetApproval.APPROVED))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Only a budget holder of " + council.name());

        budgetHolder(serviceManager);
        PlanView seen = inRole.call(Role.SERVICE_MANAGER, () -> planning.plan(episodeId));
        assertThat(seen.callerMayDecideBudgets()).isTrue();
        PlanView funded = inRole.call(Role.SERVICE_MANAGER, () -> planning.decideBudget(episodeId, seen.lockVersion(), 0,
                BudgetApproval.APPROVED));

        assertThat(funded.latest().contents().services()).extracting(ServiceProvision::budgetStatus)
                .containsExactly("Approved by " + IT_SERVICE_MANAGER + " on " + full(today));
        assertThat(auditDetails(episodeId)).anyMatch(d -> d.equals("Budget of 'Respite care, one weekend a month' in version 1"
                + " approved by the budget holder (BUDGET_APPROVAL)"));
        PlanView approved = inRole.call(Role.CONSULTANT_SOCIAL_WORKER, () -> planning.approve(episodeId,
                funded.lockVersion()));
        assertThat(approved.inForce().contents().services()).extracting(ServiceProvision::budgetHolder)
                .containsExactly(IT_SERVICE_MANAGER);
    }

    @Test
    void aWorkerWhoseCaseItIsNotCannotSeeThePlan() throws Exception {
        itWorker();
        Long demoEpisode = em.createQuery("select e.id from Episode e where e.child.family.allocatedWorker.username = 'sw.demo'"
                + CaseFixtures.UNRESTRICTED_EPISODE + " order by e.id", Long.class).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        long episodeId = demoEpisode != null ? demoEpisode : suffolkCaseOf(otherWorker());

        assertThatThrownBy(() -> asSocialWorker.call(() -> planning.plan(episodeId)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Only the allocated worker or a manager of their team can view the CIN plan");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private List<String> auditDetails(long episodeId) {
        return em.createQuery("select a.detail from AuditEntry a where a.recordType = 'CinPlan' and a.recordId = :r"
                + " order by a.id", String.class).setParameter("r", "episode " + episodeId).getResultList();
    }

    private static String full(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
    }

    private static List<String> messagesOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException invalid) {
                return invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList();
            }
            if (t instanceof BusinessRuleViolation violation) {
                return List.of(violation.getMessage());
            }
        }
        return fail("Not refused plainly: " + e);
    }

    /** A Suffolk case with no meeting yet, allocated to the in-container worker, whose team has the consultant. */
    private long suffolkCase() throws Exception {
        StaffMember worker = itWorker();
        itConsultant(worker.team().id());
        return suffolkCaseOf(worker);
    }

    private long suffolkCaseOf(StaffMember worker) throws Exception {
        return suffolkCaseOf(worker, EpisodeType.STANDARD);
    }

    private long suffolkCaseOf(StaffMember worker, EpisodeType type) throws Exception {
        transaction.begin();
        Council suffolk = em.createQuery("select c from Council c where c.code = 'SUFFOLK'", Council.class)
                .getResultList().stream().findFirst().orElseGet(() -> {
                    Council council = new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK);
                    em.persist(council);
                    return council;
                });
        transaction.commit();
        return caseOf(worker, suffolk, type);
    }

    /** A case with no meeting yet in a new family of the council, allocated to the worker. */
    private long caseOf(StaffMember worker, Council council) throws Exception {
        return caseOf(worker, council, EpisodeType.STANDARD);
    }

    private long caseOf(StaffMember worker, Council council, EpisodeType type) throws Exception {
        transaction.begin();
        Family family = new Family(em.find(Council.class, council.id()), "Plan-" + suffix() + " family");
        family.allocateTo(em.find(StaffMember.class, worker.id()));
        em.persist(family);
        Child child = new Child(family, "IT" + suffix(), "Plan", "Test", LocalDate.of(2015, 4, 4), Sex.F, "WBRI", false);
        em.persist(child);
        Episode episode = Episode.open(child, type, today.minusDays(10), today.minusDays(2), "N1", false);
        em.persist(episode);
        em.flush();
        long id = episode.id();
        transaction.commit();
        return id;
    }

    /** The in-container worker's staff record, made on first use (in a Reading team, as CaseworkIT makes it). */
    private StaffMember itWorker() throws Exception {
        return staff(IT_WORKER, "In-container Social Worker", Role.SOCIAL_WORKER, null);
    }

    private StaffMember itConsultant(long teamId) throws Exception {
        StaffMember consultant = staff(IT_CONSULTANT, "In-container Consultant", Role.CONSULTANT_SOCIAL_WORKER, teamId);
        if (!consultant.team().id().equals(teamId)) {
            fail(IT_CONSULTANT + " is in another team than " + IT_WORKER);
        }
        return consultant;
    }

    /** Gives the member of staff the budget-holder permission, as an administrator does, unless they have it. */
    private void budgetHolder(StaffMember member) {
        StaffMember current = staffNamed(member.username());
        if (!current.isBudgetHolder()) {
            inRole.call(Role.ADMINISTRATOR, () -> staffAdministration.setBudgetHolder(current.id(), current.version(), true));
        }
    }

    private StaffMember otherWorker() throws Exception {
        return staff("it-other-worker", "Another Worker", Role.SOCIAL_WORKER, null);
    }

    private StaffMember staff(String username, String name, Role role, Long teamId) throws Exception {
        StaffMember existing = staffNamed(username);
        if (existing != null) {
            return existing;
        }
        transaction.begin();
        Team team = teamId != null ? em.find(Team.class, teamId)
                : em.createQuery("select t from Team t where t.council.code = 'READING' order by t.id", Team.class)
                .setMaxResults(1).getResultList().stream().findFirst().orElseGet(() -> {
                    Council reading = em.createQuery("select c from Council c where c.code = 'READING'", Council.class)
                            .getResultList().stream().findFirst().orElseGet(() -> {
                                Council council = new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST);
                                em.persist(council);
                                return council;
                            });
                    Team created = new Team(reading, "Reading Children in Need Team");
                    em.persist(created);
                    return created;
                });
        em.persist(new StaffMember(username, name, null, "no-password:in-container-only", team, EnumSet.of(role)));
        transaction.commit();
        return staffNamed(username);
    }

    private StaffMember staffNamed(String username) {
        return em.createQuery("select s from StaffMember s join fetch s.team where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList().stream().findFirst().orElse(null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
