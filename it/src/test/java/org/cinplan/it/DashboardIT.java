package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cinplan.admin.Council;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.alerts.AlertView;
import org.cinplan.alerts.SweepService;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.dashboard.OnTimeShare;
import org.cinplan.dashboard.RuleOnTime;
import org.cinplan.dashboard.TeamCase;
import org.cinplan.dashboard.TeamDashboard;
import org.cinplan.dashboard.WorkerLoad;
import org.cinplan.meetings.Meeting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The team dashboard's queries in a real Payara and database, called as the in-container team manager
 * {@code it-team-manager}. Each test moves that manager into a team of its own, with two workers and known cases,
 * so the counts are exact whatever else the database holds.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final String IT_MANAGER = "it-team-manager";
    private static final int ALPHA_CASES = 25;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(DashboardIT.class, TestCouncils.class);
    }

    @Inject
    private TeamDashboard dashboard;

    @Inject
    private SweepService sweeps;

    @Inject
    private InRole inRole;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    private StaffMember alpha;
    private StaffMember beta;
    private long metOnTime;
    private long neverMet;
    private long closed;
    private String teamName;

    /** The in-container team manager goes back to Reading's first team, where the other tests expect them. */
    @AfterEach
    void theTeamManagerGoesBack() throws Exception {
        transaction.begin();
        em.createQuery("update StaffMember s set s.team = :team where s.username = :me")
                .setParameter("team", TestStaff.readingTeam(em)).setParameter("me", IT_MANAGER).executeUpdate();
        transaction.commit();
    }

    /** A fresh team: Alpha with 25 new cases, Beta with one met and one missed initial meeting and a closed case. */
    @BeforeEach
    void aTeamOfItsOwn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        teamName = "Dashboard IT " + suffix;
        transaction.begin();
        Council reading = TestCouncils.reading(em);
        Team team = new Team(reading, teamName);
        em.persist(team);
        alpha = staff("it-dash-a-" + suffix, "Dash Alpha " + suffix, team, Role.SOCIAL_WORKER);
        beta = staff("it-dash-b-" + suffix, "Dash Beta " + suffix, team, Role.SOCIAL_WORKER);
        if (em.createQuery("update StaffMember s set s.team = :team where s.username = :me")
                .setParameter("team", team).setParameter("me", IT_MANAGER).executeUpdate() == 0) {
            staff(IT_MANAGER, "In-container Team Manager", team, Role.TEAM_MANAGER);
        }
        for (int i = 0; i < ALPHA_CASES; i++) {
            episode(reading, alpha, String.format("Alpha%02d", i), today);
        }
        Episode met = episode(reading, beta, "Met", today.minusDays(60));
        em.persist(new Meeting(met, MeetingKind.INITIAL, today.minusDays(55)));
        Episode missed = episode(reading, beta, "Missed", today.minusDays(60));
        Episode old = episode(reading, beta, "Old", today.minusDays(200));
        em.persist(new Meeting(old, MeetingKind.INITIAL, today.minusDays(195)));
        old.close(today.minusDays(100), "RC1", LocalDateTime.now(ZoneOffset.UTC));
        transaction.commit();
        metOnTime = met.id();
        neverMet = missed.id();
        closed = old.id();
        sweeps.caseChanged(metOnTime);
        sweeps.caseChanged(neverMet);
    }

    @Test
    void theManagerSeesTheirOwnTeam() {
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.scope()).description()).isEqualTo(teamName);
    }

    @Test
    void openCasesArePagedInTheDatabaseWithoutOverlapAndClosedCasesAreLeftOut() {
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.openCaseCount(null))).isEqualTo(ALPHA_CASES + 2);

        List<TeamCase> all = new ArrayList<>();
        for (int first = 0; first < ALPHA_CASES + 2; first += 10) {
            int from = first;
            List<TeamCase> page = inRole.call(Role.TEAM_MANAGER, () -> dashboard.openCases(null, from, 10));
            assertThat(page).hasSize(Math.min(10, ALPHA_CASES + 2 - first));
            all.addAll(page);
        }
        Set<Long> episodes = new HashSet<>();
        all.forEach(c -> episodes.add(c.episodeId()));
        assertThat(episodes).hasSize(ALPHA_CASES + 2).contains(metOnTime, neverMet).doesNotContain(closed);
        assertThat(all.get(0).childName()).isEqualTo("Alpha00 Alpha00");
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.openCases(null, ALPHA_CASES + 2, 10))).isEmpty();

        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.openCaseCount(beta.id()))).isEqualTo(2);
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.openCases(beta.id(), 0, 10)))
                .extracting(TeamCase::childName).containsExactly("Met Met", "Missed Missed");
    }

    @Test
    void eachWorkersLoadCountsTheirOpenCasesAndOverdueAlerts() {
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.workerCount())).isEqualTo(3);
        List<WorkerLoad> loads = inRole.call(Role.TEAM_MANAGER, () -> dashboard.workerLoads(0, 10));

        assertThat(loads).extracting(WorkerLoad::name)
                .containsExactly(alpha.fullName(), beta.fullName(), em.createQuery(
                        "select s.fullName from StaffMember s where s.username = :u", String.class)
                        .setParameter("u", IT_MANAGER).getSingleResult()); // made by whichever test came first
        assertThat(loads.get(0).openCases()).isEqualTo(ALPHA_CASES);
        assertThat(loads.get(0).overdueAlerts()).isZero();
        assertThat(loads.get(1).openCases()).isEqualTo(2);
        long betaOverdue = inRole.call(Role.TEAM_MANAGER, () -> dashboard.overdueAlertCount());
        assertThat(loads.get(1).overdueAlerts()).isEqualTo(betaOverdue);
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.workerLoads(2, 10))).hasSize(1);
    }

    @Test
    void overdueAlertsAreTheTeamsLongestOverdueFirstAndPaged() {
        long count = inRole.call(Role.TEAM_MANAGER, () -> dashboard.overdueAlertCount());
        List<AlertView> all = inRole.call(Role.TEAM_MANAGER, () -> dashboard.overdueAlerts(0, 200));

        assertThat(all).hasSize((int) count);
        assertThat(all).anyMatch(a -> a.episodeId() == neverMet && a.ruleId().equals("INITIAL_MEETING"));
        assertThat(all).allMatch(a -> a.episodeId() == neverMet || a.episodeId() == metOnTime);
        assertThat(all).extracting(AlertView::dueDate).isSorted();
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> dashboard.overdueAlerts(1, 1))).containsExactly(all.get(1));
    }

    @Test
    void theInitialMeetingWasMetOnTimeOnceOfTwiceInThreeMonthsAndTwiceOfThreeInTwelve() {
        List<RuleOnTime> rules = inRole.call(Role.TEAM_MANAGER, () -> dashboard.onTimeByRule());

        RuleOnTime initial = rules.stream().filter(r -> r.ruleId().equals("INITIAL_MEETING")).findFirst().orElseThrow();
        assertThat(initial.lastThreeMonths()).isEqualTo(new OnTimeShare(1, 2));
        assertThat(initial.lastTwelveMonths()).isEqualTo(new OnTimeShare(2, 3));
        assertThat(initial.lastThreeMonths().percent()).isEqualTo(50);
    }

    @Test
    void aCallerWhoIsNoManagerHasNoDashboardAndAManagerCannotNameAnotherTeamsWorker() {
        assertThatThrownBy(() -> dashboard.scope()).isInstanceOf(EJBAccessException.class);
        Long otherTeams = em.createQuery("select s.id from StaffMember s where s.username = 'sw.demo'", Long.class)
                .getResultList().stream().findFirst().orElse(-1L);
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> dashboard.workerName(otherTeams)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("in your team");
        Paging.assertRefused(() -> inRole.call(Role.TEAM_MANAGER,
                () -> dashboard.openCases(null, 0, Paging.HUGE_PAGE)));
    }

    private StaffMember staff(String username, String name, Team team, Role role) {
        StaffMember member = new StaffMember(username, name, null, "no-password:in-container-only", team, EnumSet.of(role));
        em.persist(member);
        return member;
    }

    private Episode episode(Council council, StaffMember worker, String name, LocalDate decision) {
        Family family = new Family(council, name + " family");
        family.allocateTo(worker);
        em.persist(family);
        String laChildId = "DSH" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Child child = new Child(family, laChildId, name, name, LocalDate.of(2015, 5, 5), Sex.F, "WBRI", false);
        em.persist(child);
        Episode episode = Episode.open(child, EpisodeType.STANDARD, decision.minusDays(5), decision, "N1", false);
        em.persist(episode);
        return episode;
    }
}
