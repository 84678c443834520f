package org.cinplan.profiles;

import java.time.LocalDate;
import java.util.List;

/** One version of a council's profile with every rule's value. */
public record ProfileVersionView(int version, LocalDate effectiveFrom, List<RuleValue> rules) {
}
