package org.cinplan.web.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.alerts.AlertState;
import org.cinplan.alerts.AlertView;

import java.time.Clock;
import java.time.LocalDate;

/** An alert's state in words for the pages ({@link org.cinplan.alerts.AlertState#inWords()}, or "Due today"), never its code. */
@Named
@ApplicationScoped
public class AlertWords {

    @Inject
    private Clock clock;

    public String state(AlertView alert) {
        boolean dueToday = alert.state() == AlertState.DUE_SOON && alert.dueDate() != null
                && alert.dueDate().equals(LocalDate.now(clock));
        return dueToday ? "Due today" : alert.state().inWords();
    }
}
