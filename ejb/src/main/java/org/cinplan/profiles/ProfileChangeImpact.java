package org.cinplan.profiles;

import org.cinplan.schedule.Deadline;
import org.cinplan.schedule.DeadlineStatus;
import org.cinplan.schedule.RuleId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares one case's deadlines under the profiles in force with its deadlines under a proposed change. Each
 * rule's occurrences are matched in order (the engine lists them in the order their events happened), so a rule
 * that gains or loses an occurrence shows as a move to or from "no due date".
 */
final class ProfileChangeImpact {

    private ProfileChangeImpact() {
    }

    /** A deadline that moves, before the case's names are known. */
    public record Move(RuleId rule, String occurrence, LocalDate oldDueDate, LocalDate newDueDate,
                       boolean becomesOverdue) {
    }

    public static List<Move> moves(List<Deadline> before, List<Deadline> after) {
        Map<RuleId, List<Deadline>> oldByRule = byRule(before);
        Map<RuleId, List<Deadline>> newByRule = byRule(after);
        Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        rules.addAll(oldByRule.keySet());
        rules.addAll(newByRule.keySet());
        List<Move> moves = new ArrayList<>();
        for (RuleId rule : rules) {
            List<Deadline> olds = oldByRule.getOrDefault(rule, List.of());
            List<Deadline> news = newByRule.getOrDefault(rule, List.of());
            for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
                Deadline old = i < olds.size() ? olds.get(i) : null;
                Deadline proposed = i < news.size() ? news.get(i) : null;
                LocalDate oldDue = old == null ? null : old.dueDate();
                LocalDate newDue = proposed == null ? null : proposed.dueDate();
                if (!Objects.equals(oldDue, newDue)) {
                    boolean overdueNow = proposed != null && proposed.status() == DeadlineStatus.OVERDUE;
                    boolean overdueBefore = old != null && old.status() == DeadlineStatus.OVERDUE;
                    moves.add(new Move(rule, (proposed != null ? proposed : old).occurrence(), oldDue, newDue,
                            overdueNow && !overdueBefore));
                }
            }
        }
        return moves;
    }

    /** Deadlines with a due date, by rule, in the engine's order. */
    private static Map<RuleId, List<Deadline>> byRule(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.dueDate() != null)
                .collect(Collectors.groupingBy(Deadline::rule, () -> new EnumMap<>(RuleId.class), Collectors.toList()));
    }
}
