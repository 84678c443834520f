package org.cinplan.profiles;

import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.Timescale;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an administrator proposes: new timescales for some of a council's rules, in force from a date.
 *
 * @param timescales the new timescale of each changed rule; rules left out keep their value
 * @param note       why the values change (kept with the version and in the audit trail)
 */
public record ProfileChange(CouncilCode council, LocalDate effectiveFrom, Map<RuleId, Timescale> timescales,
                            String note) {

    public ProfileChange {
        timescales = timescales == null ? Map.of() : Map.copyOf(timescales);
    }
}
