package org.cinplan.meetings;

import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.util.Optional;

/**
 * OUTSIDE_SCHOOL_TIME (Suffolk 2.7): a meeting the child attends, when they are of school age, is held outside school
 * hours where possible. School age is Reception to Year 11 of the English school year (1 September to 31 August); school
 * hours are 08:30 to 15:30 on a working day. Term dates differ by school, so this is a warning, never a refusal.
 */
final class SchoolHours {

    static final LocalTime SCHOOL_STARTS = LocalTime.of(8, 30);
    static final LocalTime SCHOOL_ENDS = LocalTime.of(15, 30);

    private SchoolHours() {
    }

    /** Whether a child born on {@code dateOfBirth} is in Reception to Year 11 on {@code on}. */
    public static boolean isSchoolAge(LocalDate dateOfBirth, LocalDate on) {
        int schoolYear = on.getMonthValue() >= Month.SEPTEMBER.getValue() ? on.getYear() : on.getYear() - 1;
        LocalDate oldestInYear11 = LocalDate.of(schoolYear - 16, Month.SEPTEMBER, 1);
        LocalDate youngestInReception = LocalDate.of(schoolYear - 4, Month.AUGUST, 31);
        return !dateOfBirth.isBefore(oldestInYear11) && !dateOfBirth.isAfter(youngestInReception);
    }

    /** The warning for a meeting the child attends, when it falls in their school hours; empty when it does not. */
    public static Optional<String> warning(LocalDate dateOfBirth, boolean childAttends, LocalDateTime startsAt,
                                           int durationMinutes, WorkingDayCalendar calendar) {
        LocalDate day = startsAt.toLocalDate();
        if (!childAttends || !isSchoolAge(dateOfBirth, day) || !calendar.isWorkingDay(day)) {
            return Optional.empty();
        }
        LocalTime start = startsAt.toLocalTime();
        LocalDateTime end = startsAt.plusMinutes(durationMinutes);
        boolean overlaps = start.isBefore(SCHOOL_ENDS) && (end.toLocalDate().isAfter(day) || end.toLocalTime().isAfter(SCHOOL_STARTS));
        if (!overlaps) {
            return Optional.empty();
        }
        return Optional.of("The child is of school age and is expected to attend, but this meeting falls in school hours"
                + " (08:30 to 15:30 on a school day). Hold it outside school hours where possible.");
    }

    /**
     * Where the case's own council's policy says so, for the end of the warning: only Suffolk's procedures name it
     * (2.7); the Berkshire West councils' guidance does not, so a Reading case cites no other council's policy.
     */
    public static String policyOf(String councilCode) {
        return CouncilCode.SUFFOLK.name().equals(councilCode) ? " Suffolk's CIN procedures ask for this (2.7)." : "";
    }
}
