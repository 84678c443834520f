package org.cinplan.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/** Someone invited to a booked CIN meeting, and, once it is held, whether they came. Part of {@link MeetingBooking}. */
@Entity
@Table(name = "meeting_invitee")
class MeetingInvitee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "booking_id", updatable = false)
    private MeetingBooking booking;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "role_or_agency", nullable = false, length = 120)
    private String roleOrAgency;

    /** Where their calendar invitation goes; null when they gave none. */
    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    @Column(name = "written_update", nullable = false)
    private boolean writtenUpdate;

    @Version
    @Column(name = "row_version")
    private int version;

    protected MeetingInvitee() {
    }

    MeetingInvitee(MeetingBooking booking, String name, String roleOrAgency, String email) {
        this.booking = Objects.requireNonNull(booking, "an invitee is invited to a booking");
        if (name == null || name.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Name the person invited");
        }
        if (roleOrAgency == null || roleOrAgency.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Give " + name.strip() + "'s role or agency (for example: mother, school, health visitor)");
        }
        this.name = name.strip();
        this.roleOrAgency = roleOrAgency.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    void recordAttendance(Attendance came, boolean writtenUpdateReceived) {
        this.attendance = Objects.requireNonNull(came, "Record whether " + name + " attended");
        this.writtenUpdate = writtenUpdateReceived;
    }

    /** Someone invited who did not come and sent no written update (ABSENT_PROFESSIONAL_UPDATE). */
    boolean absentWithoutUpdate() {
        return attendance != null && attendance != Attendance.PRESENT && !writtenUpdate;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String roleOrAgency() {
        return roleOrAgency;
    }

    public String email() {
        return email;
    }

    public Attendance attendance() {
        return attendance;
    }

    public boolean writtenUpdate() {
        return writtenUpdate;
    }
}
