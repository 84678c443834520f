package org.cinplan.deadlines;

import java.time.LocalDate;
import java.util.List;

/** The calculator's answer: the due date (and window start), the profile version used and why. */
public record TimescaleView(String councilCode, String council, String ruleId, String ruleTitle, LocalDate start,
                            LocalDate dueDate, LocalDate windowStart, int profileVersion, String explanation,
                            List<String> warnings) {
}
