package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.casework.Assessment;
import org.cinplan.casework.Child;
import org.cinplan.casework.EarlyClosureDecisionForm;
import org.cinplan.casework.ClosureDecisions;
import org.cinplan.casework.ClosureProposalView;
import org.cinplan.casework.EarlyClosureDecisions;
import org.cinplan.casework.EarlyClosureStatus;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Sex;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.deadlines.DeadlineView;
import org.cinplan.meetings.Attendance;
import org.cinplan.meetings.BookingForm;
import org.cinplan.meetings.BookingStatus;
import org.cinplan.meetings.BookingView;
import org.cinplan.meetings.DistributionForm;
import org.cinplan.meetings.ExclusionForm;
import org.cinplan.meetings.ExclusionScope;
import org.cinplan.meetings.InviteeAttendance;
import org.cinplan.meetings.InviteeForm;
import org.cinplan.meetings.Meeting;
import org.cinplan.meetings.MeetingForm;
import org.cinplan.meetings.MeetingHeld;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.meetings.MeetingScheduling;
import org.cinplan.meetings.MinutesForm;
import org.cinplan.meetings.ReviewOutcome;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.Dates;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cinplan.it.MeetingFixtures.attendance;
import static org.cinplan.it.MeetingFixtures.meetingForm;
import static org.cinplan.it.MeetingFixtures.minutes;
import static org.cinplan.it.MeetingFixtures.readingForm;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Booking CIN meetings, recording who came and the minutes, exclusions, and each review outcome's effect on the case,
 * in a real Payara and database, as the in-container social worker {@code it-social-worker} (given a staff record in a
 * Reading team on first use). Every test makes its own case, so the tests run in any order and again.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(MeetingsIT.class, CaseFixtures.class, MeetingFixtures.class);
    }

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private MeetingRecording meetings;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private AsSocialWorker asSocialWorker;

    @Inject
    private InRole inRole;

    @Inject
    private EarlyClosureDecisions earlyClosures;

    @Inject
    private ClosureDecisions closures;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    // ---- booking and inviting ----------------------------------------------------------------------------------------

    @Test
    void aBookedMeetingHasItsInviteesAndWarnsWhenASchoolAgeChildIsBookedInSchoolHoursUntilMoved() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(5));
        LocalDate wednesday = today.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        while (!catalog.calendar().isWorkingDay(wednesday)) {
            wednesday = wednesday.plusWeeks(1);
        }
        LocalDate day = wednesday;

        BookingView inSchoolHours = as(() -> scheduling.book(episodeId, new BookingForm(day, LocalTime.of(10, 0), 60,
                "Family home", true), UUID.randomUUID().toString()));
        assertThat(inSchoolHours.kind()).isEqualTo(MeetingKind.INITIAL);
        assertThat(inSchoolHours.schoolHoursWarning()).contains("school hours").as("a Reading case cites no other council's policy").doesNotContain("Suffolk");
        BookingView afterSchool = as(() -> scheduling.book(episodeId, new BookingForm(day, LocalTime.of(16, 0), 60,
                "Family home", true), UUID.randomUUID().toString()));
        assertThat(afterSchool.schoolHoursWarning()).isNull();

        BookingView mother = as(() -> scheduling.invite(inSchoolHours.id(), inSchoolHours.version(),
                new InviteeForm("Kim Test", "Mother")));
        BookingView invited = as(() -> scheduling.invite(inSchoolHours.id(), mother.version(), new InviteeForm("Mrs Lowe", "School")));
        assertThat(invited.invitees()).extracting(i -> i.label()).containsExactly("Kim Test (Mother)", "Mrs Lowe (School)");
        assertThatThrownBy(() -> as(() -> scheduling.invite(inSchoolHours.id(), invited.version(), new InviteeForm("kim test", "Mum"))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already invited");
        BookingView movedAfterSchool = as(() -> scheduling.reschedule(inSchoolHours.id(), invited.version(), new BookingForm(day,
                LocalTime.of(15, 45), 45, "School", true)));
        assertThat(movedAfterSchool.schoolHoursWarning()).isNull();
        assertThat(movedAfterSchool.venue()).isEqualTo("School");
        assertThat(movedAfterSchool.invitees()).hasSize(2);

        assertThat(as(() -> scheduling.calendar(day, day))).extracting(BookingView::id)
                .contains(inSchoolHours.id(), afterSchool.id());
        BookingView cancelled = as(() -> scheduling.cancel(afterSchool.id(), afterSchool.version()));
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(as(() -> scheduling.calendar(day, day))).extracting(BookingView::id).doesNotContain(afterSchool.id());
        assertThatThrownBy(() -> as(() -> scheduling.calendar(day.minusYears(50), day.plusYears(50))))
                .as("a calendar request is bounded").isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> as(() -> scheduling.invite(afterSchool.id(), cancelled.version(), new InviteeForm("Dr Shah", "GP"))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("cancelled");
    }

    @Test
    void aChangeToABookingSomeoneElseChangedMeanwhileIsRefusedAndTheirChangeKept() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(10));
        BookingView seen = as(() -> scheduling.book(episodeId, new BookingForm(today, LocalTime.of(16, 0), 60, "Office",
                false), UUID.randomUUID().toString()));
        BookingView theirs = as(() -> scheduling.invite(seen.id(), seen.version(), new InviteeForm("Kim Test", "Mother")));
        assertThat(theirs.version()).as("inviting someone changes the booking's version").isNotEqualTo(seen.version());
        long invitee = theirs.invitees().get(0).id();

        List<Runnable> staleChanges = List.of(
                () -> as(() -> scheduling.reschedule(seen.id(), seen.version(), new BookingForm(today, LocalTime.of(17, 0),
                        60, "Family home", false))),
                () -> as(() -> scheduling.invite(seen.id(), seen.version(), new InviteeForm("Mrs Lowe", "School"))),
                () -> as(() -> scheduling.uninvite(seen.id(), seen.version(), invitee)),
                () -> as(() -> scheduling.cancel(seen.id(), seen.version())),
                () -> as(() -> meetings.hold(seen.id(), seen.version(), readingForm(MeetingKind.INITIAL, today,
                        today.plusWeeks(3)), minutes(attendance(theirs), List.of(), ReviewOutcome.CONTINUE, null, null))));
        for (Runnable stale : staleChanges) {
            assertThatThrownBy(stale::run).isInstanceOf(BusinessRuleViolation.class)
                    .hasMessage(MeetingScheduling.STALE).hasMessageContaining("changed by someone else meanwhile: reload");
        }

        assertThat(as(() -> scheduling.bookingsOf(episodeId))).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(b.venue()).isEqualTo("Office");
            assertThat(b.invitees()).extracting(i -> i.label()).containsExactly("Kim Test (Mother)");
            assertThat(b.version()).isEqualTo(theirs.version());
        });
        assertThat(as(() -> scheduling.cancel(seen.id(), theirs.version())).status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void onlyTheRolesThatBookAndRecordMeetingsAreToldTheyMay() {
        for (Role role : Role.values()) {
            boolean records = EnumSet.of(Role.SOCIAL_WORKER, Role.CONSULTANT_SOCIAL_WORKER, Role.PRACTICE_MANAGER,
                    Role.TEAM_MANAGER).contains(role);
            assertThat(inRole.call(role, scheduling::canRecord)).as(role.name()).isEqualTo(records);
        }
    }

    @Test
    void aMeetingCannotBeBookedBeforeTheDecisionOrOnAnotherWorkersCase() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(5));
        assertThatThrownBy(() -> as(() -> scheduling.book(episodeId, new BookingForm(today.minusDays(6), LocalTime.NOON, 60,
                "Office", false), UUID.randomUUID().toString()))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("before the decision");

        Long othersCase = em.createQuery("select e.id from Episode e where e.child.family.allocatedWorker.username <> :me"
                        + " and e.closureDate is null" + CaseFixtures.UNRESTRICTED_EPISODE + " order by e.id", Long.class)
                .setParameter("me", CaseFixtures.IT_WORKER)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (othersCase != null) {
            assertThatThrownBy(() -> as(() -> scheduling.book(othersCase, new BookingForm(today, LocalTime.NOON, 60,
                    "Office", false), UUID.randomUUID().toString()))).isInstanceOf(BusinessRuleViolation.class)
                    // a case of the caller's team is theirs to read only; any other is not there for them at all
                    .hasMessageMatching("(?s).*(Only the allocated worker or a manager of their team|There is no case with the id).*");
        }
    }

    // ---- holding a meeting -------------------------------------------------------------------------------------------

    @Test
    void holdingAMeetingRecordsAttendanceTheMinutesAndAnEndorsedExclusion() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(10));
        BookingView booking = bookedWithInvitees(episodeId, today.minusDays(2));
        long mother = booking.invitees().get(0).id();
        long school = booking.invitees().get(1).id();
        StaffMember socialWorker = fixtures.itWorker();
        StaffMember manager = fixtures.staffInItWorkersTeam("it-team-manager", "Terry Manager", Role.TEAM_MANAGER);
        LocalDate held = today.minusDays(2);
        MeetingForm form = readingForm(MeetingKind.INITIAL, held, held.plusWeeks(6));
        List<InviteeAttendance> attendance = List.of(new InviteeAttendance(mother, Attendance.PRESENT, false),
                new InviteeAttendance(school, Attendance.APOLOGIES, false));
        ExclusionForm byWorker = new ExclusionForm("Mr Test", ExclusionScope.FROM_MEETING, "Threats to the mother",
                socialWorker.id(), "Says he wants to be involved");

        assertThatThrownBy(() -> as(() -> meetings.hold(booking.id(), booking.version(), form, minutes(List.of(attendance.get(0)), List.of(),
                ReviewOutcome.CONTINUE, null, null)))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Record whether each person invited attended: Mrs Lowe");
        assertThatThrownBy(() -> as(() -> meetings.hold(booking.id(), booking.version(), form, minutes(attendance, List.of(byWorker),
                ReviewOutcome.CONTINUE, null, null)))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("EXCLUSION_ENDORSED");
        MinutesForm noContingency = minutes(attendance, List.of(), ReviewOutcome.CONTINUE, null, null, null);
        noContingency.setReasonForMeeting("Initial meeting");
        noContingency.setUpdatesSinceLast(null);
        noContingency.setPlanProgress(null);
        noContingency.setContingency(" ");
        assertThatThrownBy(() -> as(() -> meetings.hold(booking.id(), booking.version(), form, noContingency)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("the contingency plan");

        ExclusionForm endorsed = new ExclusionForm("Mr Test", ExclusionScope.FROM_MEETING, "Threats to the mother",
                manager.id(), "Says he wants to be involved");
        MeetingHeld result = as(() -> meetings.hold(booking.id(), booking.version(), form, minutes(attendance, List.of(endorsed),
                ReviewOutcome.CONTINUE, null, null)));

        assertThat(result.notices()).anyMatch(n -> n.contains("Mrs Lowe (School)") && n.contains("ABSENT_PROFESSIONAL_UPDATE"));
        Meeting meeting = em.find(Meeting.class, result.meetingId());
        assertThat(meeting.minutes().contingency()).isEqualTo("Grandmother looks after the children");
        assertThat(meeting.childViews()).isEqualTo("Wants to stay at home");
        assertThat(meeting.exclusions()).singleElement().satisfies(e -> {
            assertThat(e.endorsedByName()).isEqualTo(manager.fullName());
            assertThat(e.personViews()).isEqualTo("Says he wants to be involved");
        });
        assertThat(meeting.outcome()).isEqualTo(ReviewOutcome.CONTINUE);
        List<BookingView> afterwards = as(() -> scheduling.bookingsOf(episodeId));
        assertThat(afterwards).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BookingStatus.HELD);
            assertThat(b.invitees()).extracting(i -> i.attendance()).containsExactly("Present", "Sent apologies");
        });
        assertThatThrownBy(() -> as(() -> meetings.hold(booking.id(), afterwards.get(0).version(), readingForm(MeetingKind.REVIEW, today, today.plusWeeks(6)),
                minutes(attendance, List.of(), ReviewOutcome.CONTINUE, "None", null))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("held");
    }

    @Test
    void theDistributionOfTheMinutesIsRecordedWithItsRecipientsAndMeetsItsDeadline() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(10));
        long meetingId = initialHeld(episodeId, today.minusDays(3));
        assertThat(openDeadlines(episodeId, "MINUTES_DISTRIBUTED")).isNotEmpty();

        as(() -> meetings.distribute(meetingId, new DistributionForm(today, List.of("Kim Test (mother)", "Mrs Lowe (school)"))));

        assertThat(as(() -> meetings.heldMeetings(episodeId))).singleElement().satisfies(m -> {
            assertThat(m.minutesDistributedOn()).isEqualTo(today);
            assertThat(m.recipients()).containsExactly("Kim Test (mother)", "Mrs Lowe (school)");
        });
        assertThat(openDeadlines(episodeId, "MINUTES_DISTRIBUTED")).isEmpty();
        assertThatThrownBy(() -> as(() -> meetings.distribute(meetingId, new DistributionForm(today, List.of("Father")))))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("already recorded");
    }

    // ---- review outcomes ---------------------------------------------------------------------------------------------

    /**
     * A team manager of the Reading case's team agrees the review's proposal (CLOSURE_APPROVED): the social worker who
     * proposed it may not, and the proposal waits on the manager's list until then.
     */
    private void agreeClosure(long episodeId, String reason) throws Exception {
        fixtures.staffInItWorkersTeam(InRole.principal(Role.TEAM_MANAGER), "Terry Manager", Role.TEAM_MANAGER);
        long waitingBefore = inRole.call(Role.TEAM_MANAGER, () -> closures.waitingOnMeCount());
        ClosureProposalView proposal = inRole.call(Role.TEAM_MANAGER,
                        () -> closures.waitingOnMe(0, ClosureDecisions.MAX_PAGE_SIZE)).stream()
                .filter(p -> p.episodeId() == episodeId).findFirst().orElseThrow();
        assertThatThrownBy(() -> as(() -> closures.agree(proposal.id(), proposal.version(), reason)))
                .isInstanceOf(EJBAccessException.class);
        inRole.call(Role.TEAM_MANAGER, () -> closures.agree(proposal.id(), proposal.version(), reason));
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> closures.waitingOnMe(0, ClosureDecisions.MAX_PAGE_SIZE)))
                .noneMatch(p -> p.episodeId() == episodeId);
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> closures.waitingOnMeCount())).as("counted in the database")
                .isEqualTo(waitingBefore - 1);
        assertThat(as(() -> closures.latestOf(episodeId))).get().extracting(ClosureProposalView::state).isEqualTo("AGREED");
    }


    @Test
    void closingAtAReviewNeedsALeadProfessionalAndAManagersAgreementThenClosesTheCaseAndCancelsLaterMeetings() throws Exception {
        // Started over 3 months ago, so its Berkshire West minimum (MIN_DURATION_FROM_START) has passed.
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(110));
        initialHeld(episodeId, today.minusDays(100));
        BookingView review = bookedWithInvitees(episodeId, today);
        BookingView later = as(() -> scheduling.book(episodeId, new BookingForm(today.plusWeeks(6), LocalTime.of(16, 0), 60,
                "Office", false), UUID.randomUUID().toString()));
        MeetingForm noNextReview = readingForm(MeetingKind.REVIEW, today, null);

        assertThatThrownBy(() -> as(() -> meetings.hold(review.id(), review.version(), noNextReview, minutes(attendance(review), List.of(),
                ReviewOutcome.CONTINUE, "None", null)))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Enter the date of the next review");
        assertThatThrownBy(() -> as(() -> meetings.hold(review.id(), review.version(), noNextReview, minutes(attendance(review), List.of(),
                ReviewOutcome.STEP_DOWN, null, null)))).hasStackTraceContaining("LEAD_PROFESSIONAL_ON_CLOSE");

        MeetingHeld held = as(() -> meetings.hold(review.id(), review.version(), noNextReview, minutes(attendance(review), List.of(),
                ReviewOutcome.STEP_DOWN, null, "Jo Bloggs")));

        assertThat(episode(episodeId).isClosed()).as("proposed, not closed: CLOSURE_APPROVED").isFalse();
        assertThat(held.notices()).anyMatch(n -> n.contains("Jo Bloggs (Early help hub) is to be the lead professional"))
                .anyMatch(n -> n.contains("CLOSURE_APPROVED"));
        agreeClosure(episodeId, "RC7");

        Episode episode = episode(episodeId);
        assertThat(episode.isClosed()).isTrue();
        assertThat(episode.closureDate()).isEqualTo(today);
        assertThat(episode.closureReason()).isEqualTo("RC7");
        assertThat(as(() -> scheduling.bookingsOf(episodeId))).filteredOn(b -> b.id() == later.id())
                .singleElement().extracting(BookingView::status).isEqualTo(BookingStatus.CANCELLED);
        assertThat(openDeadlines(episodeId, "REVIEW_INTERVAL")).as("no review is due on a closed case").isEmpty();
        assertThatThrownBy(() -> as(() -> scheduling.book(episodeId, new BookingForm(today.plusDays(1), LocalTime.NOON, 60,
                "Office", false), UUID.randomUUID().toString()))).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("closed");
    }

    @Test
    void aStepDownPlanClosesBeforeItsMinimumOnlyAfterATeamManagerRecordsTheDecision() throws Exception {
        LocalDate cpEnded = today.minusDays(30);
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST,
                child -> Episode.stepDownFromChildProtection(child, cpEnded.minusDays(200), cpEnded, "N1"));
        // The plan starts the day the child protection plan ends, so its two minima end together: MIN_DURATION_AFTER_CP.
        initialHeld(episodeId, cpEnded);
        BookingView review = bookedWithInvitees(episodeId, today);
        MeetingForm closing = readingForm(MeetingKind.REVIEW, today, null);
        MinutesForm closingMinutes = minutes(attendance(review), List.of(), ReviewOutcome.CLOSE, null, "Jo Bloggs");
        StaffMember manager = fixtures.staffInItWorkersTeam(InRole.principal(Role.TEAM_MANAGER), "Terry Manager",
                Role.TEAM_MANAGER);

        assertThatThrownBy(() -> as(() -> meetings.hold(review.id(), review.version(), closing, closingMinutes)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("MIN_DURATION_AFTER_CP")
                .hasMessageContaining("needs a team or practice manager's decision").hasMessageContaining("none is recorded");
        assertThat(episode(episodeId).isClosed()).isFalse();
        assertThat(as(() -> earlyClosures.statusOf(episodeId))).satisfies(s -> {
            assertThat(s.openUntil()).isEqualTo(cpEnded.plusMonths(3));
            assertThat(s.isDecided()).isFalse();
            assertThat(s.mayDecide()).as("a social worker does not decide").isFalse();
        });
        assertThat(inRole.call(Role.TEAM_MANAGER, () -> earlyClosures.statusOf(episodeId)).mayDecide()).isTrue();
        assertThatThrownBy(() -> as(() -> earlyClosures.record(episodeId, new EarlyClosureDecisionForm(today, "Why"))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> earlyClosures.record(episodeId,
                new EarlyClosureDecisionForm(today, " ")))).hasStackTraceContaining("Give the reason the plan may close early");

        EarlyClosureStatus decided = inRole.call(Role.TEAM_MANAGER, () -> earlyClosures.record(episodeId,
                new EarlyClosureDecisionForm(today, "Family engaging well; early help hub in place")));

        assertThat(decided.decidedBy()).isEqualTo(manager.fullName());
        assertThat(decided.reason()).isEqualTo("Family engaging well; early help hub in place");
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.recordType = 'Episode' and a.recordId = :id"
                        + " and a.actor = :tm and a.detail like '%MIN_DURATION_AFTER_CP%'", Long.class)
                .setParameter("id", Long.toString(episodeId)).setParameter("tm", InRole.principal(Role.TEAM_MANAGER))
                .getSingleResult()).isEqualTo(1);
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> earlyClosures.record(episodeId,
                new EarlyClosureDecisionForm(today, "Again")))).hasStackTraceContaining("already recorded");

        MeetingHeld held = as(() -> meetings.hold(review.id(), review.version(), closing, closingMinutes));
        agreeClosure(episodeId, "RC7");

        assertThat(episode(episodeId).isClosed()).isTrue();
        assertThat(held.notices()).noneMatch(n -> n.contains("MIN_DURATION_AFTER_CP"));
        assertThat(as(() -> deadlines.deadlinesOf(episodeId)).deadlines())
                .filteredOn(d -> d.ruleId().equals("MIN_DURATION_AFTER_CP")).singleElement()
                .extracting(DeadlineView::status).hasToString("MET");
    }

    @Test
    void aBerkshireWestPlanClosesWithinThreeMonthsOfItsStartOnlyAfterAManagerRecordsTheDecision() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(30));
        LocalDate started = today.minusDays(21);
        initialHeld(episodeId, started);
        BookingView review = bookedWithInvitees(episodeId, today);
        MeetingForm closing = readingForm(MeetingKind.REVIEW, today, null);
        MinutesForm closingMinutes = minutes(attendance(review), List.of(), ReviewOutcome.CLOSE, null, "Jo Bloggs");
        fixtures.staffInItWorkersTeam(InRole.principal(Role.TEAM_MANAGER), "Terry Manager", Role.TEAM_MANAGER);

        assertThatThrownBy(() -> as(() -> meetings.hold(review.id(), review.version(), closing, closingMinutes)))
                .isInstanceOf(BusinessRuleViolation.class).hasFieldOrPropertyWithValue("rule", "MIN_DURATION_FROM_START")
                .hasMessageContaining("stays open until " + Dates.full(started.plusMonths(3)));
        assertThat(as(() -> earlyClosures.statusOf(episodeId))).satisfies(s -> {
            assertThat(s.rule()).isEqualTo("MIN_DURATION_FROM_START");
            assertThat(s.why()).isEqualTo("This plan started on " + Dates.full(started) + " (plan start (first meeting))");
            assertThat(s.openUntil()).isEqualTo(started.plusMonths(3));
        });

        inRole.call(Role.TEAM_MANAGER, () -> earlyClosures.record(episodeId,
                new EarlyClosureDecisionForm(today, "Needs met; school and early help hub carry on")));
        as(() -> meetings.hold(review.id(), review.version(), closing, closingMinutes));
        agreeClosure(episodeId, "RC7");

        assertThat(episode(episodeId).isClosed()).isTrue();
        assertThat(as(() -> deadlines.deadlinesOf(episodeId)).deadlines())
                .filteredOn(d -> d.ruleId().equals("MIN_DURATION_FROM_START")).singleElement()
                .extracting(DeadlineView::status).hasToString("MET");
    }

    @Test
    void aSuffolkPlanThatDidNotFollowChildProtectionTakesNoEarlyClosureDecision() throws Exception {
        long episodeId = caseIn("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, today.minusDays(30));
        fixtures.staffInItWorkersTeam(InRole.principal(Role.TEAM_MANAGER), "Terry Manager", Role.TEAM_MANAGER);

        assertThat(as(() -> earlyClosures.statusOf(episodeId))).isNull();
        assertThatThrownBy(() -> inRole.call(Role.TEAM_MANAGER, () -> earlyClosures.record(episodeId,
                new EarlyClosureDecisionForm(today, "Why")))).hasStackTraceContaining("did not follow a child protection plan");
    }

    @Test
    void aSuffolkThirdReviewAfterReviewsWithoutProgressOffersAConsultantAsChairWhichBerkshireWestDoesNot() throws Exception {
        long suffolk = caseIn("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, today.minusDays(200));
        initialHeldInSuffolk(suffolk, today.minusDays(190), today.minusDays(120));
        BookingView first = bookedWithInvitees(suffolk, today.minusDays(120));
        MeetingForm firstForm = suffolkForm(MeetingKind.REVIEW, today.minusDays(120), today.minusDays(50));
        assertThatThrownBy(() -> as(() -> meetings.hold(first.id(), first.version(), firstForm, minutes(attendance(first), List.of(),
                ReviewOutcome.CONTINUE, "None", null, null)))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Say whether the plan has progressed since the last meeting");
        heldWithoutProgress(first, firstForm);
        BookingView second = bookedWithInvitees(suffolk, today.minusDays(50));
        assertThat(second.chairPrompt()).as("the second review").isNull();
        heldWithoutProgress(second, suffolkForm(MeetingKind.REVIEW, today.minusDays(50), today.plusDays(20)));

        BookingView third = bookedWithInvitees(suffolk, today.plusDays(20));

        assertThat(third.chairPrompt()).contains("Consultant Social Worker may chair", "CONSULTANT_MAY_CHAIR_3RD");
        assertThat(as(() -> scheduling.bookingsOf(suffolk))).filteredOn(b -> b.id() == third.id()).singleElement()
                .extracting(BookingView::chairPrompt).isEqualTo(third.chairPrompt());

        long reading = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(110));
        initialHeld(reading, today.minusDays(100));
        BookingView readingFirst = bookedWithInvitees(reading, today.minusDays(65));
        heldWithoutProgress(readingFirst, readingForm(MeetingKind.REVIEW, today.minusDays(65), today.minusDays(30)));
        BookingView readingSecond = bookedWithInvitees(reading, today.minusDays(30));
        heldWithoutProgress(readingSecond, readingForm(MeetingKind.REVIEW, today.minusDays(30), today.plusDays(5)));
        assertThat(bookedWithInvitees(reading, today.plusDays(5)).chairPrompt()).as("Berkshire West").isNull();
    }

    @Test
    void continuingAtAReviewNotesThePlanAmendmentsAndSetsTheNextReviewDeadline() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(30));
        initialHeld(episodeId, today.minusDays(21));
        BookingView review = bookedWithInvitees(episodeId, today);
        MeetingForm form = readingForm(MeetingKind.REVIEW, today, today.plusWeeks(5));

        assertThatThrownBy(() -> as(() -> meetings.hold(review.id(), review.version(), form, minutes(attendance(review), List.of(),
                ReviewOutcome.CONTINUE, " ", null)))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("Note the amendments to the plan");
        MeetingHeld held = as(() -> meetings.hold(review.id(), review.version(), form, minutes(attendance(review), List.of(),
                ReviewOutcome.CONTINUE, "Weekly school attendance check added", null)));

        assertThat(episode(episodeId).isClosed()).isFalse();
        assertThat(em.find(Meeting.class, held.meetingId()).planAmendments()).isEqualTo("Weekly school attendance check added");
        assertThat(as(() -> deadlines.deadlinesOf(episodeId)).deadlines())
                .anyMatch(d -> d.ruleId().equals("REVIEW_INTERVAL") && d.isOpen() && !d.dueDate().isBefore(today));
    }

    @Test
    void anUpdatedAssessmentStartsAnAssessmentWhoseDeadlineApplies() throws Exception {
        long episodeId = caseIn("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, today.minusDays(80));
        LocalDate initial = today.minusWeeks(10);
        initialHeldInSuffolk(episodeId, initial, today);
        BookingView review = bookedWithInvitees(episodeId, today);
        MeetingForm form = suffolkForm(MeetingKind.REVIEW, today, today.plusWeeks(10));

        MeetingHeld held = as(() -> meetings.hold(review.id(), review.version(), form, minutes(attendance(review), List.of(),
                ReviewOutcome.UPDATED_ASSESSMENT, null, null)));

        assertThat(held.notices()).anyMatch(n -> n.contains("updated assessment started"));
        List<Assessment> assessments = em.createQuery("select a from Assessment a where a.episode.id = :e", Assessment.class)
                .setParameter("e", episodeId).getResultList();
        assertThat(assessments).singleElement().extracting(Assessment::startedOn).isEqualTo(today);
        assertThat(openDeadlines(episodeId, "ASSESSMENT_DUE")).singleElement().extracting(DeadlineView::dueDate).isEqualTo(catalog.calendar().plusWorkingDays(today, 45).date());
        assertThat(episode(episodeId).isClosed()).isFalse();
    }

    @Test
    void aStepUpLeavesThePlanOpenUntilTheChildProtectionPlanStartsWhichEndsIt() throws Exception {
        long episodeId = caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, today.minusDays(30));
        initialHeld(episodeId, today.minusDays(21));
        BookingView review = bookedWithInvitees(episodeId, today);

        MeetingHeld held = as(() -> meetings.hold(review.id(), review.version(), readingForm(MeetingKind.REVIEW, today, today.plusWeeks(4)),
                minutes(attendance(review), List.of(), ReviewOutcome.STEP_UP, null, null)));

        assertThat(held.notices()).anyMatch(n -> n.contains("record its start date"));
        assertThat(episode(episodeId).isClosed()).isFalse();
        assertThat(as(() -> meetings.awaitsChildProtectionPlan(episodeId))).isTrue();
        assertThatThrownBy(() -> as(() -> {
            meetings.childProtectionPlanStarted(episodeId, today.plusDays(1));
            return null;
        })).hasStackTraceContaining("cannot be in the future");

        as(() -> {
            meetings.childProtectionPlanStarted(episodeId, today);
            return null;
        });

        Episode episode = episode(episodeId);
        assertThat(episode.isClosed()).isTrue();
        assertThat(episode.childProtectionPlanStartDate()).isEqualTo(today);
        assertThat(episode.closureReason()).isNull();
        assertThat(as(() -> meetings.awaitsChildProtectionPlan(episodeId))).isFalse();
        assertThat(openDeadlines(episodeId, "REVIEW_INTERVAL")).as("the CIN plan's reviews stop").isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private <T> T as(java.util.function.Supplier<T> call) {
        return asSocialWorker.call(call);
    }

    private static MeetingForm suffolkForm(MeetingKind kind, LocalDate held, LocalDate next) {
        return meetingForm(kind, held, next, null, "Nadia Hussain");
    }

    private BookingView bookedWithInvitees(long episodeId, LocalDate on) {
        BookingView booking = as(() -> scheduling.book(episodeId, new BookingForm(on, LocalTime.of(16, 0), 60, "Family home",
                true), UUID.randomUUID().toString()));
        BookingView mother = as(() -> scheduling.invite(booking.id(), booking.version(), new InviteeForm("Kim Test", "Mother")));
        return as(() -> scheduling.invite(booking.id(), mother.version(), new InviteeForm("Mrs Lowe", "School")));
    }

    /** Books and holds the initial meeting of a Reading case on {@code on}; returns the meeting's id. */
    private long initialHeld(long episodeId, LocalDate on) {
        BookingView booking = bookedWithInvitees(episodeId, on);
        return as(() -> meetings.hold(booking.id(), booking.version(), readingForm(MeetingKind.INITIAL, on, on.plusWeeks(3)),
                minutes(attendance(booking), List.of(), ReviewOutcome.CONTINUE, null, null))).meetingId();
    }

    private void heldWithoutProgress(BookingView booking, MeetingForm form) {
        as(() -> meetings.hold(booking.id(), booking.version(), form, minutes(attendance(booking), List.of(), ReviewOutcome.CONTINUE,
                "None", null, false)));
    }

    private void initialHeldInSuffolk(long episodeId, LocalDate on, LocalDate nextReview) {
        BookingView booking = bookedWithInvitees(episodeId, on);
        as(() -> meetings.hold(booking.id(), booking.version(), suffolkForm(MeetingKind.INITIAL, on, nextReview),
                minutes(attendance(booking), List.of(), ReviewOutcome.CONTINUE, null, null)));
    }

    private List<DeadlineView> openDeadlines(long episodeId, String ruleId) {
        return as(() -> deadlines.deadlinesOf(episodeId)).deadlines().stream()
                .filter(d -> d.ruleId().equals(ruleId) && d.isOpen()).toList();
    }

    /** The case as stored now (outside a transaction, each find reads the database). */
    private Episode episode(long episodeId) {
        return em.find(Episode.class, episodeId);
    }

    /** A case with no meeting yet, in a new family of the council allocated to the in-container worker; a 9-year-old. */
    private long caseIn(String code, String name, PolicyFamily policyFamily, LocalDate decision) throws Exception {
        return caseIn(code, name, policyFamily,
                child -> Episode.open(child, EpisodeType.STANDARD, decision.minusDays(10), decision, "N1", false));
    }

    private long caseIn(String code, String name, PolicyFamily policyFamily, Function<Child, Episode> opening)
            throws Exception {
        return fixtures.caseIn(code, name, policyFamily, "Meetings-", family -> new Child(family, "IT" + CaseFixtures.suffix(),
                "Meeting", "Journey", today.minusYears(9), Sex.F, "WBRI", false), opening);
    }
}
