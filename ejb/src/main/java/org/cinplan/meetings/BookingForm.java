package org.cinplan.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a worker types to book a CIN meeting on a case. */
public record BookingForm(
        @NotNull(message = "Enter the date of the meeting") LocalDate date,
        @NotNull(message = "Enter the time the meeting starts") LocalTime startsAt,
        @Min(value = MeetingBooking.SHORTEST_MINUTES, message = "A meeting lasts at least 15 minutes")
        @Max(value = MeetingBooking.LONGEST_MINUTES, message = "A meeting lasts at most 8 hours") int durationMinutes,
        @NotBlank(message = "Say where the meeting is (a venue, or \"online\")")
        @Size(max = 200, message = "The venue can have at most 200 characters") String venue,
        boolean childExpected) implements Serializable {
}
