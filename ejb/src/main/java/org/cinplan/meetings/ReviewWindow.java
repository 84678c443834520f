package org.cinplan.meetings;

import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.WorkingDayCalendar;
import org.cinplan.schedule.Dates;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the next review may be set, counted from a meeting by the council's profile in force on the day it was held:
 * Suffolk's window of 8 to 12 weeks, or "at most" an interval (6 weeks in Reading and Wokingham, 3 months in West
 * Berkshire). A date outside it needs a recorded rationale (Suffolk 4.6). The same reading as the deadline engine:
 * supervision orders use SO_REVIEW for their first review and then the ordinary REVIEW_INTERVAL, later reviews the
 * later interval, a Suffolk plan past 12 months with exceptional circumstances is reviewed at least every 6 months with
 * no window, and a Berkshire West short-breaks plan has no review timescale (so no date is refused).
 *
 * @param earliest the first on-time date, or null when any date before {@code latest} is on time
 * @param latest   the last on-time date
 */
public record ReviewWindow(RuleId rule, LocalDate heldOn, LocalDate earliest, LocalDate latest, String councilName,
                           String policySource) {

    /**
     * The window after a meeting held on {@code heldOn}; empty when the council sets no review interval.
     *
     * @param firstMeeting           whether this is the first meeting of the episode (the initial plan)
     * @param planStart              the date of the episode's first meeting (this one when it is the first)
     * @param exceptionalRecordedOn  when exceptional circumstances (Suffolk 4.5) were recorded, or null
     */
    public static Optional<ReviewWindow> after(PolicyProfile profile, WorkingDayCalendar calendar, EpisodeType type,
                                               boolean firstMeeting, LocalDate heldOn, LocalDate planStart,
                                               LocalDate exceptionalRecordedOn) {
        Optional<PolicyProfile.ReviewTiming> timing = profile.reviewTiming(type, firstMeeting);
        if (timing.isEmpty()) {
            return Optional.empty();
        }
        RuleId rule = timing.get().rule();
        Timescale interval = timing.get().interval();
        Timescale minimum = timing.get().minimum();
        String source = timing.get().setting().policySource();
        Optional<RuleSetting> max = profile.setting(RuleId.MAX_DURATION_12M);
        if (type != EpisodeType.SUPERVISION_ORDER && exceptionalRecordedOn != null && !exceptionalRecordedOn.isAfter(heldOn)
                && max.isPresent() && max.get().hasTimescale() && max.get().thereafter() != null
                && !heldOn.isBefore(max.get().timescale().dueFrom(planStart, calendar).date())) {
            interval = max.get().thereafter();
            minimum = null;
            source = max.get().policySource();
        }
        LocalDate latest = interval.dueFrom(heldOn, calendar).date();
        LocalDate earliest = minimum == null ? null : minimum.dueFrom(heldOn, calendar).date();
        return Optional.of(new ReviewWindow(rule, heldOn, earliest, latest, profile.councilName(), source));
    }

    /** Whether a next review on this date is on time. */
    public boolean allows(LocalDate nextReview) {
        return (earliest == null || !nextReview.isBefore(earliest)) && !nextReview.isAfter(latest);
    }

    /** "between 12 Mar 2027 and 9 Apr 2027" or "by 9 Apr 2027". */
    public String allowedDates() {
        return earliest == null ? "on or before " + Dates.full(latest)
                : "between " + Dates.full(earliest) + " and " + Dates.full(latest);
    }

    /** What the worker is told when the date is outside the window and no rationale is given. */
    public String refusal(LocalDate nextReview) {
        return "The next review on " + Dates.full(nextReview) + " is outside " + councilName + "'s review timescale: after the meeting"
                + " of " + Dates.full(heldOn) + " it should be " + allowedDates() + " (" + policySource + ")."
                + " Choose a date in that range, or record the rationale for holding it outside the timescale.";
    }

    /**
     * The last date the minutes may set to update the plan (PLAN_UPDATE_DATE: within 6 weeks in Berkshire West);
     * empty when the council sets no such rule.
     */
    public static Optional<LocalDate> latestPlanUpdate(PolicyProfile profile, WorkingDayCalendar calendar, LocalDate heldOn) {
        return profile.setting(RuleId.PLAN_UPDATE_DATE).filter(RuleSetting::hasTimescale)
                .map(s -> s.timescale().dueFrom(heldOn, calendar).date());
    }

}
