package org.cinplan.profiles;

import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;

/**
 * One rule's value in one profile version, as the administration page lists it.
 *
 * @param value    "3 weeks", "between 8 weeks and 12 weeks", "required (no timescale)" or "not set"
 * @param amount   the timescale's amount, null when the rule has no timescale (only those can be edited)
 * @param unit     the timescale's unit, null when the rule has no timescale
 */
public record RuleValue(String ruleId, String ruleTitle, String value, Integer amount, PeriodUnit unit,
                        String thereafter, Integer dueSoonWorkingDays, String policySource) {

    static RuleValue of(RuleId rule, RuleSetting setting) {
        if (setting == null) {
            return new RuleValue(rule.name(), rule.title(), "not set", null, null, null, null, null);
        }
        return new RuleValue(rule.name(), rule.title(), setting.valueInWords(),
                setting.hasTimescale() ? setting.timescale().amount() : null,
                setting.hasTimescale() ? setting.timescale().unit() : null,
                setting.thereafter() == null ? null : setting.thereafter().readable(),
                setting.dueSoonWorkingDays(), setting.policySource());
    }

    public boolean isEditable() {
        return amount != null;
    }
}
