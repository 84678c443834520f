package org.cinplan.web.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.AlertView;

import java.time.Clock;
import java.time.LocalDate;

/** An alert's state in words for the pages ("Due today", "Overdue: manager told"), never its code. */
@Named
@ApplicationScoped
public class AlertWords {

    @Inject
    private Clock clock;

    public String state(AlertView alert) {
        return switch (alert.state()) {
            case DUE_SOON -> alert.dueDate() != null && alert.dueDate().equals(LocalDate.now(clock)) ? "Due today" : "Due soon";
            case OVERDUE -> "Overdue";
            case ESCALATED -> "Overdue: manager told";
            case RESOLVED -> "Done";
        };
    }
}
