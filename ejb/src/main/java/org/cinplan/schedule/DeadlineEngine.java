package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a case history into every deadline of every rule of the council's profile.
 *
 * <p>Recurring rules return every occurrence (past ones MET or MET_LATE, the current one open), so
 * a dashboard can work out the share met on time; {@link #openOnly(List)} keeps the to-do list.
 * Each occurrence uses the profile version in force on the date of the event it counts from.
 * Nothing falls due after a case has closed.
 */
public final class DeadlineEngine {

    private final WorkingDayCalendar calendar;
    private final TimescaleCalculator calculator;

    public DeadlineEngine(WorkingDayCalendar calendar) {
        this.calendar = Guard.required(calendar, "calendar is required");
        this.calculator = new TimescaleCalculator(calendar);
    }

    /** All deadlines of the case, one list entry per occurrence, ordered by rule then due date. */
    public List<Deadline> evaluate(CaseHistory history, ProfileHistory profiles, LocalDate today) {
        Guard.required(history, "case history is required");
        Guard.required(profiles, "profile history is required");
        Guard.required(today, "today is required");
        if (profiles.council() != history.council()) {
            throw new IllegalArgumentException("The case belongs to " + history.council() + " but the profiles are " + profiles.council() + "'s");
        }
        return new Evaluation(history, profiles, today).run();
    }

    /**
     * The first day the deadline shows as due soon: its due date less the lead time, in working days, that the profile
     * version which produced it sets for its rule (none: the due date itself).
     */
    public LocalDate dueSoonFrom(Deadline deadline, ProfileHistory profiles) {
        Guard.required(deadline.dueDate(), "the deadline has no due date");
        int lead = profiles.versions().stream().filter(p -> p.version() == deadline.profileVersion()).findFirst()
                .flatMap(p -> p.setting(deadline.rule()))
                .map(RuleSetting::dueSoonWorkingDays).orElse(0);
        return calendar.minusWorkingDays(deadline.dueDate(), lead).date();
    }

    // ---- per-rule entry points: a service asks these, and never works a rule's dates out itself ----------------

    /**
     * REVIEW_INTERVAL (SO_REVIEW for a supervision order): when the next review may be held after a meeting held on
     * {@code heldOn}, by {@code profile} (the one in force that day), read as the deadlines read it: the first interval
     * after the initial meeting, the later interval after a review, and for a plan past 12 months with exceptional
     * circumstances (Suffolk 4.5) the interval that then applies, with no window; a supervision order's later reviews
     * take the ordinary REVIEW_INTERVAL (Suffolk 5.1). Empty when the profile sets no review interval, and for a
     * Berkshire West short-breaks plan, whose meetings the guidance does not time.
     *
     * @param firstMeeting          whether the meeting is the episode's first (the initial plan)
     * @param planStart             the day of the episode's first meeting (this one when it is the first)
     * @param exceptionalRecordedOn when exceptional circumstances were recorded on the case, or null
     */
    public Optional<ReviewWindow> reviewWindow(PolicyProfile profile, EpisodeType type, boolean firstMeeting,
                                               LocalDate heldOn, LocalDate planStart, LocalDate exceptionalRecordedOn) {
        Guard.required(profile, "profile is required");
        Guard.required(type, "episode type is required");
        Guard.required(heldOn, "the meeting date is required");
        Guard.required(planStart, "the plan start is required");
        RuleId rule = reviewRule(type);
        return reviewTimescale(profile, type, firstMeeting, heldOn, planStart, exceptionalRecordedOn).map(timescale -> {
            TimescaleResult due = calculator.calculate(profile, rule, timescale.setting(), timescale.interval(),
                    timescale.windowMinimum(), heldOn, "meeting", null);
            return new ReviewWindow(rule, heldOn, due.windowStart(), due.dueDate(), profile.councilName(),
                    timescale.policySource());
        });
    }

    /**
     * PLAN_UPDATE_DATE: the last day the minutes of a meeting held on {@code heldOn} may set to update the plan (within
     * 6 weeks in Berkshire West), by {@code profile}, the one in force that day; empty when the profile sets no such rule.
     */
    public Optional<LocalDate> latestPlanUpdate(PolicyProfile profile, LocalDate heldOn) {
        Guard.required(profile, "profile is required");
        Guard.required(heldOn, "the meeting date is required");
        RuleId rule = RuleId.PLAN_UPDATE_DATE;
        return profile.setting(rule).filter(RuleSetting::hasTimescale)
                .map(s -> calculator.calculate(profile, rule, s, s.timescale(), null, heldOn, "meeting", null).dueDate());
    }

    /**
     * The minimum duration that binds a case's plan, with the manager's decision if one is recorded: of
     * MIN_DURATION_AFTER_CP (a step-down plan, counted from the end of the child protection plan) and
     * MIN_DURATION_FROM_START (Berkshire West, counted from the plan's start: its first meeting, else the decision),
     * the one that keeps the plan open longer, each by the profile in force on the day it counts from; empty when
     * neither applies.
     *
     * @param cpPlanEnd         the day the child protection plan ended (step-down plans), or null
     * @param decisionDate      the day of the decision that a CIN plan is needed
     * @param firstMeetingOn    the day of the plan's first meeting, or null when none has been held
     * @param managerDecisionOn the day a manager recorded that the plan may close early, or null
     */
    public Optional<MinimumDuration> minimumDuration(ProfileHistory profiles, EpisodeType type, LocalDate cpPlanEnd,
                                                     LocalDate decisionDate, LocalDate firstMeetingOn,
                                                     LocalDate managerDecisionOn) {
        Guard.required(profiles, "profile history is required");
        Guard.required(type, "episode type is required");
        Guard.required(decisionDate, "the decision date is required");
        if (type == EpisodeType.STEP_DOWN_FROM_CP) {
            Guard.required(cpPlanEnd, "a step-down case has the date its child protection plan ended");
        }
        LocalDate planStart = firstMeetingOn != null ? firstMeetingOn : decisionDate;
        String event = CaseHistory.planStartDescription(firstMeetingOn != null);
        return MINIMUM_DURATIONS.stream()
                .flatMap(rule -> minimumOf(rule, profiles, type, cpPlanEnd, planStart, event, managerDecisionOn).stream())
                .map(Minimum::duration)
                .max(Comparator.comparing(MinimumDuration::openUntil));
    }

    /**
     * ICPC_WITHIN_15WD: the target date of the initial child protection conference, 15 working days after the strategy
     * discussion held on {@code strategyDiscussionOn}, counted in England's working days (bank holidays, not a council's
     * own closures: the target is the same for every council and is what the DfE census reports).
     */
    public StatutoryTarget initialConferenceTarget(LocalDate strategyDiscussionOn) {
        Guard.required(strategyDiscussionOn, "the date of the strategy discussion is required");
        StatutoryRule rule = StatutoryRule.ICPC_WITHIN_15WD;
        WorkingDayCalendar england = calendar.withoutClosures();
        WorkingDayResult due = england.plusWorkingDays(strategyDiscussionOn, rule.workingDays());
        String text = rule.title() + " due by " + Dates.full(due.date()) + ": " + rule.workingDays()
                + " working days after the strategy discussion of " + Dates.full(strategyDiscussionOn) + " ("
                + rule.source() + ")." + TimescaleCalculator.skippedDays(england.nonWorkingWeekdays(strategyDiscussionOn,
                due.date()));
        return new StatutoryTarget(rule, strategyDiscussionOn, due.date(), text, due.warnings());
    }

    private static final List<RuleId> MINIMUM_DURATIONS = List.of(RuleId.MIN_DURATION_AFTER_CP, RuleId.MIN_DURATION_FROM_START);

    /** One minimum-duration rule on a case, with the profile and setting that set it; empty when it does not apply. */
    private Optional<Minimum> minimumOf(RuleId rule, ProfileHistory profiles, EpisodeType type, LocalDate cpPlanEnd,
                                        LocalDate planStart, String planStartEvent, LocalDate decisionOn) {
        boolean afterCp = rule == RuleId.MIN_DURATION_AFTER_CP;
        if (afterCp && type != EpisodeType.STEP_DOWN_FROM_CP) {
            return Optional.empty();
        }
        LocalDate from = afterCp ? cpPlanEnd : planStart;
        String event = afterCp ? "end of the child protection plan" : planStartEvent;
        PolicyProfile p = profiles.effectiveOn(from);
        return p.setting(rule).filter(RuleSetting::hasTimescale).map(s -> {
            TimescaleResult due = calculator.calculate(p, rule, s, s.timescale(), null, from, event,
                    "Plan to stay open until at least");
            return new Minimum(p, s, due,
                    new MinimumDuration(rule, event, from, due.dueDate(), s.timescale().readable(), decisionOn));
        });
    }

    /** A minimum duration with the profile version and setting that produced it and its worked-out date. */
    private record Minimum(PolicyProfile profile, RuleSetting setting, TimescaleResult due, MinimumDuration duration) {
    }

    private static RuleId reviewRule(EpisodeType type) {
        return type == EpisodeType.SUPERVISION_ORDER ? RuleId.SO_REVIEW : RuleId.REVIEW_INTERVAL;
    }

    /** The interval (and window) to the next review after a meeting; see {@link #reviewWindow}. */
    private Optional<ReviewTimescale> reviewTimescale(PolicyProfile p, EpisodeType type, boolean firstMeeting,
                                                      LocalDate heldOn, LocalDate planStart, LocalDate exceptionalRecordedOn) {
        Optional<PolicyProfile.ReviewTiming> timing = p.reviewTiming(type, firstMeeting);
        if (timing.isEmpty()) {
            return Optional.empty();
        }
        RuleSetting s = timing.get().setting();
        Optional<RuleSetting> max = p.setting(RuleId.MAX_DURATION_12M);
        if (type != EpisodeType.SUPERVISION_ORDER && exceptionalRecordedOn != null && !exceptionalRecordedOn.isAfter(heldOn)
                && max.isPresent() && max.get().hasTimescale() && max.get().thereafter() != null
                && !heldOn.isBefore(max.get().timescale().dueFrom(planStart, calendar).date())) {
            // Suffolk 4.5: past 12 months with exceptional circumstances, reviews at least every 6 months, no window.
            return Optional.of(new ReviewTimescale(s, max.get().thereafter(), null, max.get().policySource(), true, false));
        }
        return Optional.of(new ReviewTimescale(s, timing.get().interval(), timing.get().minimum(), s.policySource(), false,
                timing.get().ordinaryAfterSupervisionOrder(p)));
    }

    /**
     * @param setting          the setting whose value times the review (REVIEW_INTERVAL's after a supervision order's first)
     * @param longTerm         whether the plan is past 12 months with exceptional circumstances (Suffolk 4.5)
     * @param ordinaryAfterSo  whether a supervision order's later review follows the ordinary REVIEW_INTERVAL
     */
    private record ReviewTimescale(RuleSetting setting, Timescale interval, Timescale windowMinimum, String policySource,
                                   boolean longTerm, boolean ordinaryAfterSo) {
    }

    /** Only the deadlines still to be done (UPCOMING, DUE_SOON, OVERDUE). */
    public static List<Deadline> openOnly(List<Deadline> deadlines) {
        return deadlines.stream().filter(Deadline::isOpen).toList();
    }

    /** One evaluation of one case on one day; holds no state beyond the call. */
    private final class Evaluation {
        private final CaseHistory c;
        private final ProfileHistory profiles;
        private final LocalDate today;
        private final PolicyProfile current;

        Evaluation(CaseHistory c, ProfileHistory profiles, LocalDate today) {
            this.c = c;
            this.profiles = profiles;
            this.today = today;
            LocalDate asOf = c.isClosed() && c.closureDate().isBefore(today) ? c.closureDate() : today;
            this.current = profiles.effectiveOn(asOf);
        }

        List<Deadline> run() {
            Map<RuleId, List<Deadline>> byRule = new EnumMap<>(RuleId.class);
            for (RuleId rule : RuleId.values()) {
                byRule.put(rule, afterClosure(rule, evaluate(rule)));
            }
            List<Deadline> all = new ArrayList<>();
            byRule.values().forEach(all::addAll);
            all.sort(Comparator.comparing(Deadline::rule)
                    .thenComparing(Deadline::dueDate, Comparator.nullsFirst(Comparator.naturalOrder())));
            return List.copyOf(all);
        }

        private List<Deadline> evaluate(RuleId rule) {
            Optional<String> notForType = current.notForEpisodeType(rule, c.episodeType());
            if (notForType.isPresent()) {
                return notApplicable(rule, notForType.get());
            }
            return switch (rule) {
                case INITIAL_MEETING -> initialMeeting();
                case REVIEW_INTERVAL, SO_REVIEW -> reviews(rule);
                case REVIEW_EARLY -> earlyReviews();
                case MINUTES_DISTRIBUTED -> minutes();
                case PLAN_UPDATE_DATE -> planUpdateDates();
                case VISIT_INTERVAL, VISIT_INTERVAL_SO, VISIT_INTERVAL_SHORT_BREAKS -> visits(rule);
                case VISIT_RECORDED -> visitWriteUps();
                case SEEN_ALONE -> seenAlone();
                case ASSESSMENT_DUE -> assessmentsDue();
                case ASSESSMENT_REFRESH -> assessmentRefresh();
                case PLAN_APPROVAL -> planApproval();
                case MIN_DURATION_AFTER_CP, MIN_DURATION_FROM_START -> minimumDuration(rule);
                case DURATION_6M -> sixMonthDuration();
                case OVERSIGHT_6M_12M -> oversight();
                case CONCLUSION_CHECK_9M -> checkpointRule(rule, CheckpointKind.CONCLUSION_CHECK_9M);
                case SO_EXTENSION_9M -> checkpointRule(rule, CheckpointKind.SO_EXTENSION_DECISION);
                case MAX_DURATION_12M -> maximumDuration();
                case SERVICE_MANAGER_18M -> checkpointRule(rule, CheckpointKind.SERVICE_MANAGER_REVIEW);
            };
        }

        // ---- rules ---------------------------------------------------------------------------

        private List<Deadline> initialMeeting() {
            RuleId rule = RuleId.INITIAL_MEETING;
            PolicyProfile p = profiles.effectiveOn(c.decisionDate());
            Optional<RuleSetting> s = p.setting(rule);
            if (s.isEmpty()) {
                return notApplicable(rule, p.noValueReason(rule));
            }
            LocalDate met = c.firstMeeting().map(Meeting::heldOn).orElse(null);
            return List.of(draft(rule, "Initial meeting", p, s.get())
                    .countedFrom("decision", c.decisionDate())
                    .dueAfter(s.get().timescale())
                    .metOn(met)
                    .build());
        }

        private List<Deadline> reviews(RuleId rule) {
            boolean supervisionOrder = c.episodeType() == EpisodeType.SUPERVISION_ORDER;
            if (rule == RuleId.SO_REVIEW && !supervisionOrder) {
                return notApplicable(rule, "It applies only to supervision orders; this plan is reviewed under " + RuleId.REVIEW_INTERVAL.title());
            }
            if (rule == RuleId.REVIEW_INTERVAL && supervisionOrder) {
                return notApplicable(rule, "A supervision order is reviewed under " + RuleId.SO_REVIEW.title());
            }
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            List<Meeting> meetings = c.meetings();
            if (meetings.isEmpty()) {
                return notApplicable(rule, "No CIN meeting has been held yet; reviews count from the initial meeting");
            }
            List<Deadline> out = new ArrayList<>();
            for (int i = 0; i < meetings.size(); i++) {
                Meeting anchor = meetings.get(i);
                PolicyProfile p = profiles.effectiveOn(anchor.heldOn());
                Optional<ReviewTimescale> timescales = reviewTimescale(p, c.episodeType(), i == 0, anchor.heldOn(),
                        c.planStart(), c.hasExceptionalCircumstances() ? c.exceptionalCircumstances().recordedOn() : null);
                if (timescales.isEmpty()) {
                    continue;
                }
                ReviewTimescale timescale = timescales.get();
                Optional<RuleSetting> s = Optional.of(timescale.setting());
                Timescale interval = timescale.interval();
                Timescale minimum = timescale.windowMinimum();
                List<String> notes = new ArrayList<>();
                if (timescale.ordinaryAfterSo()) {
                    notes.add("After the first supervision-order review, reviews follow the ordinary timescale ("
                            + RuleId.REVIEW_INTERVAL.name() + ", " + s.get().valueInWords() + ").");
                }
                if (timescale.longTerm()) {
                    notes.add("The plan is past 12 months with exceptional circumstances recorded, so reviews are due at least every "
                            + interval.readable() + " (" + p.setting(RuleId.MAX_DURATION_12M).get().policySource() + ").");
                }
                Meeting next = i + 1 < meetings.size() ? meetings.get(i + 1) : null;
                TimescaleResult due = calculator.calculate(p, rule, s.get(), interval, minimum, anchor.heldOn(), "meeting", null);
                List<String> flags = new ArrayList<>();
                if (next != null && minimum != null) {
                    windowFlags(anchor, next, due, s.get(), flags);
                }
                if (next == null && anchor.nextReviewDate() != null) {
                    if (anchor.nextReviewDate().isAfter(due.dueDate())) {
                        flags.add("The minutes set the next review for " + Dates.full(anchor.nextReviewDate()) + ", after it is due.");
                    } else if (due.windowStart() != null && anchor.nextReviewDate().isBefore(due.windowStart())) {
                        flags.add("The minutes set the next review for " + Dates.full(anchor.nextReviewDate())
                                + ", before the window opens; a rationale will be needed.");
                    }
                }
                String label = "Review " + (i + 1) + " (after the meeting of " + Dates.full(anchor.heldOn()) + ")";
                out.add(draft(rule, label, p, s.get())
                        .countedFrom("meeting", anchor.heldOn())
                        .due(due)
                        .metOn(next == null ? null : next.heldOn())
                        .flags(flags)
                        .notes(notes)
                        .build());
            }
            return out;
        }

        private void windowFlags(Meeting anchor, Meeting next, TimescaleResult due, RuleSetting s, List<String> flags) {
            boolean early = next.heldOn().isBefore(due.windowStart());
            boolean late = next.heldOn().isAfter(due.dueDate());
            if (!early && !late) {
                return;
            }
            if (next.hasRationale()) {
                return;
            }
            // An early review after a significant change is what Suffolk 4.1 asks for: the change is its rationale.
            boolean changeInBetween = c.significantChanges().stream()
                    .anyMatch(d -> d.isAfter(anchor.heldOn()) && !d.isAfter(next.heldOn()));
            if (early && changeInBetween) {
                return;
            }
            flags.add("The review of " + Dates.full(next.heldOn()) + " was held " + (early ? "before the window opened" : "after the window closed")
                    + " with no recorded rationale (" + s.policySource() + ").");
        }

        private List<Deadline> earlyReviews() {
            RuleId rule = RuleId.REVIEW_EARLY;
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            if (c.significantChanges().isEmpty()) {
                return notApplicable(rule, "No significant change in family circumstances is recorded");
            }
            List<Deadline> out = new ArrayList<>();
            for (LocalDate change : c.significantChanges()) {
                // A change before any meeting is for the initial meeting to take into account, not an early review.
                boolean afterAMeeting = c.meetings().stream().anyMatch(m -> m.heldOn().isBefore(change));
                if (!afterAMeeting) {
                    continue;
                }
                PolicyProfile p = profiles.effectiveOn(change);
                Optional<RuleSetting> s = p.setting(rule);
                if (s.isEmpty()) {
                    continue;
                }
                LocalDate met = c.meetings().stream().map(Meeting::heldOn).filter(d -> !d.isBefore(change)).findFirst().orElse(null);
                out.add(draft(rule, "Significant change of " + Dates.full(change), p, s.get())
                        .countedFrom("significant change", change)
                        .dueAfter(s.get().timescale())
                        .metOn(met)
                        .build());
            }
            if (out.isEmpty()) {
                return notApplicable(rule, "The significant changes recorded came before the initial meeting, which takes them into account");
            }
            return out;
        }

        private List<Deadline> minutes() {
            return onePerEvent(RuleId.MINUTES_DISTRIBUTED, c.meetings(), "No CIN meeting has been held yet",
                    Meeting::heldOn, "meeting", "Minutes of the meeting of ", Meeting::minutesDistributedOn);
        }

        /** A rule due once after each event of a kind (minutes after each meeting, a write-up after each visit). */
        private <E> List<Deadline> onePerEvent(RuleId rule, List<E> events, String noEventsReason,
                                               Function<E, LocalDate> eventDate, String eventName,
                                               String occurrencePrefix, Function<E, LocalDate> metOn) {
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            if (events.isEmpty()) {
                return notApplicable(rule, noEventsReason);
            }
            List<Deadline> out = new ArrayList<>();
            for (E event : events) {
                LocalDate on = eventDate.apply(event);
                PolicyProfile p = profiles.effectiveOn(on);
                p.setting(rule).ifPresent(s -> out.add(draft(rule, occurrencePrefix + Dates.full(on), p, s)
                        .countedFrom(eventName, on)
                        .dueAfter(s.timescale())
                        .metOn(metOn.apply(event))
                        .build()));
            }
            return out;
        }

        private List<Deadline> planUpdateDates() {
            RuleId rule = RuleId.PLAN_UPDATE_DATE;
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            if (c.meetings().isEmpty()) {
                return notApplicable(rule, "No CIN meeting has been held yet");
            }
            List<Deadline> out = new ArrayList<>();
            for (Meeting m : c.meetings()) {
                PolicyProfile p = profiles.effectiveOn(m.heldOn());
                Optional<RuleSetting> s = p.setting(rule);
                if (s.isEmpty()) {
                    continue;
                }
                TimescaleResult due = calculator.calculate(p, rule, s.get(), s.get().timescale(), null, m.heldOn(), "meeting", null);
                String label = "Plan update date set at the meeting of " + Dates.full(m.heldOn());
                if (m.planUpdateDate() == null) {
                    // Not set yet: it can still be set (in the minutes) until the latest allowed date passes.
                    out.add(draft(rule, label, p, s.get())
                            .countedFrom("meeting", m.heldOn())
                            .due(due)
                            .build());
                } else if (m.planUpdateDate().isAfter(due.dueDate())) {
                    out.add(draft(rule, label, p, s.get())
                            .countedFrom("meeting", m.heldOn())
                            .due(due)
                            .metOn(m.heldOn())
                            .status(DeadlineStatus.MET_LATE)
                            .flags(List.of("The minutes set the plan update for " + Dates.full(m.planUpdateDate())
                                    + ", later than " + s.get().timescale().readable() + " after the meeting."))
                            .build());
                } else {
                    out.add(draft(rule, label, p, s.get())
                            .countedFrom("meeting", m.heldOn())
                            .due(due)
                            .metOn(m.heldOn())
                            .status(DeadlineStatus.MET)
                            .notes(List.of("The minutes set the plan update for " + Dates.full(m.planUpdateDate()) + "."))
                            .build());
                }
            }
            return out;
        }

        private RuleId activeVisitRule() {
            RuleId specific = switch (c.episodeType()) {
                case SUPERVISION_ORDER -> RuleId.VISIT_INTERVAL_SO;
                case SHORT_BREAKS -> RuleId.VISIT_INTERVAL_SHORT_BREAKS;
                default -> null;
            };
            // A council with no specific value for the episode falls back to its ordinary visit interval.
            return specific != null && current.sets(specific) ? specific : RuleId.VISIT_INTERVAL;
        }

        private List<Deadline> visits(RuleId rule) {
            RuleId active = activeVisitRule();
            if (rule != active) {
                if (rule == RuleId.VISIT_INTERVAL) {
                    return notApplicable(rule, "Replaced by " + active.title() + " for this episode");
                }
                if (!current.sets(rule)) {
                    return notApplicable(rule, current.noValueReason(rule));
                }
                return notApplicable(rule, rule == RuleId.VISIT_INTERVAL_SO ? "It applies only to supervision orders"
                        : "It applies only to short-breaks plans");
            }
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            List<Deadline> out = new ArrayList<>();
            LocalDate anchor = c.decisionDate();
            String event = "decision";
            boolean first = true;
            while (true) {
                if (c.isClosed() && !first && !anchor.isBefore(c.closureDate())) {
                    break;
                }
                PolicyProfile p = profiles.effectiveOn(anchor);
                Optional<RuleSetting> s = p.setting(rule);
                if (s.isEmpty()) {
                    break;
                }
                LocalDate from = anchor;
                boolean inclusive = first;
                Optional<Visit> seen = c.visits().stream().filter(Visit::countsForVisitInterval)
                        .filter(v -> inclusive ? !v.visitedOn().isBefore(from) : v.visitedOn().isAfter(from)).findFirst();
                String label = "Visit after the " + event + " of " + Dates.full(anchor);
                Timescale maximum = first ? s.get().timescale() : s.get().laterInterval();
                // The case's own frequency, in force on the day counted from, applies when it falls due sooner.
                Optional<VisitFrequency> agreed = c.visitFrequencyOn(anchor)
                        .filter(f -> f.interval().dueFrom(from, calendar).date().isBefore(maximum.dueFrom(from, calendar).date()));
                out.add(draft(rule, label, p, s.get())
                        .countedFrom(event, anchor)
                        .dueAfter(agreed.map(VisitFrequency::interval).orElse(maximum))
                        .metOn(seen.map(Visit::visitedOn).orElse(null))
                        .notes(agreed.map(f -> List.of("The frequency " + f.inWords() + " applies: it is shorter than "
                                + p.councilName() + "'s maximum of " + maximum.readable() + ".")).orElse(List.of()))
                        .build());
                if (seen.isEmpty()) {
                    break;
                }
                anchor = seen.get().visitedOn();
                event = "visit";
                first = false;
            }
            return out;
        }

        private List<Deadline> visitWriteUps() {
            return onePerEvent(RuleId.VISIT_RECORDED, c.visits(), "No visit is recorded yet",
                    Visit::visitedOn, "visit", "Write-up of the visit of ", Visit::writtenUpOn);
        }

        private List<Deadline> seenAlone() {
            RuleId rule = RuleId.SEEN_ALONE;
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            if (c.meetings().isEmpty()) {
                return notApplicable(rule, "No review period has started: no CIN meeting has been held yet");
            }
            RuleId reviewRule = reviewRule(c.episodeType());
            List<Deadline> out = new ArrayList<>();
            boolean skippedAsBaby = false;
            List<Meeting> meetings = c.meetings();
            for (int i = 0; i < meetings.size(); i++) {
                LocalDate start = meetings.get(i).heldOn();
                PolicyProfile p = profiles.effectiveOn(start);
                Optional<RuleSetting> s = p.setting(rule);
                Optional<RuleSetting> review = p.setting(reviewRule);
                if (s.isEmpty() || review.isEmpty()) {
                    continue;
                }
                Meeting next = i + 1 < meetings.size() ? meetings.get(i + 1) : null;
                LocalDate end = next != null ? next.heldOn()
                        : review.get().timescale().dueFrom(start, calendar).date();
                LocalDate judgedOn = next != null ? end : (today.isBefore(end) ? today : end);
                if (c.dateOfBirth().plusYears(1).isAfter(judgedOn)) {
                    skippedAsBaby = true; // Suffolk 6.2: seeing a baby alone may not be appropriate
                    continue;
                }
                Optional<Visit> alone = c.visits().stream().filter(Visit::countsAsSeenAlone)
                        .filter(v -> !v.visitedOn().isBefore(start) && (next == null ? !v.visitedOn().isAfter(end) : v.visitedOn().isBefore(end)))
                        .findFirst();
                String period = next != null ? "the review period from " + Dates.full(start) + " to " + Dates.full(end)
                        : "the review period after the meeting of " + Dates.full(start);
                String text = rule.title() + " due by " + Dates.full(end) + ": at least once in " + period + " (" + p.councilName() + "; "
                        + s.get().policySource() + ")." + (s.get().interpretation() == null ? "" : " " + s.get().interpretation());
                TimescaleResult due = new TimescaleResult(rule, start, end, null, text, List.of());
                List<String> flags = new ArrayList<>();
                DeadlineStatus forced = null;
                if (alone.isEmpty() && next != null) {
                    forced = DeadlineStatus.OVERDUE;
                    flags.add("No visit saw the child alone between " + Dates.full(start) + " and " + Dates.full(end) + ".");
                }
                out.add(draft(rule, "Review period from " + Dates.full(start), p, s.get())
                        .countedFrom("meeting", start)
                        .due(due)
                        .metOn(alone.map(Visit::visitedOn).orElse(null))
                        .status(forced)
                        .flags(flags)
                        .build());
            }
            if (out.isEmpty() && skippedAsBaby) {
                return notApplicable(rule, "The child is a baby (under 1), so seeing them alone may not be appropriate (Suffolk procedure 6.2)");
            }
            return out;
        }

        private List<Deadline> assessmentsDue() {
            return onePerEvent(RuleId.ASSESSMENT_DUE, c.assessments(), "No assessment is recorded",
                    Assessment::startedOn, "assessment start", "Assessment started ", Assessment::completedOn);
        }

        private List<Deadline> assessmentRefresh() {
            RuleId rule = RuleId.ASSESSMENT_REFRESH;
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            // Counts from the assessment that led to the plan, if recorded, else from the decision.
            Optional<LocalDate> leading = c.assessments().stream().map(Assessment::completedOn)
                    .filter(d -> d != null && !d.isAfter(c.decisionDate())).max(Comparator.naturalOrder());
            LocalDate anchor = leading.orElse(c.decisionDate());
            String event = leading.isPresent() ? "assessment completed" : "decision";
            List<Deadline> out = new ArrayList<>();
            while (true) {
                if (c.isClosed() && !out.isEmpty() && !anchor.isBefore(c.closureDate())) {
                    break;
                }
                PolicyProfile p = profiles.effectiveOn(anchor);
                Optional<RuleSetting> s = p.setting(rule);
                if (s.isEmpty()) {
                    break;
                }
                LocalDate from = anchor;
                Optional<LocalDate> refreshed = c.assessments().stream().map(Assessment::completedOn)
                        .filter(d -> d != null && d.isAfter(from)).min(Comparator.naturalOrder());
                out.add(draft(rule, "Updated assessment after the " + event + " of " + Dates.full(anchor), p, s.get())
                        .countedFrom(event, anchor)
                        .dueAfter(s.get().timescale())
                        .metOn(refreshed.orElse(null))
                        .build());
                if (refreshed.isEmpty()) {
                    break;
                }
                anchor = refreshed.get();
                event = "assessment completed";
            }
            return out;
        }

        private List<Deadline> planApproval() {
            RuleId rule = RuleId.PLAN_APPROVAL;
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            LocalDate anchor;
            String event;
            if (c.firstMeeting().isPresent()) {
                anchor = c.firstMeeting().get().heldOn();
                event = "initial meeting";
            } else {
                // No plan yet: count from the date the initial meeting is due, so the approval is not asked before the plan exists.
                PolicyProfile atDecision = profiles.effectiveOn(c.decisionDate());
                Optional<RuleSetting> initial = atDecision.setting(RuleId.INITIAL_MEETING);
                anchor = initial.isPresent() ? initial.get().timescale().dueFrom(c.decisionDate(), calendar).date() : c.decisionDate();
                event = initial.isPresent() ? "initial meeting (not yet held; due)" : "decision";
            }
            PolicyProfile p = profiles.effectiveOn(anchor);
            Optional<RuleSetting> s = p.setting(rule);
            if (s.isEmpty()) {
                return notApplicable(rule, p.noValueReason(rule));
            }
            LocalDate approved = c.planApprovals().stream().filter(d -> !d.isBefore(c.decisionDate())).findFirst().orElse(null);
            return List.of(draft(rule, "Initial plan", p, s.get())
                    .countedFrom(event, anchor)
                    .dueAfter(s.get().timescale())
                    .metOn(approved)
                    .build());
        }

        /**
         * A minimum duration: met once it has passed, or by closing earlier with a manager's decision recorded on or
         * before the closure; closing earlier without one breaches it.
         */
        private List<Deadline> minimumDuration(RuleId rule) {
            if (rule == RuleId.MIN_DURATION_AFTER_CP && c.episodeType() != EpisodeType.STEP_DOWN_FROM_CP) {
                return notApplicable(rule, "It applies only to plans after step-down from a child protection plan");
            }
            Optional<Checkpoint> decision = c.firstCheckpoint(CheckpointKind.EARLY_CLOSURE_MANAGER_DECISION);
            Optional<Minimum> minimum = minimumOf(rule, profiles, c.episodeType(), c.childProtectionPlanEndDate(),
                    c.planStart(), c.planStartDescription(), decision.map(Checkpoint::recordedOn).orElse(null));
            if (minimum.isEmpty()) {
                LocalDate from = rule == RuleId.MIN_DURATION_AFTER_CP ? c.childProtectionPlanEndDate() : c.planStart();
                return notApplicable(rule, profiles.effectiveOn(from).noValueReason(rule));
            }
            MinimumDuration m = minimum.get().duration();
            RuleSetting s = minimum.get().setting();
            List<String> flags = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            DeadlineStatus status;
            LocalDate metOn = null;
            if (c.isClosed() && c.closureDate().isBefore(m.openUntil())) {
                if (m.allowsClosureOn(c.closureDate())) {
                    status = DeadlineStatus.MET;
                    metOn = c.closureDate();
                    notes.add("Closed early on " + Dates.full(c.closureDate()) + " with a manager decision recorded on "
                            + Dates.full(m.decisionOn()) + ".");
                } else {
                    status = DeadlineStatus.BREACHED;
                    flags.add("Closed on " + Dates.full(c.closureDate()) + ", before the minimum " + s.timescale().readable()
                            + ", with no recorded manager decision.");
                }
            } else if (!today.isBefore(m.openUntil())) {
                status = DeadlineStatus.MET;
                metOn = m.openUntil();
            } else {
                status = DeadlineStatus.UPCOMING; // nothing to do but keep the plan open
            }
            return List.of(draft(rule, "Minimum duration", minimum.get().profile(), s)
                    .countedFrom(m.event(), m.from())
                    .due(minimum.get().due())
                    .metOn(metOn)
                    .status(status)
                    .flags(flags)
                    .notes(notes)
                    .build());
        }

        private List<Deadline> sixMonthDuration() {
            RuleId rule = RuleId.DURATION_6M;
            String exclusion = switch (c.episodeType()) {
                case SUPERVISION_ORDER -> "A supervision-order plan lasts for the duration of the order";
                case SHORT_BREAKS -> "Short-breaks plans are not expected to end within six months";
                default -> c.disabledChild() ? "Disabled children may need longer-term support" : null;
            };
            if (exclusion != null) {
                return notApplicable(rule, exclusion);
            }
            return planDurationRule(rule, null, c.firstCheckpoint(CheckpointKind.CONTINUE_BEYOND_6M).orElse(null));
        }

        private List<Deadline> maximumDuration() {
            RuleId rule = RuleId.MAX_DURATION_12M;
            if (c.episodeType() == EpisodeType.SUPERVISION_ORDER) {
                return notApplicable(rule, "A supervision-order plan lasts for the duration of the order (Suffolk procedure 4.5, 5.1)");
            }
            return planDurationRule(rule, c.exceptionalCircumstances(), null);
        }

        /**
         * A plan-length rule: met by closing, by recording exceptional circumstances (12 months) or by a manager's decision
         * that the plan continues (6 months), whichever came first.
         */
        private List<Deadline> planDurationRule(RuleId rule, ExceptionalCircumstances exceptional, Checkpoint continuation) {
            PolicyProfile p = profiles.effectiveOn(c.planStart());
            Optional<RuleSetting> s = p.setting(rule);
            if (s.isEmpty() || !current.sets(rule)) {
                return notApplicable(rule, (s.isEmpty() ? p : current).noValueReason(rule));
            }
            LocalDate met = null;
            List<String> notes = new ArrayList<>();
            if (exceptional != null) {
                met = exceptional.recordedOn();
                notes.add("Exceptional circumstances (" + exceptional.kind().label().toLowerCase(Locale.ROOT) + ") recorded on "
                        + Dates.full(exceptional.recordedOn()) + "; reviews then at least every " + s.get().laterInterval().readable() + ".");
            } else if (continuation != null && (!c.isClosed() || continuation.recordedOn().isBefore(c.closureDate()))) {
                met = continuation.recordedOn();
                notes.add("A manager decided on " + Dates.full(met) + " that the plan continues beyond " + s.get().timescale().readable() + ".");
            } else if (c.isClosed()) {
                met = c.closureDate();
                notes.add("Closed on " + Dates.full(c.closureDate()) + ".");
            }
            return List.of(draft(rule, rule.title(), p, s.get())
                    .countedFrom(c.planStartDescription(), c.planStart())
                    .dueAfter(s.get().timescale())
                    .metOn(met)
                    .notes(notes)
                    .build());
        }

        private List<Deadline> oversight() {
            RuleId rule = RuleId.OVERSIGHT_6M_12M;
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            PolicyProfile p = profiles.effectiveOn(c.planStart());
            Optional<RuleSetting> s = p.setting(rule);
            if (s.isEmpty()) {
                return notApplicable(rule, p.noValueReason(rule));
            }
            Timescale first = s.get().timescale();
            Timescale later = s.get().laterInterval();
            // The second check counts from the plan start too (6 + 6 = 12 months), so it does not drift with the first.
            Timescale second = first.unit() == later.unit() ? new Timescale(first.amount() + later.amount(), first.unit()) : first;
            List<Deadline> out = new ArrayList<>();
            out.add(draft(rule, first.readable(), p, s.get())
                    .countedFrom(c.planStartDescription(), c.planStart())
                    .dueAfter(first)
                    .metOn(c.firstCheckpoint(CheckpointKind.OVERSIGHT_6M).map(Checkpoint::recordedOn).orElse(null))
                    .build());
            out.add(draft(rule, second.readable(), p, s.get())
                    .countedFrom(c.planStartDescription(), c.planStart())
                    .dueAfter(second)
                    .metOn(c.firstCheckpoint(CheckpointKind.OVERSIGHT_12M).map(Checkpoint::recordedOn).orElse(null))
                    .build());
            return out;
        }

        private List<Deadline> checkpointRule(RuleId rule, CheckpointKind kind) {
            boolean supervisionOrder = c.episodeType() == EpisodeType.SUPERVISION_ORDER;
            if (rule == RuleId.SO_EXTENSION_9M && !supervisionOrder) {
                return notApplicable(rule, "It applies only to supervision orders");
            }
            if (rule == RuleId.CONCLUSION_CHECK_9M && supervisionOrder) {
                return notApplicable(rule, "A supervision order has the nine-month extension decision instead (Suffolk procedure 5.1)");
            }
            if (rule == RuleId.SERVICE_MANAGER_18M) {
                if (c.disabledChildrensTeam()) {
                    return notApplicable(rule, "Cases of the Disabled Children's Team are excepted (Suffolk procedure 4.7)");
                }
                if (c.hasExceptionalCircumstances()
                        && c.exceptionalCircumstances().kind() == ExceptionalCircumstance.NO_RECOURSE_TO_PUBLIC_FUNDS) {
                    return notApplicable(rule, "No Recourse to Public Funds cases are excepted (Suffolk procedure 4.7)");
                }
            }
            if (!current.sets(rule)) {
                return notApplicable(rule, current.noValueReason(rule));
            }
            PolicyProfile p = profiles.effectiveOn(c.planStart());
            Optional<RuleSetting> s = p.setting(rule);
            if (s.isEmpty()) {
                return notApplicable(rule, p.noValueReason(rule));
            }
            LocalDate met = c.firstCheckpoint(kind).map(Checkpoint::recordedOn).orElse(null);
            // SF 5.1 and RULES.md Contents: a supervision-order plan lasts for the order, so its nine months count from
            // the order's start once recorded.
            boolean fromOrder = rule == RuleId.SO_EXTENSION_9M && c.supervisionOrderStart() != null;
            LocalDate from = fromOrder ? c.supervisionOrderStart() : c.planStart();
            PolicyProfile at = fromOrder ? profiles.effectiveOn(from) : p;
            Optional<RuleSetting> setting = fromOrder ? at.setting(rule) : s;
            if (setting.isEmpty()) {
                return notApplicable(rule, at.noValueReason(rule));
            }
            List<String> notes = rule == RuleId.SO_EXTENSION_9M && !fromOrder
                    ? List.of("The order's start date is not recorded, so this counts from the plan start.") : List.of();
            return List.of(draft(rule, setting.get().timescale().readable(), at, setting.get())
                    .countedFrom(fromOrder ? "start of the supervision order" : c.planStartDescription(), from)
                    .dueAfter(setting.get().timescale())
                    .metOn(met)
                    .notes(notes)
                    .build());
        }

        // ---- building blocks -----------------------------------------------------------------

        /** A deadline of {@code rule} to put together, counted by profile {@code p} and its setting {@code s}. */
        private Draft draft(RuleId rule, String label, PolicyProfile p, RuleSetting s) {
            return new Draft(rule, label, p, s);
        }

        /**
         * One occurrence of a rule's deadline as it is put together: what it counts from, when it falls due, when it
         * was met, and the flags and notes its explanation carries.
         */
        private final class Draft {
            private final RuleId rule;
            private final String label;
            private final PolicyProfile profile;
            private final RuleSetting setting;
            private String event;
            private LocalDate from;
            private TimescaleResult due;
            private LocalDate metOn;
            private DeadlineStatus forced;
            private List<String> flags = List.of();
            private List<String> notes = List.of();

            private Draft(RuleId rule, String label, PolicyProfile profile, RuleSetting setting) {
                this.rule = rule;
                this.label = label;
                this.profile = profile;
                this.setting = setting;
            }

            /** Counted from this event ("meeting") on this day. */
            Draft countedFrom(String event, LocalDate from) {
                this.event = event;
                this.from = from;
                return this;
            }

            /** Due as worked out already (a window, a lead phrase). */
            Draft due(TimescaleResult due) {
                this.due = due;
                return this;
            }

            /** Due this timescale after the event counted from. */
            Draft dueAfter(Timescale timescale) {
                this.due = calculator.calculate(profile, rule, setting, timescale, null, from, event, null);
                return this;
            }

            /** Met on this day (null: not yet). */
            Draft metOn(LocalDate metOn) {
                this.metOn = metOn;
                return this;
            }

            /** This status whatever the dates say (null: by the dates). */
            Draft status(DeadlineStatus forced) {
                this.forced = forced;
                return this;
            }

            Draft flags(List<String> flags) {
                this.flags = flags;
                return this;
            }

            Draft notes(List<String> notes) {
                this.notes = notes;
                return this;
            }

            Deadline build() {
                DeadlineStatus status = forced != null ? forced : statusOf(due.dueDate(), metOn, setting.dueSoonWorkingDays());
                StringBuilder text = new StringBuilder(due.explanation());
                notes.forEach(n -> text.append(' ').append(n));
                if (metOn != null && status == DeadlineStatus.MET && !MINIMUM_DURATIONS.contains(rule)) {
                    text.append(" Met on ").append(Dates.full(metOn)).append('.');
                } else if (metOn != null && status == DeadlineStatus.MET_LATE) {
                    text.append(" Met late, on ").append(Dates.full(metOn)).append('.');
                }
                flags.forEach(f -> text.append(' ').append(f));
                return new Deadline(rule, label, due.dueDate(), due.windowStart(), status,
                        status == DeadlineStatus.MET || status == DeadlineStatus.MET_LATE ? metOn : null, null, event, from,
                        c.council(), profile.version(), setting.policySource(), due.warnings(), flags, text.toString());
            }
        }

        private DeadlineStatus statusOf(LocalDate due, LocalDate metOn, int leadWorkingDays) {
            if (metOn != null) {
                return metOn.isAfter(due) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
            }
            if (today.isAfter(due)) {
                return DeadlineStatus.OVERDUE;
            }
            LocalDate dueSoonFrom = calendar.minusWorkingDays(due, leadWorkingDays).date();
            return today.isBefore(dueSoonFrom) ? DeadlineStatus.UPCOMING : DeadlineStatus.DUE_SOON;
        }

        private List<Deadline> notApplicable(RuleId rule, String reason) {
            String source = current.setting(rule).map(RuleSetting::policySource).orElse(null);
            return List.of(new Deadline(rule, rule.title(), null, null, DeadlineStatus.NOT_APPLICABLE, null, reason, null, null,
                    c.council(), current.version(), source, List.of(), List.of(),
                    rule.title() + " does not apply. " + reason + "."));
        }

        /** Closed cases: nothing still open falls due after the closure date. */
        private List<Deadline> afterClosure(RuleId rule, List<Deadline> deadlines) {
            if (!c.isClosed()) {
                return deadlines;
            }
            List<Deadline> kept = deadlines.stream()
                    .filter(d -> !(d.isOpen() && d.dueDate().isAfter(c.closureDate())))
                    .toList();
            if (kept.isEmpty() && !deadlines.isEmpty()) {
                return notApplicable(rule, "The case closed on " + Dates.full(c.closureDate()) + ", before this was due");
            }
            return kept;
        }
    }
}
