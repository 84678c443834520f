package org.cinplan.dashboard;

/** One rule's on-time record over the last 3 and the last 12 months. */
public record RuleOnTime(String ruleId, String ruleTitle, OnTimeShare lastThreeMonths, OnTimeShare lastTwelveMonths) {
}
