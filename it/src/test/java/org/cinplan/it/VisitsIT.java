package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.Episode;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.meetings.Meeting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.Dates;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.VisitFrequency;
import org.cinplan.visits.Visit;
import org.cinplan.visits.VisitForm;
import org.cinplan.visits.VisitFrequencies;
import org.cinplan.visits.VisitFrequencyForm;
import org.cinplan.visits.VisitFrequencyView;
import org.cinplan.visits.VisitOf;
import org.cinplan.visits.VisitRecording;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Visits as the policies describe them (RULES.md v2 change 10), through the services in a real Payara and database:
 * only a face-to-face visit that saw the child meets VISIT_INTERVAL, a visit to someone around the child is kept and
 * counts for nothing else, and a frequency agreed at the initial meeting or raised for risk becomes the case's visit
 * interval when shorter. Each test makes its own Reading case for the in-container social worker.
 */
@ExtendWith(ArquillianExtension.class)
class VisitsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(VisitsIT.class, CaseFixtures.class);
    }

    @Inject
    private VisitRecording visits;

    @Inject
    private VisitFrequencies frequencies;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private AsSocialWorker asSocialWorker;

    @Inject
    private CaseFixtures fixtures;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext
    private EntityManager em;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void aVisitNotFaceToFaceIsWrittenUpButMeetsNoVisitDeadlineAndTheVisitorDefaultsToWhoRecordsIt() throws Exception {
        long episodeId = readingCase(today.minusDays(10));
        record(episodeId, visit(today.minusDays(2), false, VisitOf.CHILD, null));

        assertThat(open(episodeId, "VISIT_INTERVAL")).singleElement().extracting(DeadlineView::dueDate)
                .isEqualTo(today.minusDays(10).plusWeeks(3));
        assertThat(all(episodeId, "VISIT_RECORDED")).hasSize(1);
        Visit stored = visitsOf(episodeId).get(0);
        assertThat(stored.isFaceToFace()).isFalse();
        assertThat(stored.visitedBy()).isEqualTo(fixtures.itWorker().fullName());
        assertThat(stored.visitorRole()).isEqualTo("Social worker");

        record(episodeId, visit(today, true, VisitOf.CHILD, null));

        assertThat(all(episodeId, "VISIT_INTERVAL")).extracting(DeadlineView::metOn).as("the face-to-face visit meets it")
                .containsOnlyOnce(today);
    }

    @Test
    void aVisitToANonResidentFatherIsKeptOnTheRecordAndCountsForNothingElse() throws Exception {
        long episodeId = readingCase(today.minusDays(10));
        assertThatThrownBy(() -> record(episodeId, visit(today, true, VisitOf.NON_RESIDENT_PARENT, " ")))
                .hasStackTraceContaining("Name the person visited");

        record(episodeId, visit(today, true, VisitOf.NON_RESIDENT_PARENT, "Dan Test (father)"));

        assertThat(visitsOf(episodeId)).singleElement().satisfies(v -> {
            assertThat(v.visitOf()).isEqualTo(VisitOf.NON_RESIDENT_PARENT);
            assertThat(v.personVisited()).isEqualTo("Dan Test (father)");
            assertThat(v.isChildSeen()).isFalse();
        });
        assertThat(all(episodeId, "VISIT_RECORDED")).singleElement().extracting(DeadlineView::status).hasToString("NOT_APPLICABLE");
        assertThat(open(episodeId, "VISIT_INTERVAL")).singleElement().extracting(DeadlineView::metOn).isNull();
    }

    @Test
    void theFrequencyAgreedAtTheInitialMeetingBecomesTheCasesVisitIntervalWhenShorter() throws Exception {
        LocalDate initial = today.minusDays(14);
        long episodeId = readingCase(today.minusDays(20));
        VisitFrequencyForm weekly = new VisitFrequencyForm(1, PeriodUnit.WEEKS, initial, VisitFrequency.Basis.INITIAL_MEETING, null);
        assertThatThrownBy(() -> as(() -> frequencies.agree(episodeId, weekly)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("initial meeting has not been recorded");
        initialMeetingHeld(episodeId, initial);
        assertThatThrownBy(() -> as(() -> frequencies.agree(episodeId, new VisitFrequencyForm(1, PeriodUnit.WEEKS,
                initial.plusDays(1), VisitFrequency.Basis.INITIAL_MEETING, null))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("was held on " + Dates.full(initial));
        assertThatThrownBy(() -> as(() -> frequencies.agree(episodeId, new VisitFrequencyForm(1, PeriodUnit.WEEKS,
                today, VisitFrequency.Basis.RISK, " ")))).hasMessageContaining("Say what risk");

        List<VisitFrequencyView> agreed = as(() -> frequencies.agree(episodeId, weekly));
        record(episodeId, visit(today.minusDays(7), true, VisitOf.CHILD, null));

        assertThat(agreed).singleElement().extracting(VisitFrequencyView::inWords)
                .isEqualTo("every 1 week, agreed at the initial meeting on " + Dates.full(initial));
        assertThat(open(episodeId, "VISIT_INTERVAL")).singleElement().satisfies(d -> {
            assertThat(d.dueDate()).as("a week after the visit, not 3").isEqualTo(today);
            assertThat(d.explanation()).contains("agreed at the initial meeting on " + Dates.full(initial),
                    "shorter than Reading's maximum of 3 weeks");
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private <T> T as(Supplier<T> call) {
        return asSocialWorker.call(call);
    }

    private long readingCase(LocalDate decision) throws Exception {
        return fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Visits-", EpisodeType.STANDARD,
                decision, LocalDate.of(2016, 3, 3));
    }

    private void initialMeetingHeld(long episodeId, LocalDate on) throws Exception {
        transaction.begin();
        em.persist(new Meeting(em.find(Episode.class, episodeId), MeetingKind.INITIAL, on));
        transaction.commit();
    }

    private static VisitForm visit(LocalDate on, boolean faceToFace, VisitOf of, String person) {
        return new VisitForm(on, true, true, true, null, "Mother", "See the child about the plan", "Seen; plan on track", on,
                faceToFace, null, null, of, person);
    }

    private void record(long episodeId, VisitForm form) {
        as(() -> {
            visits.record(episodeId, form, UUID.randomUUID().toString());
            return null;
        });
    }

    private List<Visit> visitsOf(long episodeId) {
        return em.createQuery("select v from Visit v where v.episode.id = :e order by v.visitDate", Visit.class)
                .setParameter("e", episodeId).getResultList();
    }

    private List<DeadlineView> all(long episodeId, String rule) {
        return as(() -> deadlines.deadlinesOf(episodeId)).deadlines().stream().filter(d -> d.ruleId().equals(rule)).toList();
    }

    private List<DeadlineView> open(long episodeId, String rule) {
        return all(episodeId, rule).stream().filter(DeadlineView::isOpen).toList();
    }
}
