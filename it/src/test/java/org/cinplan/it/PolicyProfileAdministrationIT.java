package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.Council;
import org.cinplan.alerts.SweepRun;
import org.cinplan.alerts.SweepScope;
import org.cinplan.alerts.SweepTrigger;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.Sex;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.profiles.CouncilProfiles;
import org.cinplan.profiles.ProfileAdministration;
import org.cinplan.profiles.ProfileChange;
import org.cinplan.profiles.ProfilePreview;
import org.cinplan.profiles.ProfileSaved;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing a council's policy values: the preview runs the engine over the council's open cases, saving adds a
 * version, audits each rule's old and new value and recomputes the council's alerts. The preview uses West
 * Berkshire and saving Suffolk, so that Reading stays at the versions the browser journey changes from today.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyProfileAdministrationIT {

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(PolicyProfileAdministrationIT.class);
    }

    @Inject
    private ProfileAdministration administration;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AsAuditor asAuditor;

    @Inject
    private AsSocialWorker asSocialWorker;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Test
    void thePreviewCountsEveryOpenCaseAndListsTheVisitThatMovesWithItsOldAndNewDueDate() throws Exception {
        long episodeId = openCase(CouncilCode.WEST_BERKSHIRE, "Preview", today);
        PolicyProfile latest = catalog.profiles(CouncilCode.WEST_BERKSHIRE).latest();
        LocalDate from = latest.effectiveFrom().isBefore(today) ? today : latest.effectiveFrom().plusDays(1);

        ProfilePreview preview = asAdministrator.call(() -> administration.preview(new ProfileChange(
                CouncilCode.WEST_BERKSHIRE, latest.version(), from, Map.of(RuleId.VISIT_INTERVAL, Timescale.weeks(2)), null)));

        assertThat(preview.openCases()).as("every open West Berkshire case, read a batch at a time")
                .isEqualTo(openCases(CouncilCode.WEST_BERKSHIRE));
        assertThat(preview.newVersion()).isEqualTo(latest.version() + 1);
        assertThat(preview.changes()).containsExactly("Visit to the child: 3 weeks → 2 weeks");
        if (from.equals(today)) { // a case decided today counts its first visit under the new value
            assertThat(preview.casesMoved()).isGreaterThanOrEqualTo(1);
            assertThat(preview.moves()).filteredOn(move -> move.episodeId() == episodeId).singleElement()
                    .satisfies(move -> {
                        assertThat(move.ruleId()).isEqualTo("VISIT_INTERVAL");
                        assertThat(move.caseReference()).as("a case reference, never the child's name")
                                .isEqualTo("Case " + episodeId).doesNotContain("Profilecase");
                        assertThat(move.oldDueDate()).isEqualTo(today.plusWeeks(3));
                        assertThat(move.newDueDate()).isEqualTo(today.plusWeeks(2));
                        assertThat(move.becomesOverdue()).isFalse();
                    });
        }
        assertThat(preview.becomeOverdue()).as("nothing counted from today can already be overdue")
                .isEmpty();
        assertThat(preview.deadlinesOverdue()).isZero();
        assertThat(catalog.profiles(CouncilCode.WEST_BERKSHIRE).latest()).as("a preview saves nothing").isEqualTo(latest);
    }

    @Test
    void savingAddsAVersionAuditsEachRuleOldToNewAndRecomputesTheCouncilsAlerts() throws Exception {
        openCase(CouncilCode.SUFFOLK, "Saved", today);
        PolicyProfile latest = catalog.profiles(CouncilCode.SUFFOLK).latest();
        LocalDate from = latest.effectiveFrom().isBefore(today) ? today : latest.effectiveFrom().plusDays(1);
        Timescale minutes = latest.setting(RuleId.MINUTES_DISTRIBUTED).orElseThrow().timescale();
        Timescale newMinutes = Timescale.workingDays(minutes.amount() == 8 ? 9 : 8);
        Timescale written = latest.setting(RuleId.VISIT_RECORDED).orElseThrow().timescale();
        Timescale newWritten = Timescale.workingDays(written.amount() == 3 ? 4 : 3);

        ProfileSaved saved = asAdministrator.call(() -> administration.save(new ProfileChange(CouncilCode.SUFFOLK,
                latest.version(), from, Map.of(RuleId.MINUTES_DISTRIBUTED, newMinutes, RuleId.VISIT_RECORDED, newWritten),
                "  IT: quicker minutes and write-ups ")));

        PolicyProfile now = catalog.profiles(CouncilCode.SUFFOLK).latest();
        assertThat(now.version()).isEqualTo(saved.version()).isEqualTo(latest.version() + 1);
        assertThat(now.effectiveFrom()).isEqualTo(from);
        assertThat(now.setting(RuleId.MINUTES_DISTRIBUTED).orElseThrow().timescale()).isEqualTo(newMinutes);
        assertThat(now.setting(RuleId.VISIT_RECORDED).orElseThrow().timescale()).isEqualTo(newWritten);
        assertThat(now.setting(RuleId.REVIEW_INTERVAL)).as("rules not changed keep their value")
                .isEqualTo(latest.setting(RuleId.REVIEW_INTERVAL));

        List<AuditEntryView> entries = asAuditor.call(() -> auditTrail.search(new AuditSearch("it-administrator", null,
                AuditAction.ADMIN_CHANGE, null, null), 0, 50)).entries().stream()
                .filter(e -> "PolicyProfile".equals(e.recordType()) && ("SUFFOLK v" + now.version()).equals(e.recordId()))
                .toList();
        String ukFrom = from.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(entries).extracting(AuditEntryView::detail).containsExactlyInAnyOrder(
                "Suffolk, Minutes distributed (MINUTES_DISTRIBUTED): " + minutes + " → " + newMinutes + ", in force from "
                        + ukFrom + " (version " + now.version() + "). Why: IT: quicker minutes and write-ups",
                "Suffolk, Visit written up (VISIT_RECORDED): " + written + " → " + newWritten + ", in force from "
                        + ukFrom + " (version " + now.version() + "). Why: IT: quicker minutes and write-ups");

        SweepRun run = em.find(SweepRun.class, saved.recomputeRunId());
        assertThat(run.trigger()).isEqualTo(SweepTrigger.ON_CHANGE);
        assertThat(run.scope()).isEqualTo(SweepScope.COUNCIL);
        assertThat(run.requestedBy()).isEqualTo("it-administrator");
        assertThat(run.casesExamined()).as("every open Suffolk case is recomputed").isEqualTo(openCases(CouncilCode.SUFFOLK));
        assertThat(run.finishedAt()).isNotNull();
    }

    @Test
    void aDateBeforeTodayAStaleVersionAndAnUnchangedValueAreRefusedWithReasons() {
        PolicyProfile latest = catalog.profiles(CouncilCode.WEST_BERKSHIRE).latest();
        Map<RuleId, Timescale> shorter = Map.of(RuleId.VISIT_INTERVAL, Timescale.weeks(2));

        assertThatThrownBy(() -> asAdministrator.call(() -> administration.preview(new ProfileChange(
                CouncilCode.WEST_BERKSHIRE, latest.version(), today.minusDays(1), shorter, null))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("from today");
        assertThatThrownBy(() -> asAdministrator.call(() -> administration.save(new ProfileChange(
                CouncilCode.WEST_BERKSHIRE, latest.version() - 1, today.plusYears(1), shorter, "stale"))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Someone else changed West Berkshire");
        Timescale current = latest.setting(RuleId.VISIT_INTERVAL).orElseThrow().timescale();
        assertThatThrownBy(() -> asAdministrator.call(() -> administration.preview(new ProfileChange(
                CouncilCode.WEST_BERKSHIRE, latest.version(), today.plusYears(1), Map.of(RuleId.VISIT_INTERVAL, current), null))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Change at least one value");
        assertThatThrownBy(() -> asAdministrator.call(() -> administration.preview(new ProfileChange(
                CouncilCode.WEST_BERKSHIRE, latest.version(), today.plusYears(1), Map.of(RuleId.ASSESSMENT_DUE, Timescale.weeks(2)), null))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("sets no timescale for Social work assessment");
        assertThatThrownBy(() -> asAdministrator.call(() -> administration.save(new ProfileChange(
                CouncilCode.WEST_BERKSHIRE, latest.version(), today.plusYears(1), shorter, "  "))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Say why");
        assertThat(catalog.profiles(CouncilCode.WEST_BERKSHIRE).latest()).isEqualTo(latest);
    }

    @Test
    void everyCouncilIsListedWithItsVersionsNewestFirstAndEveryRule() {
        List<CouncilProfiles> councils = asAdministrator.call(() -> administration.councils());

        assertThat(councils).extracting(CouncilProfiles::councilName)
                .containsExactly("Reading", "Wokingham", "West Berkshire", "Suffolk");
        CouncilProfiles reading = councils.get(0);
        assertThat(reading.versions().get(reading.versions().size() - 1).version()).isEqualTo(1);
        assertThat(reading.versions().get(reading.versions().size() - 1).rules()).hasSize(RuleId.values().length)
                .anySatisfy(rule -> {
                    assertThat(rule.ruleId()).isEqualTo("VISIT_INTERVAL");
                    assertThat(rule.value()).isEqualTo("3 weeks");
                });
    }

    @Test
    void onlyAdministratorsMayPreviewOrSave() {
        assertThatThrownBy(() -> asSocialWorker.call(() -> administration.councils()))
                .isInstanceOf(EJBAccessException.class);
    }

    private long openCases(CouncilCode council) {
        return em.createQuery("select count(e) from Episode e join e.child c join c.family f join f.council co"
                        + " where co.code = :code and e.closureDate is null", Long.class)
                .setParameter("code", council.name()).getSingleResult();
    }

    /** A child of a new family in the council with a standard episode decided on the given day. */
    private long openCase(CouncilCode council, String givenName, LocalDate decision) throws Exception {
        transaction.begin();
        try {
            Council stored = em.createQuery("select c from Council c where c.code = :code", Council.class)
                    .setParameter("code", council.name()).getSingleResult();
            Family family = new Family(stored, "Profilecase-" + UUID.randomUUID().toString().substring(0, 8));
            em.persist(family);
            Child child = new Child(family, "PRF" + UUID.randomUUID().toString().substring(0, 8), givenName, "Profilecase",
                    LocalDate.of(2016, 3, 4), Sex.F, "WBRI", false);
            em.persist(child);
            Episode episode = Episode.open(child, EpisodeType.STANDARD, decision.minusDays(5), decision, "N1", false);
            em.persist(episode);
            em.flush();
            transaction.commit();
            return episode.id();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
