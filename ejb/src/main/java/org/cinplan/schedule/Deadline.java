package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * One occurrence of one rule on one case, with everything needed to answer "why is this due?".
 *
 * @param occurrence     which occurrence, in words ("Review 2 (after the meeting of 3 Mar 2027)")
 * @param dueDate        the last on-time date; null only when NOT_APPLICABLE
 * @param windowStart    the earliest on-time date, where the rule sets a window; else null
 * @param metOn          when it was done (MET, MET_LATE), else null
 * @param reason         why the rule does not apply (NOT_APPLICABLE), else null
 * @param countsFrom     the event the timescale counts from ("decision", "meeting", "visit")
 * @param countsFromDate the date of that event
 * @param profileVersion the version of the council's profile used (the one in force on countsFromDate)
 * @param flags          things a manager should look at (e.g. a review held outside its window with no rationale)
 * @param explanation    a plain sentence quoting its source
 */
public record Deadline(RuleId rule, String occurrence, LocalDate dueDate, LocalDate windowStart, DeadlineStatus status,
                       LocalDate metOn, String reason, String countsFrom, LocalDate countsFromDate, CouncilCode council,
                       int profileVersion, String policySource, List<CalendarWarning> warnings, List<String> flags,
                       String explanation) {

    public Deadline {
        Guard.required(rule, "rule is required");
        Guard.required(status, "status is required");
        Guard.required(council, "council is required");
        Guard.required(explanation, "explanation is required");
        if (dueDate == null && status != DeadlineStatus.NOT_APPLICABLE) {
            throw new IllegalArgumentException("Only a rule that does not apply may have no due date");
        }
        if (status == DeadlineStatus.NOT_APPLICABLE && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A rule that does not apply needs a reason");
        }
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isFlagged() {
        return !flags.isEmpty();
    }
}
