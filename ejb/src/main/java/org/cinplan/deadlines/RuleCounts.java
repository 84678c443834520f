package org.cinplan.deadlines;

import org.cinplan.schedule.RuleId;

/** Of one rule's deadlines, how many fell due in the last 3 and 12 months and how many of them were met on time. */
public record RuleCounts(RuleId rule, int fellDueThree, int onTimeThree, int fellDueTwelve, int onTimeTwelve) {
}
