package org.cinplan.meetings;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** Whether one invitee came to the meeting, and whether they sent a written update (ABSENT_PROFESSIONAL_UPDATE). */
public class InviteeAttendance implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose an invitee")
    private Long inviteeId;
    @NotNull(message = "Record whether each person invited attended")
    private Attendance attendance;
    private boolean writtenUpdate;

    /** An invitee's row on the form, nothing recorded yet. */
    public InviteeAttendance(Long inviteeId) {
        this.inviteeId = inviteeId;
    }

    public InviteeAttendance(Long inviteeId, Attendance attendance, boolean writtenUpdate) {
        this.inviteeId = inviteeId;
        this.attendance = attendance;
        this.writtenUpdate = writtenUpdate;
    }

    public Long getInviteeId() {
        return inviteeId;
    }

    public void setInviteeId(Long inviteeId) {
        this.inviteeId = inviteeId;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public boolean isWrittenUpdate() {
        return writtenUpdate;
    }

    public void setWrittenUpdate(boolean writtenUpdate) {
        this.writtenUpdate = writtenUpdate;
    }
}
