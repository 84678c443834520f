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

    /** "Reading's policy sets no timescale for Initial CIN meeting". */
    String noValueReason(RuleId rule) {
        return councilName + "'s policy sets no timescale for " + rule.title();
    }
}
