package org.cinplan.profiles;

import java.time.LocalDate;
import java.util.List;

/**
 * What saving a proposed change would do to the council's open cases, computed by the deadline engine.
 *
 * @param changes        each changed rule in words: "Visit to the child: 3 weeks → 2 weeks"
 * @param openCases      how many open cases were evaluated
 * @param casesMoved     how many of them have at least one deadline whose due date moves
 * @param deadlinesMoved how many deadlines move in all
 * @param deadlinesOverdue how many deadlines would become overdue
 * @param becomeOverdue  the first of them by new due date, at most {@link ProfileAdministration#MOVES_SHOWN}
 * @param moves          the first moved deadlines by new due date, at most {@link ProfileAdministration#MOVES_SHOWN}
 * @param failedCases    cases whose history could not be evaluated (bad data), left out of the counts
 */
public record ProfilePreview(String councilCode, String councilName, LocalDate effectiveFrom, int newVersion,
                             List<String> changes, int openCases, int casesMoved, int deadlinesMoved,
                             int deadlinesOverdue, List<DeadlineMove> becomeOverdue, List<DeadlineMove> moves, int failedCases) {

    public boolean isMovesCut() {
        return deadlinesMoved > moves.size();
    }

    public boolean isOverdueCut() {
        return deadlinesOverdue > becomeOverdue.size();
    }
}
