package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.deadlines.CaseDeadlines;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.deadlines.TimescaleService;
import org.cinplan.deadlines.TimescaleView;
import org.cinplan.platform.AppSetting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.StandardProfiles;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadline engine on stored cases and stored reference data, in a real Payara with its database. */
@ExtendWith(ArquillianExtension.class)
class DeadlinesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(DeadlinesIT.class);
    }

    @Inject
    private DeadlineService deadlines;

    @Inject
    private TimescaleService timescales;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private AsSocialWorker asSocialWorker;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext
    private EntityManager em;

    @Test
    void theStandardProfilesAndShippedBankHolidaysAreSeeded() {
        for (CouncilCode council : CouncilCode.values()) {
            assertThat(catalog.profiles(council).effectiveOn(StandardProfiles.EFFECTIVE_FROM).version()).isEqualTo(1);
        }
        assertThat(catalog.calendar().isWorkingDay(LocalDate.of(2026, 12, 28))).as("substitute Boxing Day").isFalse();
        assertThat(catalog.calendar().coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void theCalculatorCountsWorkingDaysOverChristmasFromTheStoredProfile() {
        TimescaleView view = asSocialWorker.call(() ->
                timescales.calculate(CouncilCode.READING, RuleId.INITIAL_MEETING, LocalDate.of(2026, 12, 18)));

        assertThat(view.dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(view.profileVersion()).as("the version in force on the start date")
                .isEqualTo(catalog.profiles(CouncilCode.READING).effectiveOn(LocalDate.of(2026, 12, 18)).version());
        assertThat(view.explanation()).contains("Initial CIN meeting due by 6 Jan 2027", "18 Dec 2026", "Reading");
    }

    @Test
    void aRuleTheCouncilSetsNoValueForIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> asSocialWorker.call(() ->
                timescales.calculate(CouncilCode.READING, RuleId.ASSESSMENT_DUE, LocalDate.of(2026, 12, 18))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Reading");
    }

    @Test
    void aClosureAddedByAnAdministratorMovesTheDueDate() {
        LocalDate start = LocalDate.of(2027, 6, 1);
        LocalDate before = asSocialWorker.call(() ->
                timescales.calculate(CouncilCode.SUFFOLK, RuleId.MINUTES_DISTRIBUTED, start)).dueDate();

        asAdministrator.call(() -> {
            catalog.addClosure(LocalDate.of(2027, 6, 4), "One-off closure for a test");
            return null;
        });
        try {
            LocalDate after = asSocialWorker.call(() ->
                    timescales.calculate(CouncilCode.SUFFOLK, RuleId.MINUTES_DISTRIBUTED, start)).dueDate();
            assertThat(after).isEqualTo(catalog.calendar().plusWorkingDays(before, 1).date());
        } finally {
            long id = catalog.calendarSummary().closures().stream()
                    .filter(c -> c.date().equals(LocalDate.of(2027, 6, 4))).findFirst().orElseThrow().id();
            asAdministrator.call(() -> {
                catalog.removeClosure(id);
                return null;
            });
        }
    }

    @Test
    void aCalendarChangeMadeOnAnotherServerIsReadHereAtTheNextCheck() throws Exception {
        LocalDate closed = LocalDate.of(2027, 12, 15);
        transaction.begin(); // what another server's administrator writes: the closure, and the revision moved on
        em.createNativeQuery("INSERT INTO calendar_closure (closure_date, reason, added_by, added_at)"
                        + " VALUES (?, 'Closed on another server', 'admin.demo', CURRENT_TIMESTAMP)")
                .setParameter(1, java.sql.Date.valueOf(closed)).executeUpdate();
        AppSetting revision = em.find(AppSetting.class, "reference-data.revision");
        revision.change(String.valueOf(Long.parseLong(revision.value()) + 1));
        transaction.commit();
        try {
            catalog.refreshIfChanged(); // as each server does every minute

            assertThat(catalog.calendar().isWorkingDay(closed)).isFalse();
        } finally {
            long id = catalog.calendarSummary().closures().stream()
                    .filter(c -> c.date().equals(closed)).findFirst().orElseThrow().id();
            asAdministrator.call(() -> {
                catalog.removeClosure(id);
                return null;
            });
        }
        assertThat(catalog.calendar().isWorkingDay(closed)).isTrue();
    }

    @Test
    void aProfileChangeAppliesOnlyFromItsEffectiveDate() {
        PolicyProfile latest = catalog.profiles(CouncilCode.WOKINGHAM).latest();
        LocalDate from = latest.effectiveFrom().isBefore(LocalDate.of(2031, 4, 1)) ? LocalDate.of(2031, 4, 1)
                : latest.effectiveFrom().plusYears(1); // the test database may already hold an earlier run's version
        RuleSetting current = latest.setting(RuleId.MINUTES_DISTRIBUTED).orElseThrow();
        asAdministrator.call(() -> catalog.addProfileVersion(CouncilCode.WOKINGHAM, from,
                Map.of(RuleId.MINUTES_DISTRIBUTED, current.withTimescale(Timescale.workingDays(5))), "Test: minutes in 5 days"));

        TimescaleView before = asSocialWorker.call(() ->
                timescales.calculate(CouncilCode.WOKINGHAM, RuleId.MINUTES_DISTRIBUTED, from.minusDays(1)));
        TimescaleView after = asSocialWorker.call(() ->
                timescales.calculate(CouncilCode.WOKINGHAM, RuleId.MINUTES_DISTRIBUTED, from));

        assertThat(before.profileVersion()).isEqualTo(latest.version());
        assertThat(before.dueDate()).isEqualTo(catalog.calendar().plusWorkingDays(from.minusDays(1),
                current.timescale().amount()).date());
        assertThat(after.profileVersion()).isEqualTo(latest.version() + 1);
        assertThat(after.dueDate()).isEqualTo(catalog.calendar().plusWorkingDays(from, 5).date());
    }

    @Test
    void aStoredCaseHasEveryApplicableDeadlineWithItsRuleStartAndExplanation() throws Exception {
        StaffMember reader = TestStaff.inReadingTeam(em, transaction, Role.SOCIAL_WORKER); // reads its team's cases
        // not a restricted record: the demo data restricts one, and identity order puts it anywhere
        long episodeId = em.createQuery("select e.id from Episode e where e.closureDate is null"
                        + " and e.child.family.allocatedWorker.team.id = :team and not exists (select r from"
                        + " RecordRestriction r where r.child = e.child) order by e.id", Long.class)
                .setParameter("team", reader.team().id()).setMaxResults(1).getSingleResult();

        CaseDeadlines caseDeadlines = asSocialWorker.call(() -> deadlines.deadlinesOf(episodeId));

        assertThat(caseDeadlines.deadlines()).isNotEmpty();
        assertThat(caseDeadlines.deadlines()).extracting(DeadlineView::ruleId).contains("INITIAL_MEETING", "VISIT_INTERVAL");
        assertThat(caseDeadlines.deadlines()).allSatisfy(d -> {
            assertThat(d.explanation()).isNotBlank();
            assertThat(d.profileVersion()).isPositive(); // administrators may have added versions since
            assertThat(d.council()).isNotBlank();
        });
        assertThat(caseDeadlines.deadlines().stream().filter(d -> d.dueDate() != null))
                .allSatisfy(d -> assertThat(d.countsFromDate()).isNotNull());
    }

    @Test
    void anUnknownCaseIsRefused() {
        assertThatThrownBy(() -> asSocialWorker.call(() -> deadlines.deadlinesOf(987654321L)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("There is no case with the id 987654321");
    }
}
