package org.cinplan.profiles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.cinplan.platform.Role;
import org.cinplan.alerts.SweepResult;
import org.cinplan.alerts.SweepService;
import org.cinplan.schedule.ProjectionReplaced;
import org.cinplan.schedule.WorkingDayCalendar;
import org.cinplan.schedule.store.CalendarSummary;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.io.InputStream;

/**
 * Administrators load newer GOV.UK bank holidays: the published dates replace the ones the calendar projected by
 * statutory rule, the administrator is told which projected dates were confirmed, added or dropped, and every open
 * case's deadlines and alerts are recomputed at once (one run in the sweep log).
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_ROLE)
public class CalendarAdministration {

    @Inject
    private ScheduleCatalog catalog;

    @EJB
    private SweepService sweeps;

    /** A malformed file changes nothing and recomputes nothing. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the holidays are committed before the recompute reads them
    public BankHolidaysLoaded replaceBankHolidays(@NotNull(message = "Choose a GOV.UK bank-holidays.json file") InputStream govUkJson,
                                                  @NotNull String description) {
        WorkingDayCalendar before = catalog.calendar();
        CalendarSummary summary = catalog.replaceBankHolidays(govUkJson, description);
        ProjectionReplaced replaced = ProjectionReplaced.between(before, catalog.calendar());
        SweepResult recompute = sweeps.calendarChanged();
        return new BankHolidaysLoaded(summary, replaced.inWords(), recompute.runId());
    }
}
