package org.cinplan.deadlines;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import org.cinplan.platform.Role;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.CalendarWarning;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.TimescaleCalculator;
import org.cinplan.schedule.TimescaleResult;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.time.LocalDate;

/** The timescale calculator: when is something due, for a council, a rule and a start date? */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE, Role.AUDITOR_ROLE,
        Role.ADMINISTRATOR_ROLE, Role.DATA_OFFICER_ROLE})
public class TimescaleService {

    @Inject
    private ScheduleCatalog catalog;

    public TimescaleView calculate(@NotNull(message = "Choose a council") CouncilCode council,
                                   @NotNull(message = "Choose a rule") RuleId rule,
                                   @NotNull(message = "Enter the start date") LocalDate start) {
        // The profile in force on the start date, as for a real case.
        PolicyProfile profile = catalog.profiles(council).effectiveOn(start);
        TimescaleResult result;
        try {
            result = new TimescaleCalculator(catalog.calendar()).calculate(profile, rule, start);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(rule.name(), e.getMessage());
        }
        return new TimescaleView(council.name(), council.displayName(), rule.name(), rule.title(), start,
                result.dueDate(), result.windowStart(), profile.version(), result.explanation(),
                result.warnings().stream().map(CalendarWarning::message).toList());
    }
}
