package org.cinplan.returns;

import org.cinplan.schedule.WorkingDayCalendar;

import java.util.ArrayList;
import java.util.List;

/**
 * The DfE Children in Need census validation rules for 2025-26 that cinplan checks, each with the DfE's code and
 * message, by module. Each rule's check reads like the DfE's rule detail; the unit tests hold a passing and a failing
 * return for every one. Rules that count working days (8569, 8670Q, 8675Q) count England's: weekdays less bank
 * holidays, as the deadline engine's calendar holds them, without a council's own closures.
 */
final class CensusRules {

    private CensusRules() {
    }

    /** Fresh rules for one validation run (some remember what they saw). */
    public static List<CensusRule> forOneReturn(WorkingDayCalendar englandWorkingDays) {
        List<CensusRule> rules = new ArrayList<>();
        rules.addAll(ReturnRules.rules());
        rules.addAll(ChildRules.rules());
        rules.addAll(EpisodeRules.rules(englandWorkingDays));
        rules.addAll(AssessmentRules.rules(englandWorkingDays));
        rules.addAll(CinPlanRules.rules());
        rules.addAll(Section47Rules.rules(englandWorkingDays));
        rules.addAll(ChildProtectionRules.rules());
        return List.copyOf(rules);
    }
}
