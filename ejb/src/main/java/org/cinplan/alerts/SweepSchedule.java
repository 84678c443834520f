package org.cinplan.alerts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.AppSetting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.ClockProducer;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * The sweep's EJB timer: a persistent calendar timer at the time administrators set (changed without a
 * redeploy). It only triggers; {@link SweepService} does the work. A persistent timer survives restarts, so
 * after downtime Payara fires it once and that sweep catches up the missed days.
 */
@Singleton
@Startup
@DependsOn("ScheduleCatalog")
@PermitAll
public class SweepSchedule {

    static final String HOUR = "sweep.schedule.hour";
    static final String MINUTE = "sweep.schedule.minute";
    static final String ESCALATE_AFTER_DAYS = "sweep.escalate-after-days";
    private static final String TIMER_INFO = "cinplan-sweep";
    private static final Duration STARTUP_DELAY = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(SweepSchedule.class.getName());

    @Resource
    private TimerService timerService;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SweepService sweeps;

    @EJB
    private AuditTrail auditTrail;

    @Resource
    private jakarta.ejb.SessionContext context;

    @EJB
    private SweepRunLog runLog;

    @Inject
    private Clock clock;

    /** Off in the test server, so tests decide when sweeps run. */
    @Inject
    @ConfigProperty(name = "cinplan.sweep.catch-up-at-startup", defaultValue = "true")
    private boolean catchUpAtStartup;

    @PostConstruct
    void scheduleAtStartup() {
        applySchedule(settings());
        boolean sweptToday = runLog.lastWindowEnd().filter(end -> !end.isBefore(LocalDate.now(clock))).isPresent();
        if (catchUpAtStartup && !sweptToday) {
            // A new database, or days missed while stopped: alerts should not wait for tomorrow's run.
            timerService.createSingleActionTimer(STARTUP_DELAY.toMillis(), new TimerConfig(TIMER_INFO, false));
        }
    }

    @Lock(LockType.READ)
    public SweepSettings settings() {
        return new SweepSettings(intSetting(HOUR), intSetting(MINUTE), intSetting(ESCALATE_AFTER_DAYS));
    }

    /** Changes the sweep time and escalation days; the timer is replaced at once. */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public SweepSettings change(int hour, int minute, int escalateAfterDays) {
        SweepSettings wanted = new SweepSettings(hour, minute, escalateAfterDays);
        SweepSettings before = settings();
        em.find(AppSetting.class, HOUR).change(Integer.toString(hour));
        em.find(AppSetting.class, MINUTE).change(Integer.toString(minute));
        em.find(AppSetting.class, ESCALATE_AFTER_DAYS).change(Integer.toString(escalateAfterDays));
        applySchedule(wanted);
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.ADMIN_CHANGE, "SweepSchedule", null, null,
                String.format("Daily sweep at %02d:%02d → %02d:%02d, escalate after %d → %d days", before.hour(),
                        before.minute(), hour, minute, before.escalateAfterDays(), escalateAfterDays),
                AuditOutcome.SUCCESS);
        return wanted;
    }

    /** Fires the sweep timer once, soon (it runs exactly as a scheduled sweep). */
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public void fireOnceIn(Duration delay) {
        timerService.createSingleActionTimer(delay.toMillis(), new TimerConfig(TIMER_INFO, true));
    }

    @Timeout
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire(Timer timer) {
        SweepResult result = sweeps.scheduled();
        LOG.info(() -> "cinplan: timer sweep: " + result.message());
    }

    private void applySchedule(SweepSettings settings) {
        ScheduleExpression expression = new ScheduleExpression()
                .hour(settings.hour()).minute(settings.minute()).second(0)
                .timezone(ClockProducer.COUNCIL_ZONE.getId());
        for (Timer timer : timerService.getTimers()) {
            if (TIMER_INFO.equals(timer.getInfo()) && timer.isCalendarTimer()) {
                if (sameTime(timer.getSchedule(), expression)) {
                    return; // keep it: a kept persistent timer is what makes Payara fire once after downtime
                }
                timer.cancel();
            }
        }
        timerService.createCalendarTimer(expression, new TimerConfig(TIMER_INFO, true));
        LOG.info(() -> "cinplan: sweep scheduled daily at " + String.format("%02d:%02d", settings.hour(), settings.minute())
                + " " + ClockProducer.COUNCIL_ZONE);
    }

    private static boolean sameTime(ScheduleExpression a, ScheduleExpression b) {
        return a.getHour().equals(b.getHour()) && a.getMinute().equals(b.getMinute())
                && String.valueOf(a.getTimezone()).equals(String.valueOf(b.getTimezone()));
    }

    private int intSetting(String key) {
        return Integer.parseInt(em.find(AppSetting.class, key).value());
    }
}
