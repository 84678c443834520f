package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a council's policy values. A rule missing from {@link #settings()} is one the
 * council's policy sets no value for ("—" in the catalogue).
 */
public record PolicyProfile(CouncilCode council, String councilName, int version, LocalDate effectiveFrom,
                            Map<RuleId, RuleSetting> settings) {

    public PolicyProfile {
        Guard.required(council, "council code is required");
        Guard.required(effectiveFrom, "effective-from date is required");
        Guard.required(settings, "settings are required");
        if (councilName == null || councilName.isBlank()) {
            throw new IllegalArgumentException("A policy profile needs a council name");
        }
        if (version < 1) {
            throw new IllegalArgumentException("Profile versions start at 1, not " + version);
        }
        settings = settings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(settings));
    }

    public Optional<RuleSetting> setting(RuleId rule) {
        return Optional.ofNullable(settings.get(rule));
    }

    public boolean sets(RuleId rule) {
        return settings.containsKey(rule);
    }

    /** The next version: these settings replace (or, when null, remove) the current ones from the given date. */
    public PolicyProfile nextVersion(LocalDate from, Map<RuleId, RuleSetting> changes) {
        Guard.required(from, "effective-from date is required");
        if (!from.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("A new version must take effect after " + effectiveFrom + ", not on " + from);
        }
        Map<RuleId, RuleSetting> next = new EnumMap<>(RuleId.class);
        next.putAll(settings);
        changes.forEach((rule, setting) -> {
            if (setting == null) {
                next.remove(rule);
            } else {
                next.put(rule, setting);
            }
        });
        return new PolicyProfile(council, councilName, version + 1, from, next);
    }

    /** The meeting timescales that Berkshire West's guidance says do not govern short-breaks plans (BW introduction). */
    public static final java.util.Set<RuleId> NOT_FOR_SHORT_BREAKS = java.util.EnumSet.of(RuleId.INITIAL_MEETING,
            RuleId.REVIEW_INTERVAL, RuleId.PLAN_UPDATE_DATE, RuleId.MINUTES_DISTRIBUTED, RuleId.ASSESSMENT_REFRESH);

    /**
     * Why the rule does not govern a plan of this type here, or empty when it does: in Berkshire West the meeting
     * timescales do not apply to short-breaks plans ("The below guidance does not specifically apply to meetings for
     * Children in Need receiving Short Breaks").
     */
    public Optional<String> notForEpisodeType(RuleId rule, EpisodeType type) {
        return council.isBerkshireWest() && type == EpisodeType.SHORT_BREAKS && NOT_FOR_SHORT_BREAKS.contains(rule)
                ? Optional.of("Berkshire West's meeting timescales do not apply to short-breaks plans (Berkshire West guidance,"
                + " introduction: \"does not specifically apply to meetings for Children in Need receiving Short Breaks\")")
                : Optional.empty();
    }

    /**
     * The setting that times the review after a meeting: the plan's review rule (SO_REVIEW for a supervision order,
     * else REVIEW_INTERVAL); after a supervision order's first review, the ordinary REVIEW_INTERVAL (SF 5.1: "at least
     * 8 weeks thereafter as with other CIN processes"; Berkshire West: as REVIEW_INTERVAL). Empty when none applies.
     *
     * @param afterFirstMeeting whether the review is the one after the episode's first (initial) meeting
     */
    public Optional<ReviewTiming> reviewTiming(EpisodeType type, boolean afterFirstMeeting) {
        RuleId rule = type == EpisodeType.SUPERVISION_ORDER ? RuleId.SO_REVIEW : RuleId.REVIEW_INTERVAL;
        if (notForEpisodeType(rule, type).isPresent()) {
            return Optional.empty();
        }
        Optional<RuleSetting> own = setting(rule).filter(RuleSetting::hasTimescale);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        if (afterFirstMeeting) {
            return Optional.of(new ReviewTiming(rule, own.get(), own.get().timescale(), own.get().windowMinimum()));
        }
        if (rule == RuleId.SO_REVIEW) {
            Optional<RuleSetting> ordinary = setting(RuleId.REVIEW_INTERVAL).filter(RuleSetting::hasTimescale);
            if (ordinary.isPresent()) {
                return Optional.of(new ReviewTiming(rule, ordinary.get(), ordinary.get().laterInterval(),
                        ordinary.get().windowMinimum()));
            }
        }
        return Optional.of(new ReviewTiming(rule, own.get(), own.get().laterInterval(), own.get().windowMinimum()));
    }

    /**
     * How a review is timed: the rule it counts under, the setting whose value and source apply, the interval and the
     * window's minimum (null when the interval is "at most").
     */
    public record ReviewTiming(RuleId rule, RuleSetting setting, Timescale interval, Timescale minimum) {

        /** Whether a supervision order's later review takes the ordinary REVIEW_INTERVAL setting. */
        public boolean ordinaryAfterSupervisionOrder(PolicyProfile profile) {
            return rule == RuleId.SO_REVIEW && profile.setting(RuleId.SO_REVIEW).map(s -> s != setting).orElse(false);
        }
    }

    /** "Reading's policy sets no timescale for Initial CIN meeting". */
    String noValueReason(RuleId rule) {
        return councilName + "'s policy sets no timescale for " + rule.title();
    }
}
