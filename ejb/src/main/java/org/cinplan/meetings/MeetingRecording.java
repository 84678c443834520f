package org.cinplan.meetings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cinplan.admin.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.alerts.SweepService;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Episode;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.WorkingDayCalendar;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recording a CIN meeting that was held: the initial meeting first, reviews after it. The minutes' dates are checked
 * against the council's profile in force on the day of the meeting (next review within the review timescale unless a
 * rationale is recorded; plan update date within 6 weeks in Berkshire West), and the people rules of RULES.md
 * (CHAIR_NOT_MINUTE_TAKER, CHAIR_NOT_FSP, CHILD_VIEWS, EQUALITY_DIVERSITY) are enforced. The case's deadlines and
 * alerts are recomputed as soon as it is saved.
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

    @EJB
    private MeetingRecording self;

    @EJB
    private SweepService sweeps;

    /** Saves the meeting, then recomputes the case's alerts (after the save has committed); returns the meeting's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long record(@NotNull(message = "Choose a case") Long episodeId,
                       @NotNull(message = "Enter the meeting") @Valid MeetingForm form) {
        long meetingId = self.save(episodeId, form);
        sweeps.caseChanged(episodeId);
        return meetingId;
    }

    /** The saving half of {@link #record}; call that instead. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long save(Long episodeId, MeetingForm form) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.editableEpisode(episodeId, "record a CIN meeting");
        StaffMember me = access.me();
        LocalDate today = LocalDate.now(clock);
        if (form.heldOn().isAfter(today)) {
            throw new BusinessRuleViolation("The meeting date cannot be in the future");
        }
        if (form.minutesDistributedOn() != null && form.minutesDistributedOn().isAfter(today)) {
            throw new BusinessRuleViolation("The date the minutes were distributed cannot be in the future");
        }
        if (episode.isClosed() && form.heldOn().isAfter(episode.closureDate())) {
            throw new BusinessRuleViolation("The case closed on " + ReviewWindow.full(episode.closureDate())
                    + ": no meeting can follow it");
        }
        List<Meeting> earlier = meetingsOf(episode);
        MeetingKind expected = earlier.isEmpty() ? MeetingKind.INITIAL : MeetingKind.REVIEW;
        if (form.kind() != expected) {
            throw new BusinessRuleViolation(earlier.isEmpty()
                    ? "No meeting has been recorded on this case yet: the first must be the initial CIN meeting"
                    : "The initial CIN meeting was held on " + ReviewWindow.full(earlier.get(0).heldOn())
                    + ": later meetings are reviews");
        }
        Meeting previous = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (previous != null && !form.heldOn().isAfter(previous.heldOn())) {
            throw new BusinessRuleViolation("The last meeting recorded was held on " + ReviewWindow.full(previous.heldOn())
                    + ": record meetings in order, each after the one before");
        }

        CouncilCode council = CouncilCode.valueOf(episode.child().family().council().code());
        WorkingDayCalendar calendar = catalog.calendar();
        PolicyProfile profile = catalog.profiles(council).effectiveOn(form.heldOn());
        LocalDate planStart = earlier.isEmpty() ? form.heldOn() : earlier.get(0).heldOn();
        LocalDate exceptionalOn = episode.exceptionalCircumstance() == null ? null
                : episode.exceptionalCircumstanceRecordedOn();
        boolean rationaleGiven = form.outsideWindowRationale() != null && !form.outsideWindowRationale().isBlank();

        Optional<LocalDate> latestPlanUpdate = ReviewWindow.latestPlanUpdate(profile, calendar, form.heldOn());
        if (latestPlanUpdate.isPresent()) {
            if (form.planUpdateDate() == null) {
                throw new BusinessRuleViolation("Enter the date the minutes set to update the plan: in " + profile.councilName()
                        + " it must be no later than " + ReviewWindow.full(latestPlanUpdate.get()) + " (PLAN_UPDATE_DATE)");
            }
            if (form.planUpdateDate().isAfter(latestPlanUpdate.get())) {
                throw new BusinessRuleViolation("The plan update date " + ReviewWindow.full(form.planUpdateDate())
                        + " is too late: in " + profile.councilName() + " the plan must be updated within 6 weeks of the"
                        + " meeting, by " + ReviewWindow.full(latestPlanUpdate.get()) + " (PLAN_UPDATE_DATE)");
            }
        }

        // This review itself, against the window set by the meeting before it (a window only: Suffolk 4.6).
        if (previous != null && !rationaleGiven) {
            PolicyProfile previousProfile = catalog.profiles(council).effectiveOn(previous.heldOn());
            Optional<ReviewWindow> window = ReviewWindow.after(previousProfile, calendar, episode.type(), earlier.size() == 1,
                    previous.heldOn(), planStart, exceptionalOn);
            if (window.isPresent() && window.get().earliest() != null && !window.get().allows(form.heldOn())
                    && !significantChangeBetween(episode, previous.heldOn(), form.heldOn())) {
                throw new BusinessRuleViolation("This review (" + ReviewWindow.full(form.heldOn()) + ") was held outside "
                        + profile.councilName() + "'s review window after the meeting of " + ReviewWindow.full(previous.heldOn())
                        + ": it was due " + window.get().allowedDates() + " (" + window.get().policySource() + ")."
                        + " Record the rationale for holding it outside the timescale.");
            }
        }
        // The next review set in the minutes.
        Optional<ReviewWindow> next = ReviewWindow.after(profile, calendar, episode.type(), earlier.isEmpty(), form.heldOn(),
                planStart, exceptionalOn);
        if (next.isPresent() && !next.get().allows(form.nextReviewDate()) && !rationaleGiven) {
            throw new BusinessRuleViolation(next.get().refusal(form.nextReviewDate()));
        }

        StaffMember chair = null;
        if (form.chairStaffId() != null) {
            chair = em.find(StaffMember.class, form.chairStaffId());
            if (chair == null || chair.team() == null
                    || !chair.team().council().id().equals(episode.child().family().council().id())) {
                throw new BusinessRuleViolation("Choose a chair from " + episode.child().family().council().name() + "'s staff");
            }
        }
        Meeting meeting;
        try {
            meeting = new Meeting(episode, form.kind(), form.heldOn());
            meeting.setDatesInMinutes(form.nextReviewDate(), form.planUpdateDate());
            if (form.minutesDistributedOn() != null) {
                meeting.recordMinutesDistributed(form.minutesDistributedOn());
            }
            meeting.recordChairAndMinuteTaker(chair, form.chairName(), form.minuteTakerName());
            meeting.recordChildAndAgenda(form.childAttended(), form.childViewsForm(), form.childAbsenceReason(),
                    form.equalityDiversityConsidered());
            meeting.recordOutsideWindowRationale(form.outsideWindowRationale());
            meeting.recordedBy(me.username());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(e.getMessage());
        }
        em.persist(meeting);
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.flush();
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Meeting", meeting.id().toString(), episode.child().id(),
                "Recorded the " + form.kind().label().toLowerCase(java.util.Locale.UK) + " held on " + form.heldOn()
                        + ", chaired by " + meeting.chairName() + ", next review " + form.nextReviewDate()
                        + (meeting.outsideWindowRationale() == null ? "" : ", with a rationale for the timescale"),
                AuditOutcome.SUCCESS);
        return meeting.id();
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
        return ReviewWindow.after(catalog.profiles(council).effectiveOn(heldOn), catalog.calendar(), episode.type(),
                        earlier.isEmpty(), heldOn, earlier.isEmpty() ? heldOn : earlier.get(0).heldOn(),
                        episode.exceptionalCircumstance() == null ? null : episode.exceptionalCircumstanceRecordedOn())
                .map(w -> "The next review should be " + w.allowedDates() + " (" + w.councilName() + "; " + w.policySource() + ").")
                .orElse(null);
    }

    /** The staff of the case's council who may chair its meetings (never a Family Support Practitioner). */
    public List<ChairChoice> possibleChairs(long episodeId) {
        Episode episode = episode(episodeId);
        return em.createQuery("select s from StaffMember s where s.team.council.id = :council and s.enabled = true",
                        StaffMember.class)
                .setParameter("council", episode.child().family().council().id()).getResultList().stream()
                .filter(s -> s.roles().stream().noneMatch(NEVER_CHAIR::contains))
                .sorted(Comparator.comparing(StaffMember::fullName))
                .map(s -> new ChairChoice(s.id(), s.fullName(), s.roles().stream().map(Role::label).sorted()
                        .reduce((a, b) -> a + ", " + b).orElse("")))
                .toList();
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
