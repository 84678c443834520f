package org.cinplan.meetings;

import jakarta.persistence.EntityManager;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A held meeting as the case page lists it: its outcome, what its minutes set and whether they were sent. */
public record HeldMeetingView(long id, String kind, LocalDate heldOn, String chair, String minuteTaker, String outcome,
                              String planAmendments, String leadProfessional, LocalDate nextReviewDate,
                              LocalDate minutesDistributedOn, List<String> recipients, List<String> attendance,
                              List<String> exclusions, String disagreement) implements Serializable {

    /**
     * The held meeting with its booking's attendance, read without any access check or audit entry: for a service of
     * another business area (documents) that has already checked the caller may read the case, and audits itself.
     */
    public static HeldMeetingView of(EntityManager em, Meeting meeting) {
        return of(meeting, bookingOf(em, meeting));
    }

    /** The booking the meeting was held for; null for a meeting recorded without one. */
    static MeetingBooking bookingOf(EntityManager em, Meeting meeting) {
        return em.createQuery("select b from MeetingBooking b where b.heldMeeting = :m", MeetingBooking.class)
                .setParameter("m", meeting).getResultStream().findFirst().orElse(null);
    }

    static HeldMeetingView of(Meeting m, MeetingBooking booking) {
        List<String> attendance = booking == null ? List.of() : booking.invitees().stream()
                .map(i -> i.name() + " (" + i.roleOrAgency() + "): " + (i.attendance() == null ? "not recorded"
                        : i.attendance().label().toLowerCase(java.util.Locale.UK))
                        + (i.writtenUpdate() ? ", written update received" : ""))
                .toList();
        return new HeldMeetingView(m.id(), m.kind().label(), m.heldOn(), m.chairName(), m.minuteTakerName(),
                m.outcome() == null ? null : m.outcome().label(), m.planAmendments(),
                m.leadProfessionalInWords(),
                m.nextReviewDate(), m.minutesDistributedOn(), m.minutesRecipients(), attendance,
                m.exclusions().stream().map(e -> e.personName() + ": " + e.scope().label().toLowerCase(java.util.Locale.UK)
                        + ", endorsed by " + e.endorsedByName() + "; their views: " + e.personViews()).toList(),
                m.disagreement() == null ? null : m.disagreement() + " Proposed action: " + m.disagreementAction());
    }

    /** "CIN review meeting, 03/12/2026", to choose it from a list. */
    public String label() {
        return kind + ", " + heldOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public String recipientsText() {
        return String.join(", ", recipients);
    }

    public boolean isDistributed() {
        return minutesDistributedOn != null;
    }
}
