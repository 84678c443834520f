package org.cinplan.messages;

import org.cinplan.alerts.AlertState;
import org.cinplan.alerts.AlertView;
import org.cinplan.casework.CaseAccess;
import org.cinplan.schedule.Dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A worker's daily digest: what is overdue (escalated first) and what falls due soon on their cases, each by case
 * reference and a link to the case, never the child's name. Nothing to say, no digest.
 */
final class DigestComposer {

    /** The digest's subject and text. */
    record Digest(String subject, String body) {
    }

    private DigestComposer() {
    }

    /**
     * @param alerts   the worker's open alerts
     * @param caseLink the link to a case's page
     * @param turnOff  where the worker turns the digest off
     */
    static Optional<Digest> compose(String workerName, LocalDate today, List<AlertView> alerts,
                                    LongFunction<String> caseLink, String turnOff) {
        List<AlertView> overdue = alerts.stream().filter(a -> a.state() == AlertState.OVERDUE
                        || a.state() == AlertState.ESCALATED)
                .sorted((a, b) -> a.state() != b.state() ? (a.state() == AlertState.ESCALATED ? -1 : 1)
                        : a.dueDate().compareTo(b.dueDate())).toList();
        List<AlertView> dueSoon = alerts.stream().filter(a -> a.state() == AlertState.DUE_SOON)
                .sorted((a, b) -> a.dueDate().compareTo(b.dueDate())).toList();
        if (overdue.isEmpty() && dueSoon.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder("Dear ").append(workerName).append(",\n\nYour cases on ")
                .append(Dates.full(today)).append(".\n");
        if (!overdue.isEmpty()) {
            body.append("\nOverdue (").append(overdue.size()).append("):\n");
            overdue.forEach(a -> line(body, a, caseLink, (a.state() == AlertState.ESCALATED ? "ESCALATED, " : "")
                    + "was due " + Dates.full(a.dueDate()) + ", " + days(a.dueDate(), today) + " overdue"));
        }
        if (!dueSoon.isEmpty()) {
            body.append("\nDue soon (").append(dueSoon.size()).append("):\n");
            dueSoon.forEach(a -> line(body, a, caseLink, "due " + Dates.full(a.dueDate())
                    + (a.dueDate().equals(today) ? ", today" : ", in " + days(today, a.dueDate()))));
        }
        body.append("\nThis email names cases only by their reference; open a case in cinplan to see it.\n")
                .append("To stop this daily email, turn it off on My caseload: ").append(turnOff).append('\n');
        String subject = "cinplan: " + overdue.size() + " overdue, " + dueSoon.size() + " due soon on your cases ("
                + Dates.full(today) + ")";
        return Optional.of(new Digest(subject, body.toString()));
    }

    private static void line(StringBuilder body, AlertView alert, LongFunction<String> caseLink, String when) {
        body.append("- ").append(CaseAccess.caseReference(alert.episodeId())).append(": ").append(alert.ruleTitle())
                .append(" (").append(alert.ruleId()).append("), ").append(when).append("\n  ")
                .append(caseLink.apply(alert.episodeId())).append('\n');
    }

    private static String days(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days == 1 ? "1 day" : days + " days";
    }
}
