package org.cinplan.schedule;

import java.time.LocalDate;

/**
 * When the next review may be held after a meeting, as {@link DeadlineEngine#reviewWindow} reads the council's profile:
 * Suffolk's window of 8 to 12 weeks, or "at most" an interval (6 weeks in Reading and Wokingham, 3 months in West
 * Berkshire). A date outside it needs a recorded rationale (Suffolk 4.6).
 *
 * @param earliest the first on-time date, or null when any date before {@code latest} is on time
 * @param latest   the last on-time date
 */
public record ReviewWindow(RuleId rule, LocalDate heldOn, LocalDate earliest, LocalDate latest, String councilName,
                           String policySource) {

    /** Whether a next review on this date is on time. */
    public boolean allows(LocalDate nextReview) {
        return (earliest == null || !nextReview.isBefore(earliest)) && !nextReview.isAfter(latest);
    }

    /** "between 12 Mar 2027 and 9 Apr 2027" or "by 9 Apr 2027". */
    public String allowedDates() {
        return earliest == null ? "on or before " + Dates.full(latest)
                : "between " + Dates.full(earliest) + " and " + Dates.full(latest);
    }

    /** What the worker is told when the date is outside the window and no rationale is given. */
    public String refusal(LocalDate nextReview) {
        return "The next review on " + Dates.full(nextReview) + " is outside " + councilName + "'s review timescale: after the meeting"
                + " of " + Dates.full(heldOn) + " it should be " + allowedDates() + " (" + policySource + ")."
                + " Choose a date in that range, or record the rationale for holding it outside the timescale.";
    }
}
