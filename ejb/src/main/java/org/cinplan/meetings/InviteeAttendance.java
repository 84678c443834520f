package org.cinplan.meetings;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** Whether one invitee came to the meeting, and whether they sent a written update (ABSENT_PROFESSIONAL_UPDATE). */
public record InviteeAttendance(@NotNull(message = "Choose an invitee") Long inviteeId,
                                @NotNull(message = "Record whether each person invited attended") Attendance attendance,
                                boolean writtenUpdate) implements Serializable {
}
