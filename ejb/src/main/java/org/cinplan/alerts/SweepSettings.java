package org.cinplan.alerts;

import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/**
 * When the daily sweep runs (council time) and after how many days overdue an alert escalates to the team
 * manager.
 */
public record SweepSettings(int hour, int minute, int escalateAfterDays) {

    public SweepSettings {
        if (hour < 0 || hour > 23) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "The hour must be from 0 to 23");
        }
        if (minute < 0 || minute > 59) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "The minute must be from 0 to 59");
        }
        if (escalateAfterDays < 1 || escalateAfterDays > 60) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "Escalate after 1 to 60 days overdue");
        }
    }
}
