package org.cinplan.profiles;

import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.Timescale;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What an administrator proposes: new timescales for some of a council's rules, in force from a date.
 *
 * @param basedOnVersion the council's latest version when the administrator read it: if another was added since,
 *                       the change is refused rather than silently applied to values the administrator never saw
 * @param timescales the new timescale of each changed rule; rules left out keep their value
 * @param note       why the values change (kept with the version and in the audit trail)
 */
public record ProfileChange(CouncilCode council, int basedOnVersion, LocalDate effectiveFrom, Map<RuleId, Timescale> timescales,
                            String note) {

    public ProfileChange {
        // A rule left without a timescale stays in the map, so the service can say which one needs it.
        timescales = timescales == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(timescales));
    }
}
