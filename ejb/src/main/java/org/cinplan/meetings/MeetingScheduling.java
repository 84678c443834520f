package org.cinplan.meetings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Episode;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.FormSubmission;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.WorkingDayCalendar;
import org.cinplan.schedule.store.ScheduleCatalog;
import org.cinplan.schedule.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Booking CIN meetings on a case, inviting people to them, and the calendar of the meetings on the caller's cases (their
 * own, or their team's for a manager). A booking does not move any deadline: the engine counts meetings once held.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE})
public class MeetingScheduling {

    /** Who books and records CIN meetings: the roles of this bean's (and MeetingRecording's) @RolesAllowed. */
    private static final List<String> RECORDERS = List.of(Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE,
            Role.PRACTICE_MANAGER_ROLE, Role.TEAM_MANAGER_ROLE);

    /** The answer to a change based on a booking (or a case's meetings) someone else has changed since. */
    public static final String STALE = "This meeting was changed by someone else meanwhile: reload the page to see their"
            + " change. What you typed is still on the form.";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private Event<MeetingInvitation> invitations;

    /**
     * Books a meeting on an open case; it is the initial meeting when none has been held yet, else a review. The
     * {@code submissionId} of the form's rendering is saved with it: the same form sent again is refused.
     */
    /**
     * Whether the caller may book and record CIN meetings at all, so a page shows those forms only then (each
     * action still checks the case itself).
     */
    @PermitAll
    public boolean canRecord() {
        return RECORDERS.stream().anyMatch(context::isCallerInRole);
    }

    public BookingView book(@NotNull(message = "Choose a case") Long episodeId,
                            @NotNull(message = "Enter the meeting") @Valid BookingForm form,
                            @NotBlank(message = "Reload the page and try again") @Size(max = 36) String submissionId) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no case with the id " + episodeId);
        }
        StaffMember me = requireMayEdit(episode, "book a CIN meeting");
        FormSubmission.acceptOnce(em, submissionId, me.username(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED,
                    "The case closed on " + Dates.full(episode.closureDate())
                    + ": no meeting can be booked on it");
        }
        long held = em.createQuery("select count(m) from Meeting m where m.episode = :e", Long.class)
                .setParameter("e", episode).getSingleResult();
        MeetingBooking booking = new MeetingBooking(episode, held == 0 ? MeetingKind.INITIAL : MeetingKind.REVIEW,
                LocalDateTime.of(form.date(), form.startsAt()), form.durationMinutes(), form.venue(), form.childExpected(),
                me.username());
        em.persist(booking);
        flush(em);
        audit(me, booking, "Booked the " + booking.kind().label().toLowerCase(java.util.Locale.UK) + " for "
                + booking.startsAt() + " at " + booking.venue());
        return view(booking, catalog.calendar());
    }

    /**
     * Moves a booked meeting to another time or place. Every change to a booking quotes the {@link BookingView#version}
     * the caller saw; one made meanwhile by someone else is refused ({@link #STALE}).
     */
    public BookingView reschedule(@NotNull(message = "Choose a meeting") Long bookingId,
                                  @NotNull(message = "Reload the page") Integer version,
                                  @NotNull(message = "Enter the meeting") @Valid BookingForm form) {
        return change(bookingId, version, "move a CIN meeting", b -> {
                    b.reschedule(LocalDateTime.of(form.date(), form.startsAt()), form.durationMinutes(), form.venue(),
                            form.childExpected());
                    invitations.fire(MeetingInvitation.of(b, b.invitees(), MeetingInvitation.Change.MOVED));
                },
                "Moved the meeting to " + LocalDateTime.of(form.date(), form.startsAt()) + " at " + form.venue());
    }

    public BookingView invite(@NotNull(message = "Choose a meeting") Long bookingId,
                              @NotNull(message = "Reload the page") Integer version,
                              @NotNull(message = "Enter the person to invite") @Valid InviteeForm form) {
        return change(bookingId, version, "invite someone to a CIN meeting",
                b -> invitations.fire(MeetingInvitation.of(b, List.of(b.invite(form.name(), form.roleOrAgency(),
                        form.email())), MeetingInvitation.Change.INVITED)),
                "Invited " + form.name() + " (" + form.roleOrAgency() + ")");
    }

    public BookingView uninvite(@NotNull(message = "Choose a meeting") Long bookingId,
                                @NotNull(message = "Reload the page") Integer version,
                                @NotNull(message = "Choose the person") Long inviteeId) {
        return change(bookingId, version, "change who is invited to a CIN meeting",
                b -> invitations.fire(MeetingInvitation.of(b, List.of(b.uninvite(inviteeId)), MeetingInvitation.Change.WITHDRAWN)),
                "Withdrew the invitation of invitee " + inviteeId);
    }

    public BookingView cancel(@NotNull(message = "Choose a meeting") Long bookingId,
                              @NotNull(message = "Reload the page") Integer version) {
        return change(bookingId, version, "cancel a CIN meeting", b -> {
            b.cancel();
            invitations.fire(MeetingInvitation.of(b, b.invitees(), MeetingInvitation.Change.CANCELLED));
        }, "Cancelled the meeting");
    }

    /** The meetings booked on a case, soonest first, with their invitees, for a caller who may read the case. */
    @RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
            Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE, Role.AUDITOR_ROLE})
    public List<BookingView> bookingsOf(long episodeId) {
        CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, "see a case's meetings");
        WorkingDayCalendar calendar = catalog.calendar();
        return em.createQuery("select b from MeetingBooking b where b.episode.id = :e order by b.startsAt", MeetingBooking.class)
                .setParameter("e", episodeId).getResultList().stream().map(b -> view(b, calendar)).toList();
    }

    /**
     * The meetings (not cancelled) from {@code from} up to {@code until} on the caller's cases: those allocated to them,
     * and for a team, practice or consultant manager those of their team whose records they may open (a restricted
     * record only for those on its access list). A period longer than {@value CalendarPeriod#LONGEST_DAYS} days, or
     * one ending before it starts, is refused.
     */
    public List<BookingView> calendar(@NotNull LocalDate from, @NotNull LocalDate until) {
        CalendarPeriod period = new CalendarPeriod(from, until);
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        StaffMember me = access.me();
        boolean manager = context.isCallerInRole(Role.TEAM_MANAGER_ROLE) || context.isCallerInRole(Role.PRACTICE_MANAGER_ROLE)
                || context.isCallerInRole(Role.CONSULTANT_SOCIAL_WORKER_ROLE);
        String whose = manager ? "f.allocatedWorker.team = :team" : "f.allocatedWorker = :me";
        var query = em.createQuery("select b from MeetingBooking b join fetch b.episode e join fetch e.child c"
                        + " join fetch c.family f where " + whose + " and b.status <> :cancelled"
                        + " and b.startsAt >= :from and b.startsAt < :until order by b.startsAt", MeetingBooking.class)
                .setParameter("cancelled", BookingStatus.CANCELLED)
                .setParameter("from", period.from().atStartOfDay())
                .setParameter("until", period.until().plusDays(1).atStartOfDay());
        if (manager) {
            query.setParameter("team", me.team());
        } else {
            query.setParameter("me", me);
        }
        WorkingDayCalendar calendar = catalog.calendar();
        List<MeetingBooking> found = query.getResultList();
        Set<Long> readable = access.readableChildIds(found.stream().map(b -> b.episode().child().id()).toList());
        List<BookingView> bookings = found.stream().filter(b -> readable.contains(b.episode().child().id()))
                .map(b -> view(b, calendar, null)).toList();
        auditTrail.record(me.username(), AuditAction.VIEW_RECORD, "MeetingBooking", null, null,
                "Viewed the meetings calendar from " + from + " to " + until + " (" + bookings.size() + " meetings)",
                AuditOutcome.SUCCESS);
        return bookings;
    }

    private BookingView change(Long bookingId, Integer version, String attempted, Consumer<MeetingBooking> action,
                               String auditText) {
        MeetingBooking booking = em.find(MeetingBooking.class, bookingId);
        if (booking == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "There is no booked meeting with the id " + bookingId);
        }
        StaffMember me = requireMayEdit(booking.episode(), attempted);
        requireUnchanged(em, booking, version);
        action.accept(booking);
        flush(em);
        audit(me, booking, auditText);
        return view(booking, catalog.calendar());
    }

    private StaffMember requireMayEdit(Episode episode, String attempted) {
        return editor(em, context, auditTrail, episode, attempted);
    }

    /** The caller, when they may change this case (CaseAccess); a refusal is audited. */
    static StaffMember editor(EntityManager em, SessionContext context, AuditTrail auditTrail, Episode episode,
                              String attempted) {
        return CaseAccess.forCaller(em, context, auditTrail).editorOf(episode.id(), attempted);
    }

    private void audit(StaffMember me, MeetingBooking booking, String text) {
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "MeetingBooking", booking.id().toString(),
                booking.episode().child().id(), text, AuditOutcome.SUCCESS);
    }

    /** The booking as the case page shows it, with the chair prompt for a review still booked (the calendar has none). */
    private BookingView view(MeetingBooking b, WorkingDayCalendar calendar) {
        return view(b, calendar, b.status() == BookingStatus.BOOKED && b.kind() == MeetingKind.REVIEW
                ? chairPrompt(b.episode()) : null);
    }

    private static BookingView view(MeetingBooking b, WorkingDayCalendar calendar, String chairPrompt) {
        String warning = b.status() != BookingStatus.BOOKED ? null : SchoolHours.warning(b.episode().child().dateOfBirth(),
                b.childExpected(), b.startsAt(), b.durationMinutes(), calendar)
                .map(w -> w + SchoolHours.policyOf(b.episode().child().family().council().code())).orElse(null);
        return new BookingView(b.id(), b.episode().id(), b.episode().child().fullName(), b.kind(), b.startsAt(),
                b.startsAt().plusMinutes(b.durationMinutes()), b.venue(), b.childExpected(), b.status(),
                b.invitees().stream().map(InviteeView::of).toList(), warning, chairPrompt, b.version());
    }

    /** CONSULTANT_MAY_CHAIR_3RD for the case's next review, from what the reviews held so far found; or null. */
    private String chairPrompt(Episode episode) {
        List<Boolean> progressed = em.createQuery("select m.planProgressed from Meeting m where m.episode = :e"
                        + " and m.kind = :review order by m.heldOn", Boolean.class)
                .setParameter("e", episode).setParameter("review", MeetingKind.REVIEW).getResultList();
        return ConsultantChair.prompt(episode.child().family().council().policyFamily(), progressed).orElse(null);
    }

    /**
     * Refuses a change based on an out-of-date copy of the booking, and makes this change move the booking's version on
     * (inviting someone changes only the invitees), so a change committed meanwhile fails at {@link #flush}.
     */
    static void requireUnchanged(EntityManager em, MeetingBooking booking, Integer version) {
        if (version == null || booking.version() != version) {
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
        em.lock(booking, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Writes the changes now, so that a concurrent change is reported to the user as such. */
    static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessRuleViolation(Validity.STALE, STALE);
        }
    }
}
