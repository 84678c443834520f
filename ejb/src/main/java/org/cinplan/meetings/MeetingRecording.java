package org.cinplan.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.cinplan.casework.CaseClosed;
import org.cinplan.casework.ClosureProposal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.Assessment;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.CaseChanged;
import org.cinplan.drafts.DraftForm;
import org.cinplan.drafts.FormSaved;
import org.cinplan.casework.Episode;
import org.cinplan.casework.EarlyClosureDecisions;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.ReviewWindow;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.schedule.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recording a CIN meeting that was held: the initial meeting first, reviews after it. The minutes' dates are checked
 * against the council's profile in force on the day of the meeting (next review within the review timescale unless a
 * rationale is recorded; plan update date within 6 weeks in Berkshire West), and the people rules of RULES.md
 * (CHAIR_NOT_MINUTE_TAKER, CHAIR_NOT_FSP, CHILD_VIEWS, EQUALITY_DIVERSITY) are enforced; a plan closes before its
 * minimum duration (MIN_DURATION_AFTER_CP after child protection, MIN_DURATION_FROM_START in Berkshire West) only with a
 * manager's decision recorded. The case's deadlines and alerts are recomputed as soon as it is saved.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE})
public class MeetingRecording {

    private static final Set<Role> NEVER_CHAIR = EnumSet.of(Role.FAMILY_SUPPORT_PRACTITIONER, Role.ADMINISTRATOR, Role.AUDITOR);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Event<CaseChanged> caseChanged;

    @Inject
    private Event<FormSaved> formSaved;

    @Inject
    private Event<MeetingInvitation> invitations;

    @Inject
    private Event<MinutesDistribution> minutesDistribution;

    /**
     * Saves the meeting; the case's alerts are recomputed once the save has committed ({@link CaseChanged}). Returns the
     * meeting's id.
     */
    public long record(@NotNull(message = "Choose a case") Long episodeId,
                       @NotNull(message = "Enter the meeting") @Valid MeetingForm form) {
        Episode episode = episode(episodeId);
        StaffMember me = editor(episode, "record a CIN meeting");
        Meeting meeting = newMeeting(episode, me, form, null);
        em.persist(meeting);
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        MeetingScheduling.flush(em);
        auditHeld(me, meeting, "");
        formSaved.fire(new FormSaved(DraftForm.MINUTES, episodeId, me.username()));
        caseChanged.fire(new CaseChanged(episodeId));
        return meeting.id();
    }

    /**
     * A held booked meeting with its full minutes: attendance of each invitee, the written sections, exclusions, a
     * difference of opinion, and the outcome, which then drives the case (see {@link ReviewOutcome}). The case's
     * deadlines and alerts are recomputed once it is saved.
     */
    public MeetingHeld hold(@NotNull(message = "Choose the booked meeting") Long bookingId,
                            @NotNull(message = "Reload the page") Integer bookingVersion,
                            @NotNull(message = "Enter the meeting") @Valid MeetingForm form,
                            @NotNull(message = "Enter the minutes") @Valid MinutesForm minutes) {
        MeetingBooking booking = em.find(MeetingBooking.class, bookingId);
        if (booking == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no booked meeting with the id " + bookingId);
        }
        Episode episode = booking.episode();
        StaffMember me = editor(episode, "record a CIN meeting");
        MeetingScheduling.requireUnchanged(em, booking, bookingVersion);
        Meeting meeting = newMeeting(episode, me, form, minutes.getOutcome());
        List<String> notices = new ArrayList<>();
        meeting.recordMinutes(new MinutesSections(form.getKind(), minutes.getReasonForMeeting(), minutes.getUpdatesSinceLast(),
                minutes.getPlanProgress(), minutes.getNeeds(), minutes.getOutcomesAndTimescales(), minutes.getActions(),
                minutes.getContingency(), minutes.getSummary()), minutes.getChildViews());
        meeting.recordPlanProgress(minutes.getPlanProgressed());
        meeting.recordDifferenceOfOpinion(minutes.getDisagreement(), minutes.getDisagreementAction());
        for (ExclusionForm exclusion : minutes.getRecordedExclusions()) {
            meeting.recordExclusion(new Exclusion(exclusion.getPersonName(), exclusion.getScope(), exclusion.getReason(),
                    councilStaff(episode, exclusion.getEndorsedByStaffId(), "the manager who endorsed the exclusion"),
                    exclusion.getPersonViews()));
        }
        meeting.recordOutcome(minutes.getOutcome(), minutes.getPlanAmendments(), minutes.getLeadProfessionalName(),
                minutes.getLeadProfessionalAgency(), minutes.isUniversalServicesOnly());
        em.persist(meeting);
        notices.addAll(booking.held(meeting, minutes.getAttendance().stream().collect(Collectors.toMap(
                InviteeAttendance::getInviteeId, a -> a, (first, second) -> second))));
        notices.addAll(applyOutcome(episode, meeting, me));
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        MeetingScheduling.flush(em);
        auditHeld(me, meeting, ", outcome: " + meeting.outcome().label().toLowerCase(Locale.UK));
        formSaved.fire(new FormSaved(DraftForm.MINUTES, episode.id(), me.username()));
        caseChanged.fire(new CaseChanged(episode.id()));
        return new MeetingHeld(meeting.id(), List.copyOf(notices));
    }

    /** The outcome's effect on the case; what it did, for the worker. */
    private List<String> applyOutcome(Episode episode, Meeting meeting, StaffMember me) {
        LocalDate heldOn = meeting.heldOn();
        switch (meeting.outcome()) {
            case CLOSE, STEP_DOWN -> {
                requireNothingRecordedAfter(episode, heldOn, "close the case on " + Dates.full(heldOn));
                EarlyClosureDecisions.minimumDuration(em, catalog, episode, heldOn).filter(rule -> !rule.allowsClosureOn(heldOn))
                        .ifPresent(rule -> {
                            throw new BusinessRuleViolation(rule.rule().name(), rule.refusal(heldOn));
                        });
                em.persist(ClosureProposal.propose(episode, meeting.id(), meeting.outcome() == ReviewOutcome.STEP_DOWN,
                        heldOn, me.username()));
                return List.of("The review proposes to " + (meeting.outcome() == ReviewOutcome.STEP_DOWN
                        ? "step the case down" : "close the case") + ": it closes when a manager of the team agrees"
                        + " (CLOSURE_APPROVED), on their list of decisions to make. " + (meeting.universalServicesOnly()
                        ? meeting.leadProfessionalInWords() : meeting.leadProfessionalInWords()
                        + " is to be the lead professional") + ".");
            }
            case UPDATED_ASSESSMENT -> {
                List<Assessment> open = em.createQuery("select a from Assessment a where a.episode = :e"
                        + " and a.completedOn is null", Assessment.class).setParameter("e", episode).getResultList();
                if (!open.isEmpty()) {
                    // The open assessment is the update the review asks for: it goes on, and no second one starts.
                    return List.of("The assessment started on " + Dates.full(open.get(0).startedOn()) + " is still open:"
                            + " it is the updated assessment; complete it on the case's assessments page.");
                }
                em.persist(new Assessment(episode, heldOn));
                return List.of("An updated assessment started on " + Dates.full(heldOn)
                        + ": its deadline is among the case's deadlines.");
            }
            case STEP_UP -> {
                return List.of("Step-up to child protection recorded. When a child protection plan starts, record its"
                        + " start date on this case: the CIN plan ends that day.");
            }
            default -> {
                return List.of();
            }
        }
    }

    /**
     * A child protection plan started: the CIN plan ends that day (DfE 4001), so its deadlines stop, and meetings still
     * booked on it are cancelled. Deadlines and alerts are recomputed at once.
     */
    public void childProtectionPlanStarted(@NotNull(message = "Choose a case") Long episodeId,
                                           @NotNull(message = "Enter the date the child protection plan started")
                                           @PastOrPresent(message = "The child protection plan start date cannot be in the future")
                                           LocalDate startedOn) {
        Episode episode = episode(episodeId);
        StaffMember me = editor(episode, "end a CIN plan for a child protection plan");
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED,
                    "The case closed on " + Dates.full(episode.closureDate())
                    + ": its CIN plan has already ended");
        }
        requireNothingRecordedAfter(episode, startedOn, "end the CIN plan on " + Dates.full(startedOn));
        episode.endForChildProtectionPlan(startedOn, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        cancelOtherBookings(episode, me);
        MeetingScheduling.flush(em);
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episodeId.toString(), episode.child().id(),
                "A child protection plan started on " + startedOn + ": the CIN plan ended", AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episodeId));
    }

    /** Records when the minutes of a held meeting were sent, and to whom; deadlines and alerts are recomputed at once. */
    public HeldMeetingView distribute(@NotNull(message = "Choose the meeting") Long meetingId,
                                      @NotNull(message = "Enter the distribution") @Valid DistributionForm form) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no meeting with the id " + meetingId);
        }
        StaffMember me = editor(meeting.episode(), "record the distribution of minutes");
        meeting.recordMinutesDistributed(form.sentOn(), form.recipients());
        meeting.episode().markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        MeetingScheduling.flush(em);
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Meeting", meetingId.toString(),
                meeting.episode().child().id(), "Minutes sent on " + form.sentOn() + " to "
                        + String.join(", ", meeting.minutesRecipients()), AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(meeting.episode().id()));
        return HeldMeetingView.of(em, meeting);
    }

    /**
     * Emails the minutes of a held meeting to its distribution list, the people invited with an email address; once
     * the mail server has accepted every one, the distribution is recorded (MINUTES_DISTRIBUTED). Returns who they go
     * to.
     */
    public List<String> emailMinutes(@NotNull(message = "Choose the meeting") Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no meeting with the id " + meetingId);
        }
        StaffMember me = editor(meeting.episode(), "email the minutes of a meeting");
        if (meeting.minutesDistributedOn() != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The distribution of these minutes was already"
                    + " recorded, on " + Dates.full(meeting.minutesDistributedOn()));
        }
        MeetingBooking booking = HeldMeetingView.bookingOf(em, meeting);
        List<MeetingInvitee> recipients = booking == null ? List.of()
                : booking.invitees().stream().filter(i -> i.email() != null).toList();
        if (recipients.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "No one invited to this meeting has an email address:"
                    + " record the distribution of the minutes by hand instead");
        }
        List<String> named = recipients.stream().map(i -> i.name() + " <" + i.email() + ">").toList();
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Meeting", meetingId.toString(),
                meeting.episode().child().id(), "Asked for the minutes to be emailed to " + String.join(", ", named),
                AuditOutcome.SUCCESS);
        minutesDistribution.fire(new MinutesDistribution(meetingId, meeting.episode().id(), meeting.kind().label(),
                meeting.heldOn(), recipients.stream().map(i -> new MeetingInvitation.Invitee(i.name(), i.email()))
                .toList()));
        return named;
    }

    /** The meetings held on a case, latest first. */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE, Role.AUDITOR_ROLE})
    public List<HeldMeetingView> heldMeetings(long episodeId) {
        Episode episode = episode(episodeId);
        List<Meeting> held = new ArrayList<>(meetingsOf(episode));
        java.util.Collections.reverse(held);
        List<HeldMeetingView> views = held.stream().map(m -> HeldMeetingView.of(em, m)).toList();
        // Last, once everything is read: the entry holds the audit trail's one lock until this transaction ends.
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.VIEW_RECORD, "Episode",
                Long.toString(episodeId), episode.child().id(), "Viewed the case's meetings", AuditOutcome.SUCCESS);
        return views;
    }

    /** Whether the case is open and its latest meeting decided to step up to child protection. */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE, Role.AUDITOR_ROLE})
    public boolean awaitsChildProtectionPlan(long episodeId) {
        Episode episode = episode(episodeId);
        List<Meeting> held = meetingsOf(episode);
        return !episode.isClosed() && !held.isEmpty() && held.get(held.size() - 1).outcome() == ReviewOutcome.STEP_UP;
    }

    /** The managers of the case's council who may endorse an exclusion (a team manager or practice manager). */
    public List<ChairChoice> possibleEndorsers(long episodeId) {
        return councilStaff(episode(episodeId)).stream()
                .filter(s -> s.hasRole(Role.TEAM_MANAGER) || s.hasRole(Role.PRACTICE_MANAGER))
                .map(MeetingRecording::choice).toList();
    }

    private StaffMember editor(Episode episode, String attempted) {
        return MeetingScheduling.editor(em, context, auditTrail, episode, attempted);
    }

    private void auditHeld(StaffMember me, Meeting meeting, String more) {
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Meeting", meeting.id().toString(),
                meeting.episode().child().id(), "Recorded the " + meeting.kind().label().toLowerCase(Locale.UK) + " held on "
                        + meeting.heldOn() + ", chaired by " + meeting.chairName() + ", next review " + meeting.nextReviewDate()
                        + (meeting.outsideWindowRationale() == null ? "" : ", with a rationale for the timescale") + more,
                AuditOutcome.SUCCESS);
    }

    /** DfE 8565: no activity on a case after it ends. */
    private void requireNothingRecordedAfter(Episode episode, LocalDate end, String attempted) {
        List<LocalDate> visits = em.createQuery("select v.visitDate from Visit v where v.episode = :e and v.visitDate > :end"
                + " order by v.visitDate desc", LocalDate.class).setParameter("e", episode).setParameter("end", end)
                .getResultList();
        List<LocalDate> meetings = em.createQuery("select m.heldOn from Meeting m where m.episode = :e and m.heldOn > :end"
                + " order by m.heldOn desc", LocalDate.class).setParameter("e", episode).setParameter("end", end)
                .getResultList();
        if (!visits.isEmpty() || !meetings.isEmpty()) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "Cannot " + attempted + ": " + (visits.isEmpty()
                    ? "a meeting held on " + Dates.full(meetings.get(0))
                    : "a visit on " + Dates.full(visits.get(0))) + " is recorded after it");
        }
    }

    /**
     * Once a manager's agreement has closed the case (CLOSURE_APPROVED), the meetings still booked on it are
     * cancelled, their invitees told, in a transaction of their own.
     */
    @PermitAll
    public void cancelBookingsOnClosure(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed closed) {
        Episode episode = em.find(Episode.class, closed.episodeId());
        if (episode != null) {
            cancelOtherBookings(episode, closed.by());
        }
    }

    private List<String> cancelOtherBookings(Episode episode, StaffMember me) {
        return cancelOtherBookings(episode, me.username());
    }

    private List<String> cancelOtherBookings(Episode episode, String by) {
        List<MeetingBooking> booked = em.createQuery("select b from MeetingBooking b where b.episode = :e and b.status = :booked",
                MeetingBooking.class).setParameter("e", episode).setParameter("booked", BookingStatus.BOOKED).getResultList();
        List<String> notices = new ArrayList<>();
        for (MeetingBooking b : booked) {
            b.cancel();
            invitations.fire(MeetingInvitation.of(b, b.invitees(), MeetingInvitation.Change.CANCELLED));
            auditTrail.record(by, AuditAction.CHANGE_RECORD, "MeetingBooking", b.id().toString(),
                    episode.child().id(), "Cancelled: the CIN plan ended", AuditOutcome.SUCCESS);
            notices.add("The meeting booked for " + Dates.full(b.startsAt().toLocalDate()) + " was cancelled.");
        }
        return notices;
    }


    /** A staff member of the case's council, chosen on a form. */
    private StaffMember councilStaff(Episode episode, Long staffId, String who) {
        StaffMember staff = staffId == null ? null : em.find(StaffMember.class, staffId);
        if (staff == null || staff.team() == null
                || !staff.team().council().id().equals(episode.child().family().council().id())) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Choose " + who + " from " + episode.child().family().council().name() + "'s staff");
        }
        return staff;
    }

    private List<StaffMember> councilStaff(Episode episode) {
        // Their roles in the same query: read one by one they were a query per member of staff, twice a case page.
        return em.createQuery("select distinct s from StaffMember s left join fetch s.roles"
                                + " where s.team.council.id = :council and s.enabled = true", StaffMember.class)
                .setParameter("council", episode.child().family().council().id()).getResultList().stream()
                .sorted(Comparator.comparing(StaffMember::fullName)).toList();
    }

    private static ChairChoice choice(StaffMember s) {
        return new ChairChoice(s.id(), s.fullName(), s.roles().stream().map(Role::label).sorted()
                .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /**
     * The meeting the form describes, checked against the case and the council's profile, not yet saved. The next
     * review is required unless the outcome ends the plan ({@code outcome} is null when none is recorded).
     */
    private Meeting newMeeting(Episode episode, StaffMember me, MeetingForm form, ReviewOutcome outcome) {
        boolean endsThePlan = outcome != null && outcome.endsThePlan();
        requirePossibleDates(episode, form, endsThePlan);
        List<Meeting> earlier = meetingsOf(episode);
        requireNextInOrder(form, earlier);
        requireWithinTimescales(episode, form, earlier, endsThePlan);
        return meetingAsRecorded(episode, me, form);
    }

    /** The next review date is set unless the plan ends; no date is in the future or after the case closed. */
    private void requirePossibleDates(Episode episode, MeetingForm form, boolean endsThePlan) {
        if (form.getNextReviewDate() == null && !endsThePlan) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the next review set in the minutes");
        }
        if (form.getNextReviewDate() != null && endsThePlan) {
            throw new BusinessRuleViolation(Validity.CONSISTENT,
                    "The case closes at this meeting: leave the next review date empty");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getHeldOn().isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The meeting date cannot be in the future");
        }
        if (form.getMinutesDistributedOn() != null && form.getMinutesDistributedOn().isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE,
                    "The date the minutes were distributed cannot be in the future");
        }
        if (episode.isClosed() && form.getHeldOn().isAfter(episode.closureDate())) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED,
                    "The case closed on " + Dates.full(episode.closureDate())
                    + ": no meeting can follow it");
        }
    }

    /** The first meeting is the initial one, later ones reviews, each held after the one before. */
    private void requireNextInOrder(MeetingForm form, List<Meeting> earlier) {
        MeetingKind expected = earlier.isEmpty() ? MeetingKind.INITIAL : MeetingKind.REVIEW;
        if (form.getKind() != expected) {
            throw new BusinessRuleViolation("INITIAL_MEETING", earlier.isEmpty()
                    ? "No meeting has been recorded on this case yet: the first must be the initial CIN meeting"
                    : "The initial CIN meeting was held on " + Dates.full(earlier.get(0).heldOn())
                    + ": later meetings are reviews");
        }
        Meeting previous = lastOf(earlier);
        if (previous != null && !form.getHeldOn().isAfter(previous.heldOn())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The last meeting recorded was held on " + Dates.full(previous.heldOn())
                    + ": record meetings in order, each after the one before");
        }
    }

    /**
     * The council's timescales, as the deadline engine reads them: the plan update date (PLAN_UPDATE_DATE), this
     * review against the window the meeting before it set, and the next review set in the minutes (REVIEW_INTERVAL);
     * a recorded rationale lets a review fall outside its window.
     */
    private void requireWithinTimescales(Episode episode, MeetingForm form, List<Meeting> earlier, boolean endsThePlan) {
        Meeting previous = lastOf(earlier);
        CouncilCode council = CouncilCode.valueOf(episode.child().family().council().code());
        DeadlineEngine engine = new DeadlineEngine(catalog.calendar());
        PolicyProfile profile = catalog.profiles(council).effectiveOn(form.getHeldOn());
        LocalDate planStart = earlier.isEmpty() ? form.getHeldOn() : earlier.get(0).heldOn();
        LocalDate exceptionalOn = episode.exceptionalCircumstance() == null ? null
                : episode.exceptionalCircumstanceRecordedOn();
        boolean rationaleGiven = form.getOutsideWindowRationale() != null && !form.getOutsideWindowRationale().isBlank();

        Optional<LocalDate> latestPlanUpdate = engine.latestPlanUpdate(profile, form.getHeldOn());
        if (latestPlanUpdate.isPresent() && !endsThePlan) {
            if (form.getPlanUpdateDate() == null) {
                throw new BusinessRuleViolation(Validity.REQUIRED,
                        "Enter the date the minutes set to update the plan: in " + profile.councilName()
                        + " it must be no later than " + Dates.full(latestPlanUpdate.get()) + " (PLAN_UPDATE_DATE)");
            }
            if (form.getPlanUpdateDate().isAfter(latestPlanUpdate.get())) {
                throw new BusinessRuleViolation("PLAN_UPDATE_DATE",
                        "The plan update date " + Dates.full(form.getPlanUpdateDate())
                        + " is too late: in " + profile.councilName() + " the plan must be updated within 6 weeks of the"
                        + " meeting, by " + Dates.full(latestPlanUpdate.get()) + " (PLAN_UPDATE_DATE)");
            }
        }

        // This review itself, against the window set by the meeting before it (a window only: Suffolk 4.6).
        if (previous != null && !rationaleGiven) {
            PolicyProfile previousProfile = catalog.profiles(council).effectiveOn(previous.heldOn());
            Optional<ReviewWindow> window = engine.reviewWindow(previousProfile, episode.type(), earlier.size() == 1,
                    previous.heldOn(), planStart, exceptionalOn);
            if (window.isPresent() && window.get().earliest() != null && !window.get().allows(form.getHeldOn())
                    && !significantChangeBetween(episode, previous.heldOn(), form.getHeldOn())) {
                throw new BusinessRuleViolation("REVIEW_INTERVAL",
                        "This review (" + Dates.full(form.getHeldOn()) + ") was held outside "
                        + profile.councilName() + "'s review window after the meeting of " + Dates.full(previous.heldOn())
                        + ": it was due " + window.get().allowedDates() + " (" + window.get().policySource() + ")."
                        + " Record the rationale for holding it outside the timescale.");
            }
        }
        // The next review set in the minutes.
        Optional<ReviewWindow> next = engine.reviewWindow(profile, episode.type(), earlier.isEmpty(), form.getHeldOn(),
                planStart, exceptionalOn);
        if (form.getNextReviewDate() != null && next.isPresent() && !next.get().allows(form.getNextReviewDate()) && !rationaleGiven) {
            throw new BusinessRuleViolation("REVIEW_INTERVAL", next.get().refusal(form.getNextReviewDate()));
        }
    }

    private static Meeting lastOf(List<Meeting> earlier) {
        return earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    }

    /** The meeting with what the form records: its dates, chair and minute-taker, the child's part and the agenda. */
    private Meeting meetingAsRecorded(Episode episode, StaffMember me, MeetingForm form) {
        StaffMember chair = form.getChairStaffId() == null ? null : councilStaff(episode, form.getChairStaffId(), "a chair");
        Meeting meeting = new Meeting(episode, form.getKind(), form.getHeldOn());
        meeting.setDatesInMinutes(form.getNextReviewDate(), form.getPlanUpdateDate());
        if (form.getMinutesDistributedOn() != null) {
            meeting.recordMinutesDistributed(form.getMinutesDistributedOn());
        }
        meeting.recordChairAndMinuteTaker(chair, form.getChairName(), form.getMinuteTakerName());
        meeting.recordChildAndAgenda(form.isChildAttended(), form.getChildViewsForm(), form.getChildAbsenceReason(),
                form.isEqualityDiversityConsidered());
        meeting.recordOutsideWindowRationale(form.getOutsideWindowRationale());
        meeting.recordedBy(me.username());
        return meeting;
    }

    /** The kind the next meeting recorded on this case must be: initial first, then reviews. */
    public MeetingKind nextKind(long episodeId) {
        episode(episodeId);
        long held = em.createQuery("select count(m) from Meeting m where m.episode.id = :e", Long.class)
                .setParameter("e", episodeId).getSingleResult();
        return held == 0 ? MeetingKind.INITIAL : MeetingKind.REVIEW;
    }

    /**
     * "Between 12 Mar 2027 and 9 Apr 2027 (Suffolk procedure 4.1, 4.4, 4.6)": when the next review may be set after a
     * meeting on this case held on {@code heldOn}; null when the council sets no review timescale.
     */
    public String nextReviewHint(long episodeId, LocalDate heldOn) {
        Episode episode = episode(episodeId);
        List<Meeting> earlier = meetingsOf(episode).stream().filter(m -> m.heldOn().isBefore(heldOn)).toList();
        CouncilCode council = CouncilCode.valueOf(episode.child().family().council().code());
        return new DeadlineEngine(catalog.calendar()).reviewWindow(catalog.profiles(council).effectiveOn(heldOn), episode.type(),
                        earlier.isEmpty(), heldOn, earlier.isEmpty() ? heldOn : earlier.get(0).heldOn(),
                        episode.exceptionalCircumstance() == null ? null : episode.exceptionalCircumstanceRecordedOn())
                .map(w -> "The next review should be " + w.allowedDates() + " (" + w.councilName() + "; " + w.policySource() + ").")
                .orElse(null);
    }

    /** The staff of the case's council who may chair its meetings (never a Family Support Practitioner). */
    public List<ChairChoice> possibleChairs(long episodeId) {
        return councilStaff(episode(episodeId)).stream()
                .filter(s -> s.roles().stream().noneMatch(NEVER_CHAIR::contains))
                .map(MeetingRecording::choice).toList();
    }

    /** The case, if the caller may read it (see {@link CaseAccess}). */
    private Episode episode(Long episodeId) {
        return CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, "read a case's meetings");
    }

    private List<Meeting> meetingsOf(Episode episode) {
        return em.createQuery("select m from Meeting m where m.episode = :e order by m.heldOn", Meeting.class)
                .setParameter("e", episode).getResultList();
    }

    private boolean significantChangeBetween(Episode episode, LocalDate after, LocalDate onOrBefore) {
        return em.createQuery("select count(s) from SignificantChange s where s.episode = :e and s.occurredOn > :after"
                        + " and s.occurredOn <= :until", Long.class)
                .setParameter("e", episode).setParameter("after", after).setParameter("until", onOrBefore)
                .getSingleResult() > 0;
    }
}
