package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.StaffMember;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.EpisodeDecision;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.EpisodeOpening;
import org.cinplan.casework.Family;
import org.cinplan.casework.NewChild;
import org.cinplan.casework.Sex;
import org.cinplan.deadlines.CaseDeadlines;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.meetings.ChildViewsForm;
import org.cinplan.meetings.Meeting;
import org.cinplan.meetings.MeetingForm;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.ExceptionalCircumstance;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opening CIN episodes and recording CIN meetings, in a real Payara and database, called as the in-container social
 * worker {@code it-social-worker}. That sign-in has no staff record of its own until a test gives it one (in the Reading
 * team), so the refusal for a sign-in with no staff record is tested too.
 */
@ExtendWith(ArquillianExtension.class)
class CaseworkIT {

    private static final String IT_WORKER = "it-social-worker";
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(CaseworkIT.class, CaseFixtures.class, MeetingFixtures.class);
    }

    @Inject
    private EpisodeOpening opening;

    @Inject
    private MeetingRecording meetings;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private AsSocialWorker asSocialWorker;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    @Inject
    private CaseFixtures fixtures;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    // ---- opening an episode ------------------------------------------------------------------------------------------

    @Test
    void aSignInWithNoStaffRecordCannotOpenAnEpisode() throws Exception {
        String away = "it-away-" + UUID.randomUUID().toString().substring(0, 8);
        rename(IT_WORKER, away); // a run before may have given it one
        try {
            assertThatThrownBy(() -> asSocialWorker.call(() -> opening.openForNewChild(newChild("Nobody"), standardToday())))
                    .isInstanceOf(BusinessRuleViolation.class)
                    .hasMessageContaining("\"it-social-worker\" is not set up as a member of staff");
        } finally {
            rename(away, IT_WORKER);
        }
    }

    @Test
    void aNewChildInANewFamilyIsAllocatedToTheCallerAndTheInitialMeetingIsDueAtOnce() throws Exception {
        StaffMember me = itWorker();

        long episodeId = asSocialWorker.call(() -> opening.openForNewChild(newChild("Opened"), standardToday()));

        Episode episode = em.createQuery("select e from Episode e join fetch e.child c join fetch c.family f"
                + " where e.id = :id", Episode.class).setParameter("id", episodeId).getSingleResult();
        assertThat(episode.type()).isEqualTo(EpisodeType.STANDARD);
        assertThat(episode.decisionDate()).isEqualTo(today);
        assertThat(episode.child().laChildId()).startsWith("REA");
        assertThat(episode.child().family().name()).startsWith("Casework-");
        assertThat(em.createQuery("select f.allocatedWorker.id from Family f where f.id = :id", Long.class)
                .setParameter("id", episode.child().family().id()).getSingleResult()).isEqualTo(me.id());

        CaseDeadlines caseDeadlines = asSocialWorker.call(() -> deadlines.deadlinesOf(episodeId));
        DeadlineView initial = caseDeadlines.deadlines().stream().filter(d -> d.ruleId().equals("INITIAL_MEETING"))
                .findFirst().orElseThrow();
        assertThat(initial.dueDate()).isEqualTo(catalog.calendar().plusWorkingDays(today, 10).date());
        assertThat(asSocialWorker.call(() -> opening.childrenToOpen())).noneMatch(c -> c.childId() == episode.child().id());
        assertThat(asSocialWorker.call(() -> opening.myFamilies()))
                .anyMatch(f -> f.familyId() == episode.child().family().id());
    }

    @Test
    void aChildCanHaveOnlyOneOpenEpisodeAndANewOneFollowsTheLastClosure() throws Exception {
        itWorker();
        long first = asSocialWorker.call(() -> opening.openForNewChild(newChild("Twice"), standardToday()));
        long childId = childOf(first);

        assertThatThrownBy(() -> asSocialWorker.call(() -> opening.openForChild(childId, standardToday())))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("already has an open CIN episode").hasMessageContaining("4004");

        transaction.begin();
        em.find(Episode.class, first).close(today, "RC1", LocalDateTime.now(ZoneOffset.UTC));
        transaction.commit();

        EpisodeDecision beforeClosure = decision(EpisodeType.STANDARD, today.minusDays(1), today, "N2");
        assertThatThrownBy(() -> asSocialWorker.call(() -> opening.openForChild(childId, beforeClosure)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cannot come before").hasMessageContaining("last episode closed");
        assertThat(asSocialWorker.call(() -> opening.childrenToOpen())).anyMatch(c -> c.childId() == childId);

        EpisodeDecision afterClosure = decision(EpisodeType.STANDARD, today, today, "N2");
        long second = asSocialWorker.call(() -> opening.openForChild(childId, afterClosure));
        assertThat(second).isNotEqualTo(first);
        assertThat(childOf(second)).isEqualTo(childId);
    }

    @Test
    void aStepDownCountsFromTheEndOfTheChildProtectionPlanWithItsExceptionalCircumstance() throws Exception {
        itWorker();
        EpisodeDecision stepDown = decision(EpisodeType.STEP_DOWN_FROM_CP, today.minusDays(200), null, "N1");
        stepDown.setCpPlanEndDate(today.minusDays(2));
        stepDown.setReferralSource(ReferralSource.POLICE);
        stepDown.setDisabledChildrensTeam(true);
        stepDown.setExceptionalCircumstance(ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS);
        stepDown.setExceptionalRecordedOn(today.minusDays(1));

        long episodeId = asSocialWorker.call(() -> opening.openForNewChild(newChild("Stepped"), stepDown));

        Episode episode = em.find(Episode.class, episodeId);
        assertThat(episode.type()).isEqualTo(EpisodeType.STEP_DOWN_FROM_CP);
        assertThat(episode.decisionDate()).isEqualTo(today.minusDays(2));
        assertThat(episode.childProtectionPlanEndDate()).isEqualTo(today.minusDays(2));
        assertThat(episode.isDisabledChildrensTeam()).isTrue();
        assertThat(episode.exceptionalCircumstance()).isEqualTo(ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS);
        assertThat(episode.referralSource()).isEqualTo(ReferralSource.POLICE);
    }

    @Test
    void datesInTheFutureOrOutOfOrderAndMissingDetailsAreRefusedTogether() throws Exception {
        itWorker();
        EpisodeDecision future = decision(EpisodeType.STANDARD, today, today.plusDays(1), "N1");
        NewChild incomplete = child("Half", " ", null, null);
        incomplete.setEthnicity("wbri");

        List<String> messages = violations(() -> opening.openForNewChild(incomplete, future));

        assertThat(messages).contains("The decision date cannot be in the future", "Enter the child's family name",
                "Enter the child's date of birth", "Choose the child's sex, or Not known");
        assertThat(messages).anyMatch(m -> m.startsWith("The ethnicity code is four capital letters"));

        EpisodeDecision backwards = decision(EpisodeType.STANDARD, today, today.minusDays(3), "N11");
        assertThat(violations(() -> opening.openForNewChild(newChild("Backwards"), backwards)))
                .contains("The decision cannot come before the referral", "The primary need code must be N0 to N9");
    }

    @Test
    void aDecisionBeforeTheChildWasBornIsRefused() throws Exception {
        itWorker();
        NewChild baby = child("Newborn", "Casework-" + suffix(), today.minusDays(1), Sex.U);
        EpisodeDecision decision = decision(EpisodeType.STANDARD, today.minusDays(10), today.minusDays(5), "N1");

        assertThatThrownBy(() -> asSocialWorker.call(() -> opening.openForNewChild(baby, decision)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("was born");
    }

    @Test
    void anotherWorkersChildOrAnotherCouncilsFamilyIsRefused() throws Exception {
        itWorker();
        Long demoChild = em.createQuery("select c.id from Child c where c.family.allocatedWorker.username = 'sw.demo'"
                + " and not exists (select r from RecordRestriction r where r.child = c) order by c.id", Long.class).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (demoChild != null) {
            assertThatThrownBy(() -> asSocialWorker.call(() -> opening.openForChild(demoChild, standardToday())))
                    .isInstanceOf(BusinessRuleViolation.class)
                    .hasMessageContaining("Only the allocated worker or a manager of their team");
        }
        long suffolkFamily = family("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, itWorker());
        NewChild intoSuffolk = child("Far", "Away", LocalDate.of(2016, 3, 3), Sex.M);
        intoSuffolk.setFamilyId(suffolkFamily);
        assertThatThrownBy(() -> asSocialWorker.call(() -> opening.openForNewChild(intoSuffolk, standardToday())))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("There is no family with the id " + suffolkFamily + " in ");
    }

    // ---- recording a meeting -----------------------------------------------------------------------------------------

    @Test
    void theFirstMeetingIsTheInitialOneAndLaterOnesAreReviews() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(60));
        LocalDate held = today.minusDays(50);

        assertThatThrownBy(() -> record(episodeId, reading(MeetingKind.REVIEW, held, held.plusWeeks(6))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("the first must be the initial CIN meeting");

        long meetingId = record(episodeId, reading(MeetingKind.INITIAL, held, held.plusWeeks(6)));
        Meeting meeting = em.find(Meeting.class, meetingId);
        assertThat(meeting.kind()).isEqualTo(MeetingKind.INITIAL);
        assertThat(meeting.chairName()).isEqualTo("Tom Hughes");
        assertThat(meeting.minuteTakerName()).isEqualTo("Pat Minutes");
        assertThat(meeting.equalityDiversityConsidered()).isTrue();
        assertThat(meeting.recordedBy()).isEqualTo(IT_WORKER);

        LocalDate review = held.plusWeeks(6);
        assertThatThrownBy(() -> record(episodeId, reading(MeetingKind.INITIAL, review, review.plusWeeks(6))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("later meetings are reviews");
        assertThatThrownBy(() -> record(episodeId, reading(MeetingKind.REVIEW, held, held.plusWeeks(6))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("record meetings in order");
        record(episodeId, reading(MeetingKind.REVIEW, review, review.plusWeeks(6)));

        CaseDeadlines caseDeadlines = asSocialWorker.call(() -> deadlines.deadlinesOf(episodeId));
        assertThat(caseDeadlines.deadlines()).filteredOn(d -> d.ruleId().equals("REVIEW_INTERVAL")).hasSize(2);
    }

    @Test
    void theChairIsNeitherTheMinuteTakerNorAFamilySupportPractitioner() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(30));
        LocalDate held = today.minusDays(20);

        assertThatThrownBy(() -> record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(6),
                held.plusWeeks(6), null, "Sam Walker", " sam walker ", true, null, null, true, null)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("CHAIR_NOT_MINUTE_TAKER");

        StaffMember chair = staffNamed("sw.demo");
        if (chair != null) {
            assertThatThrownBy(() -> record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(6), held.plusWeeks(6),
                    chair.id(), null, chair.fullName(), true, null, null, true, null)))
                    .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("CHAIR_NOT_MINUTE_TAKER");
        }
        StaffMember fsp = staffNamed("fsp.demo");
        if (fsp != null) {
            assertThatThrownBy(() -> record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(6), held.plusWeeks(6),
                    fsp.id(), null, "Pat Minutes", true, null, null, true, null)))
                    .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("CHAIR_NOT_FSP");
            assertThat(asSocialWorker.call(() -> meetings.possibleChairs(episodeId))).noneMatch(c -> c.staffId() == fsp.id());
        }
    }

    @Test
    void theChildsViewsAndEqualityAndDiversityAreRequired() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(30));
        LocalDate held = today.minusDays(20);

        List<String> messages = violations(() -> meetings.record(episodeId, form(MeetingKind.INITIAL, held,
                held.plusWeeks(6), held.plusWeeks(6), null, "Tom Hughes", "Pat Minutes", false, null, " ", false, null)));

        assertThat(messages).anyMatch(m -> m.contains("CHILD_VIEWS")).anyMatch(m -> m.contains("EQUALITY_DIVERSITY"));

        long meetingId = record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(6), held.plusWeeks(6), null,
                "Tom Hughes", "Pat Minutes", false, ChildViewsForm.DRAWING, "At school", true, null));
        Meeting meeting = em.find(Meeting.class, meetingId);
        assertThat(meeting.childAttended()).isFalse();
        assertThat(meeting.childViewsForm()).isEqualTo(ChildViewsForm.DRAWING);
        assertThat(meeting.childAbsenceReason()).isEqualTo("At school");
    }

    @Test
    void aBerkshireWestReviewLaterThanSixWeeksNeedsARationaleAndThePlanUpdateIsWithinSixWeeks() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(30));
        LocalDate held = today.minusDays(20);
        LocalDate latest = held.plusWeeks(6); // Reading: reviews at most 6 weeks apart

        assertThatThrownBy(() -> record(episodeId, reading(MeetingKind.INITIAL, held, held.plusWeeks(7))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("on or before " + FULL.format(latest)).hasMessageContaining("rationale");
        assertThatThrownBy(() -> record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(6), held.plusWeeks(7),
                null, "Tom Hughes", "Pat Minutes", true, null, null, true, null)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("PLAN_UPDATE_DATE")
                .hasMessageContaining(FULL.format(held.plusWeeks(6)));
        assertThatThrownBy(() -> record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(6), null,
                null, "Tom Hughes", "Pat Minutes", true, null, null, true, null)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("PLAN_UPDATE_DATE");

        long meetingId = record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(7), held.plusWeeks(6), null,
                "Tom Hughes", "Pat Minutes", true, null, null, true, "The family is abroad for a funeral for three weeks"));
        assertThat(em.find(Meeting.class, meetingId).outsideWindowRationale()).startsWith("The family is abroad");
    }

    @Test
    void aSuffolkNextReviewOutsideTheEightToTwelveWeekWindowNeedsARationale() throws Exception {
        long episodeId = caseIn("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, today.minusDays(30));
        LocalDate held = today.minusDays(20);

        assertThatThrownBy(() -> record(episodeId, suffolk(held, held.plusWeeks(6), null)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("between " + FULL.format(held.plusWeeks(8)) + " and " + FULL.format(held.plusWeeks(12)));
        assertThatThrownBy(() -> record(episodeId, suffolk(held, held.plusWeeks(13), null)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("rationale");
        assertThat(asSocialWorker.call(() -> meetings.nextReviewHint(episodeId, held)))
                .contains(FULL.format(held.plusWeeks(8)), FULL.format(held.plusWeeks(12)));

        long inWindow = record(episodeId, suffolk(held, held.plusWeeks(10), null));
        assertThat(em.find(Meeting.class, inWindow).outsideWindowRationale()).isNull();
    }

    @Test
    void inSuffolkTheChairMayTakeTheNote() throws Exception {
        long episodeId = caseIn("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, today.minusDays(30));
        LocalDate held = today.minusDays(20);

        long meetingId = record(episodeId, form(MeetingKind.INITIAL, held, held.plusWeeks(10), null, null, "Sam Walker",
                "Sam Walker", true, null, null, true, null)); // SF 2.10: CHAIR_NOT_MINUTE_TAKER is Berkshire West only

        assertThat(em.find(Meeting.class, meetingId).minuteTakerName()).isEqualTo("Sam Walker");
    }

    @Test
    void aSuffolkEarlyNextReviewIsAcceptedWithARationale() throws Exception {
        long episodeId = caseIn("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, today.minusDays(30));
        LocalDate held = today.minusDays(20);

        long meetingId = record(episodeId, suffolk(held, held.plusWeeks(4), "Court hearing expected; plan must be reviewed first"));

        assertThat(em.find(Meeting.class, meetingId).outsideWindowRationale()).startsWith("Court hearing");
    }

    @Test
    void aMeetingOnAnotherWorkersCaseIsRefused() throws Exception {
        itWorker();
        Long demoEpisode = em.createQuery("select e.id from Episode e where e.child.family.allocatedWorker.username = 'sw.demo'"
                + " and e.closureDate is null" + CaseFixtures.UNRESTRICTED_EPISODE + " order by e.id", Long.class).setMaxResults(1).getResultList().stream()
                .findFirst().orElse(null);
        if (demoEpisode == null) {
            return;
        }
        assertThatThrownBy(() -> record(demoEpisode, reading(MeetingKind.INITIAL, today, today.plusWeeks(6))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Only the allocated worker or a manager of their team");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private long record(long episodeId, MeetingForm form) {
        return asSocialWorker.call(() -> meetings.record(episodeId, form));
    }

    private static MeetingForm form(MeetingKind kind, LocalDate held, LocalDate next, LocalDate planUpdate, Long chairId,
                                    String chairName, String minuteTaker, boolean attended, ChildViewsForm views,
                                    String absenceReason, boolean equality, String rationale) {
        MeetingForm form = MeetingFixtures.meetingForm(kind, held, next, planUpdate, chairName);
        form.setMinutesDistributedOn(held);
        form.setChairStaffId(chairId);
        form.setMinuteTakerName(minuteTaker);
        form.setChildAttended(attended);
        form.setChildViewsForm(views);
        form.setChildAbsenceReason(absenceReason);
        form.setEqualityDiversityConsidered(equality);
        form.setOutsideWindowRationale(rationale);
        return form;
    }

    private static MeetingForm reading(MeetingKind kind, LocalDate held, LocalDate next) {
        return form(kind, held, next, held.plusWeeks(6), null, "Tom Hughes", "Pat Minutes", true, null, null, true, null);
    }

    private static MeetingForm suffolk(LocalDate held, LocalDate next, String rationale) {
        return form(MeetingKind.INITIAL, held, next, null, null, "Nadia Hussain", "Pat Minutes", true, null, null, true,
                rationale);
    }

    private NewChild newChild(String givenName) {
        NewChild child = child(givenName, "Casework-" + suffix(), LocalDate.of(2015, 6, 1), Sex.F);
        child.setEthnicity("WBRI");
        return child;
    }

    private static NewChild child(String givenName, String familyName, LocalDate born, Sex sex) {
        NewChild child = new NewChild();
        child.setGivenName(givenName);
        child.setFamilyName(familyName);
        child.setDateOfBirth(born);
        child.setSex(sex);
        return child;
    }

    /** A decision referred by a school. */
    private static EpisodeDecision decision(EpisodeType type, LocalDate referral, LocalDate decided, String primaryNeed) {
        EpisodeDecision decision = new EpisodeDecision();
        decision.setType(type);
        decision.setReferralDate(referral);
        decision.setDecisionDate(decided);
        decision.setPrimaryNeedCode(primaryNeed);
        decision.setReferralSource(ReferralSource.SCHOOL);
        return decision;
    }

    private EpisodeDecision standardToday() {
        return decision(EpisodeType.STANDARD, today.minusDays(7), today, "N1");
    }

    private static String suffix() {
        return CaseFixtures.suffix();
    }

    /** The messages of the bean validation refusal of a call, however the container wrapped it. */
    private List<String> violations(Supplier<?> call) {
        try {
            asSocialWorker.call(call);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException invalid) {
                    List<String> messages = new ArrayList<>();
                    invalid.getConstraintViolations().stream().map(ConstraintViolation::getMessage).forEach(messages::add);
                    return messages;
                }
            }
            throw e;
        }
        return fail("The call was not refused");
    }

    private long childOf(long episodeId) {
        return em.createQuery("select e.child.id from Episode e where e.id = :id", Long.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    private StaffMember staffNamed(String username) {
        return fixtures.staffNamed(username);
    }

    private void rename(String from, String to) throws Exception {
        transaction.begin();
        em.createQuery("update StaffMember s set s.username = :to where s.username = :from")
                .setParameter("to", to).setParameter("from", from).executeUpdate();
        transaction.commit();
    }

    private StaffMember itWorker() throws Exception {
        return fixtures.itWorker();
    }

    /** A family of the council, allocated to the worker, made with JPA. */
    private long family(String code, String name, PolicyFamily policyFamily, StaffMember worker) throws Exception {
        return fixtures.family(code, name, policyFamily, worker, "Casework-");
    }

    /** A case with no meeting yet, made with JPA in a family of the council allocated to the in-container worker. */
    private long caseIn(String code, String name, PolicyFamily policyFamily, LocalDate decision) throws Exception {
        return fixtures.caseIn(code, name, policyFamily, "Casework-",
                family -> new Child(family, "IT" + suffix(), "Meeting", "Casework", LocalDate.of(2014, 9, 9), Sex.M, "WBRI", false),
                child -> Episode.open(child, EpisodeType.STANDARD, decision.minusDays(10), decision, "N1", false));
    }
}
