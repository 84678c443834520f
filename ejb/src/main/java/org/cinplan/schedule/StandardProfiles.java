package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Version 1 of each council's profile, with every value of the catalogue's timescale table
 * (shared/policy/RULES.md), in force from 1 January 2020. Where a policy says "required" without a
 * number, the number comes from the rule itself (6, 9, 12, 18 months); where it says nothing about
 * timing at all, the default is stated as an interpretation and shown in explanations.
 */
public final class StandardProfiles {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2020, 1, 1);

    private static final String BW = "Berkshire West guidance, ";

    private StandardProfiles() {
    }

    public static PolicyProfile forCouncil(CouncilCode council) {
        return switch (council) {
            case READING -> berkshireWest(council, Timescale.weeks(6), "at least every six weeks");
            case WOKINGHAM -> berkshireWest(council, Timescale.weeks(6), "at least every six weeks");
            case WEST_BERKSHIRE -> berkshireWest(council, Timescale.months(3), "at least every 3 months");
            case SUFFOLK -> suffolk();
        };
    }

    public static ProfileHistory history(CouncilCode council) {
        return ProfileHistory.of(forCouncil(council));
    }

    private static PolicyProfile berkshireWest(CouncilCode council, Timescale reviewInterval, String reviewWords) {
        Map<RuleId, RuleSetting> s = new EnumMap<>(RuleId.class);
        s.put(RuleId.INITIAL_MEETING, RuleSetting.of(Timescale.workingDays(10), 3,
                "An initial Child in Need meeting must be convened within 10 working days of a decision a Child in Need Plan is required.",
                BW + "'Initial Child in Need meeting'"));
        String reviewText = "Review Child in Need meetings in Reading and Wokingham should be held at least every six weeks depending on need,"
                + " or at least every 3 months in West Berkshire.";
        s.put(RuleId.REVIEW_INTERVAL, RuleSetting.of(reviewInterval, 5, reviewText, BW + "'Child in Need review meetings'"));
        s.put(RuleId.SO_REVIEW, RuleSetting.of(reviewInterval, 5, reviewText
                        + " (Supervision orders: the Child in Need Plans will continue to be reviewed.)",
                BW + "'Child in Need review meetings' and Appendix 3")
                .withInterpretation("Supervision-order reviews follow the ordinary review interval (" + reviewWords + ")."));
        s.put(RuleId.MINUTES_DISTRIBUTED, RuleSetting.of(Timescale.workingDays(10), 3,
                "The minutes will be distributed by the minute taker to all in attendance within 10 working days of the date of the meeting.",
                BW + "'Child in Need Meeting minutes'"));
        s.put(RuleId.PLAN_UPDATE_DATE, RuleSetting.of(Timescale.weeks(6), 5,
                "The Child in Need meeting minutes (and the plan) should cover: ... A date (within six weeks) to update the Child in Need Plan.",
                BW + "'Child in Need Meeting minutes'"));
        s.put(RuleId.VISIT_INTERVAL, RuleSetting.of(Timescale.weeks(3), 5,
                "For Child in Need Plans, visits will take place, face to face, at a minimum of every 3 weeks.",
                BW + "Appendix 4"));
        s.put(RuleId.VISIT_INTERVAL_SO, RuleSetting.of(Timescale.weeks(3), 5,
                "Visits should take place at a minimum of every three weeks.", BW + "Appendix 3"));
        s.put(RuleId.VISIT_INTERVAL_SHORT_BREAKS, RuleSetting.of(Timescale.months(6), 10,
                "For Child in Need Short Breaks plans, visits will take place at a minimum of every six months (separate to the Child in Need meetings).",
                BW + "Appendix 4"));
        s.put(RuleId.VISIT_RECORDED, RuleSetting.of(Timescale.workingDays(2), 1,
                "Be written up on the child's electronic social care record within two working days of the visit taking place.",
                BW + "Appendix 4"));
        s.put(RuleId.ASSESSMENT_REFRESH, RuleSetting.of(Timescale.months(6), 10,
                "The expectation is that every Child in Need will have an updated single assessment every six months or in accordance with local policy.",
                BW + "'What is a Child in Need Plan?'"));
        s.put(RuleId.MIN_DURATION_AFTER_CP, RuleSetting.of(Timescale.months(3), 5,
                "A Child in Need Plan should remain open for a minimum of 3 months following step down from Child Protection.",
                BW + "'What are possible outcomes of a Child in Need Meeting?' and Appendix 2"));
        s.put(RuleId.MIN_DURATION_FROM_START, RuleSetting.of(Timescale.months(3), 5,
                "To note: A Child in Need Plan should remain open for a minimum of 3 months following step down from Child Protection"
                        + " or from the point the plan was initiated.",
                BW + "'What are possible outcomes of a Child in Need Meeting?' ('To note')")
                .withInterpretation("The plan is initiated at the initial CIN meeting that draws it up (before that meeting is"
                        + " held, cinplan counts from the decision that a plan is needed)."));
        s.put(RuleId.DURATION_6M, RuleSetting.of(Timescale.months(6), 10,
                "It is assumed that most Child in Need plans with intervention provided will end within six months, apart from children subject"
                        + " to Supervision Orders ... and Child in Need Short Breaks plans.",
                BW + "'Child in Need review meetings', 'To note'")
                .withInterpretation("Plans still open at six months are flagged for review."));
        return new PolicyProfile(council, council.displayName(), 1, EFFECTIVE_FROM, s);
    }

    private static PolicyProfile suffolk() {
        Map<RuleId, RuleSetting> s = new EnumMap<>(RuleId.class);
        s.put(RuleId.INITIAL_MEETING, RuleSetting.of(Timescale.workingDays(10), 3,
                "The Initial Family's Network Meeting (CIN) should take place within 10 days of the Social Work Assessment decision that CIN support is required.",
                "Suffolk procedure 2.2")
                .withInterpretation("The policy says \"within 10 days\"; cinplan counts 10 working days (configurable)."));
        s.put(RuleId.REVIEW_INTERVAL, RuleSetting.of(Timescale.weeks(12), 5,
                "Child in Need plans must be reviewed by meeting between 8-12 weeks from the initial plan ... Further reviews should take place"
                        + " between 8-12-week intervals. A clear recorded rationale ... is required for any review held outside the required timescale.",
                "Suffolk procedure 4.1, 4.4, 4.6")
                .withWindowMinimum(Timescale.weeks(8)));
        s.put(RuleId.REVIEW_EARLY, RuleSetting.of(Timescale.workingDays(10), 3,
                "If there are significant changes in the family circumstances, an early review should take place.",
                "Suffolk procedure 4.1")
                .withInterpretation("The policy sets no number of days; cinplan expects the early review within 10 working days of the change (configurable)."));
        s.put(RuleId.SO_REVIEW, RuleSetting.of(Timescale.weeks(8), 5,
                "A review of the Initial Child in Need plan should be held no longer than 8 weeks later, and at least 8 weeks thereafter as with other CIN processes.",
                "Suffolk procedure 5.1")
                .withInterpretation("The first review is due within 8 weeks of the initial meeting; later reviews follow the"
                        + " ordinary 8 to 12 week window (REVIEW_INTERVAL)."));
        s.put(RuleId.MINUTES_DISTRIBUTED, RuleSetting.of(Timescale.workingDays(10), 3,
                "A copy of the record should be sent to the child ..., parent and all other participants in the review process within ten working days from the meeting.",
                "Suffolk procedure 4.10"));
        s.put(RuleId.VISIT_INTERVAL, RuleSetting.of(Timescale.workingDays(20), 5,
                "All children who are supported as Children in Need under s17 (Children Act 1989) will be visited with a minimum of every 20 working days.",
                "Suffolk procedure 6.1"));
        s.put(RuleId.VISIT_INTERVAL_SO, RuleSetting.of(Timescale.workingDays(20), 5,
                "Children who are subject of a Supervision Order are Children in Need and the processes in this chapter apply;"
                        + " visited with a minimum of every 20 working days.",
                "Suffolk procedure 5.1, 6.1"));
        s.put(RuleId.VISIT_RECORDED, RuleSetting.of(Timescale.workingDays(2), 1,
                "Visits should have a defined purpose and impact and outcomes should be recorded in case notes on LCS after each visit.",
                "Suffolk procedure 6.2")
                .withInterpretation("The policy says \"after each visit\"; cinplan expects it within 2 working days (configurable)."));
        s.put(RuleId.SEEN_ALONE, RuleSetting.check(5,
                "Some visits must involve seeing the child alone (i.e., without the main parent or carer); unless the child is a baby, and this then may not be appropriate.",
                "Suffolk procedure 6.2",
                "cinplan expects at least one visit seeing the child alone in each review period, unless the child is under 1."));
        s.put(RuleId.ASSESSMENT_DUE, RuleSetting.of(Timescale.workingDays(45), 5,
                "This decision can be made at any point within the 45-day timescales for the Social Work Assessment.",
                "Suffolk procedure 2.2")
                .withInterpretation("The 45 days are counted as 45 working days from the assessment's start."));
        s.put(RuleId.PLAN_APPROVAL, RuleSetting.of(Timescale.workingDays(5), 2,
                "All Child in Need plans must be agreed by a Consultant Social Worker or the Social Care Practice Manager.",
                "Suffolk procedure 3.8")
                .withInterpretation("The policy sets no number of days; cinplan expects the agreement within 5 working days of the initial meeting"
                        + " that drew up the plan (configurable)."));
        s.put(RuleId.MIN_DURATION_AFTER_CP, RuleSetting.of(Timescale.months(3), 5,
                "A child will usually have a service from a Social Care Team as a Child in Need for at least three months after the ceasing of his/her Child Protection Plan.",
                "Suffolk procedure 1"));
        s.put(RuleId.OVERSIGHT_6M_12M, RuleSetting.of(Timescale.months(6), 10,
                "The Practice Manager will have oversight of all CIN cases that have reached six months and twelve months' duration.",
                "Suffolk procedure 4.3")
                .withThereafter(Timescale.months(6)));
        s.put(RuleId.CONCLUSION_CHECK_9M, RuleSetting.of(Timescale.months(9), 10,
                "At 9 months, the plan should be reviewed carefully to identify if the CIN plan is likely to be concluded in 12 months.",
                "Suffolk procedure 4.4"));
        s.put(RuleId.SO_EXTENSION_9M, RuleSetting.of(Timescale.months(9), 10,
                "At the point of the review held at about nine months, a decision must be made by the Social Care Practice Manager whether to seek"
                        + " an extension of the Supervision Order for a further period, or to allow it to lapse.",
                "Suffolk procedure 5.1"));
        s.put(RuleId.MAX_DURATION_12M, RuleSetting.of(Timescale.months(12), 10,
                "No child should remain subject to a CIN plan for over 12 months unless there are exceptional circumstances ..."
                        + " Review timescales of such cases ... in general be held at a minimum of 6 months.",
                "Suffolk procedure 4.5")
                .withThereafter(Timescale.months(6)));
        s.put(RuleId.SERVICE_MANAGER_18M, RuleSetting.of(Timescale.months(18), 10,
                "If a case is open more than 18 months, the Social Care Practice Manager will review the case in supervision with the Service Manager.",
                "Suffolk procedure 4.7"));
        return new PolicyProfile(CouncilCode.SUFFOLK, CouncilCode.SUFFOLK.displayName(), 1, EFFECTIVE_FROM, s);
    }
}
