package org.cinplan.admin;

import org.cinplan.platform.BusinessRuleViolation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Details of a member of staff that were refused, with every problem against the field it concerns, so a form
 * can show each at its field. The message lists them all, for callers that show one message.
 */
public class StaffDetailsRefused extends BusinessRuleViolation {

    private static final long serialVersionUID = 1L;

    private final EnumMap<StaffField, List<String>> problems;

    public StaffDetailsRefused(Map<StaffField, List<String>> problems) {
        super("STAFF_DETAILS", describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("No problems to report");
        }
        this.problems = new EnumMap<>(StaffField.class);
        problems.forEach((field, messages) -> this.problems.put(field, List.copyOf(messages)));
    }

    public static StaffDetailsRefused of(StaffField field, String problem) {
        return new StaffDetailsRefused(Map.of(field, List.of(problem)));
    }

    /** Every problem, by field, in the order of {@link StaffField}. */
    public Map<StaffField, List<String>> problems() {
        return Collections.unmodifiableMap(problems);
    }

    public List<String> problemsWith(StaffField field) {
        return problems.getOrDefault(field, List.of());
    }

    private static String describe(Map<StaffField, List<String>> problems) {
        return new EnumMap<>(problems).values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
    }
}
