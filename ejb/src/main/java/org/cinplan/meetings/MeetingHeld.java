package org.cinplan.meetings;

import java.io.Serializable;
import java.util.List;

/** The answer to holding a booked meeting: the meeting's id and what the worker should know (warnings, effects). */
public record MeetingHeld(long meetingId, List<String> notices) implements Serializable {
}
