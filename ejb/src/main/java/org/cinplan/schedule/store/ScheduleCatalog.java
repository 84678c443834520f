package org.cinplan.schedule.store;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.cinplan.platform.Role;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.AppSetting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.Closure;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.GovUkBankHolidays;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.ProfileHistory;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.StandardProfiles;
import org.cinplan.schedule.WorkingDayCalendar;

import java.io.InputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The working-day calendar and every council's profile history, read from the database once and kept until
 * an administrator changes them, on this server or another (each change moves a revision row on, which every server
 * checks each minute and before each sweep). An empty database is seeded with the shipped GOV.UK bank holidays and
 * the standard profiles of RULES.md (reference data, loaded whether or not demo data is).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@PermitAll
public class ScheduleCatalog {

    private static final Logger LOG = Logger.getLogger(ScheduleCatalog.class.getName());
    private static final String SYSTEM = "system";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The {@code app_setting} row each change to the calendar or a profile moves on (see V16). */
    static final String REVISION = "reference-data.revision";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @jakarta.ejb.EJB
    private AuditTrail auditTrail;

    // Stored times are UTC; JPA 3.1 (EclipseLink 4.0) maps LocalDateTime but not Instant.
    private final Clock clock = Clock.systemUTC();

    private WorkingDayCalendar calendar;
    private Map<CouncilCode, ProfileHistory> profiles;
    private String loadedRevision;

    @PostConstruct
    void seedAndLoad() {
        if (em.find(BankHolidaySource.class, BankHolidaySource.THE_ROW) == null) {
            storeBankHolidays(GovUkBankHolidays.shipped(), "GOV.UK bank-holidays.json shipped with cinplan", SYSTEM);
            LOG.info("cinplan: shipped bank holidays loaded");
        }
        if (em.createQuery("select count(p) from StoredPolicyProfile p", Long.class).getSingleResult() == 0) {
            for (CouncilCode council : CouncilCode.values()) {
                em.persist(new StoredPolicyProfile(StandardProfiles.forCouncil(council), SYSTEM, LocalDateTime.now(clock),
                        "Standard profile from the rule catalogue (RULES.md)"));
            }
            LOG.info("cinplan: standard policy profiles loaded");
        }
        em.flush();
        reload();
    }

    /**
     * Reloads the calendar and profiles if another server has changed them since they were read here. Runs every
     * minute on each server; sweeps call it before they start, and every change here calls it first, so a change
     * is checked against what is stored, not against what this server last read.
     */
    @Lock(LockType.WRITE)
    @Schedule(hour = "*", minute = "*", persistent = false)
    public void refreshIfChanged() {
        if (!storedRevision().value().equals(loadedRevision)) {
            LOG.info("cinplan: the working-day calendar or a policy profile changed on another server; reloaded");
            reload();
        }
    }

    @Lock(LockType.READ)
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    @Lock(LockType.READ)
    public ProfileHistory profiles(CouncilCode council) {
        ProfileHistory history = profiles.get(council);
        if (history == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND,
                    "No policy profile is set up for " + council.displayName());
        }
        return history;
    }

    @Lock(LockType.READ)
    public CalendarSummary calendarSummary() {
        BankHolidaySource source = em.find(BankHolidaySource.class, BankHolidaySource.THE_ROW);
        List<CalendarSummary.ClosureEntry> closures = em.createQuery(
                        "select c from CalendarClosure c order by c.date", CalendarClosure.class)
                .getResultList().stream()
                .map(c -> new CalendarSummary.ClosureEntry(c.id(), c.toClosure().date(), c.toClosure().reason(), c.addedBy()))
                .toList();
        return new CalendarSummary(source.description(), source.coveredFrom(), source.coveredUntil(),
                source.loadedBy(), source.loadedAt(), calendar.bankHolidayList(), closures);
    }

    /** Replaces the bank holidays with a newer GOV.UK bank-holidays.json; a malformed file changes nothing. */
    @Lock(LockType.WRITE)
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public CalendarSummary replaceBankHolidays(InputStream govUkJson, String description) {
        refreshIfChanged();
        GovUkBankHolidays holidays;
        try {
            holidays = GovUkBankHolidays.parse(govUkJson);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "That file was not loaded: " + e.getMessage());
        }
        em.createQuery("delete from StoredBankHoliday").executeUpdate();
        storeBankHolidays(holidays, description, caller());
        recordChange();
        audit("Bank holidays replaced from \"" + description + "\", covering " + holidays.coveredFrom() + " to "
                + holidays.coveredUntil());
        return calendarSummary();
    }

    /**
     * Adds a new version of a council's profile, in force from {@code effectiveFrom}: deadlines that count from
     * earlier events keep the version they were computed with.
     */
    @Lock(LockType.WRITE)
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public PolicyProfile addProfileVersion(CouncilCode council, LocalDate effectiveFrom, Map<RuleId, RuleSetting> changes,
                                           String note) {
        return addProfileVersion(council, profiles(council).latest().version(), effectiveFrom, changes, note);
    }

    /**
     * As {@link #addProfileVersion(CouncilCode, LocalDate, Map, String)}, only if the latest version is still the one
     * the administrator read: checked under the write lock, so two administrators cannot both change the same version.
     */
    @Lock(LockType.WRITE)
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public PolicyProfile addProfileVersion(CouncilCode council, int expectedLatestVersion, LocalDate effectiveFrom,
                                           Map<RuleId, RuleSetting> changes, String note) {
        if (note == null || note.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say why the profile changes");
        }
        refreshIfChanged();
        PolicyProfile latest = profiles(council).latest();
        if (latest.version() != expectedLatestVersion) {
            throw changedMeanwhile(council, latest.version(), expectedLatestVersion);
        }
        PolicyProfile next;
        try {
            next = latest.nextVersion(effectiveFrom, changes);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, e.getMessage());
        }
        em.persist(new StoredPolicyProfile(next, caller(), LocalDateTime.now(clock), note.strip()));
        recordChange();
        // One entry per rule, so a search for a rule's history finds each of its changes with old and new value.
        changes.keySet().forEach(rule -> auditTrail.record(caller(), AuditAction.ADMIN_CHANGE, "PolicyProfile",
                council.name() + " v" + next.version(), null,
                council.displayName() + ", " + rule.title() + " (" + rule.name() + "): "
                        + inWords(latest.setting(rule)) + " → " + inWords(next.setting(rule)) + ", in force from "
                        + UK_DATE.format(effectiveFrom) + " (version " + next.version() + "). Why: " + note.strip(),
                AuditOutcome.SUCCESS));
        return next;
    }

    /** The refusal of a change to a version that is no longer the latest. */
    public static BusinessRuleViolation changedMeanwhile(CouncilCode council, int latestVersion, int readVersion) {
        return new BusinessRuleViolation(Validity.STALE,
                "Someone else changed " + council.displayName() + "'s profile (it is now at"
                + " version " + latestVersion + ") since you read version " + readVersion
                + ": reload the page to see their values, then make your change again");
    }

    private static String inWords(Optional<RuleSetting> setting) {
        return setting.map(RuleSetting::valueInWords).orElse("not set");
    }

    @Lock(LockType.WRITE)
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public void addClosure(LocalDate date, String reason) {
        refreshIfChanged();
        Closure closure;
        try {
            closure = new Closure(date, reason == null ? null : reason.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, e.getMessage());
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    date + " is a weekend day, never a working day: no closure is needed");
        }
        if (!calendar.isWorkingDay(date)) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, date + " is already a bank holiday or a closure");
        }
        em.persist(new CalendarClosure(closure, caller(), LocalDateTime.now(clock)));
        recordChange();
        audit("Closure added on " + date + ": " + closure.reason());
    }

    @Lock(LockType.WRITE)
    @RolesAllowed(Role.ADMINISTRATOR_ROLE)
    public void removeClosure(long closureId) {
        CalendarClosure closure = em.find(CalendarClosure.class, closureId);
        if (closure == null) {
            throw new BusinessRuleViolation(Validity.NOT_FOUND, "That closure no longer exists");
        }
        em.remove(closure);
        recordChange();
        audit("Closure removed on " + closure.toClosure().date() + ": " + closure.toClosure().reason());
    }

    private void storeBankHolidays(GovUkBankHolidays holidays, String description, String by) {
        holidays.englandAndWales().forEach(holiday -> em.persist(new StoredBankHoliday(holiday)));
        BankHolidaySource source = em.find(BankHolidaySource.class, BankHolidaySource.THE_ROW);
        if (source == null) {
            em.persist(new BankHolidaySource(description, holidays.coveredFrom(), holidays.coveredUntil(), by,
                    LocalDateTime.now(clock)));
        } else {
            source.replace(description, holidays.coveredFrom(), holidays.coveredUntil(), by, LocalDateTime.now(clock));
        }
    }

    /**
     * Moves the revision on in the change's own transaction, so other servers reload, and reloads here. Two
     * administrators changing reference data at the same moment on two servers meet here: one is refused.
     */
    private void recordChange() {
        AppSetting revision = storedRevision();
        revision.change(String.valueOf(Long.parseLong(revision.value()) + 1));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessRuleViolation(Validity.STALE,
                    "Another administrator changed the working-day calendar or a policy"
                    + " profile at the same moment: reload the page to see their change, then make yours again");
        }
        reload();
    }

    private AppSetting storedRevision() {
        return em.find(AppSetting.class, REVISION); // transaction-scoped: read afresh in each transaction
    }

    private void reload() {
        loadedRevision = storedRevision().value(); // read first: a change committed meanwhile is picked up next time
        BankHolidaySource source = em.find(BankHolidaySource.class, BankHolidaySource.THE_ROW);
        calendar = new WorkingDayCalendar(
                em.createQuery("select h from StoredBankHoliday h", StoredBankHoliday.class).getResultList().stream()
                        .map(StoredBankHoliday::toBankHoliday).toList(),
                source.coveredFrom(), source.coveredUntil(),
                em.createQuery("select c from CalendarClosure c", CalendarClosure.class).getResultList().stream()
                        .map(CalendarClosure::toClosure).toList());
        Map<CouncilCode, List<PolicyProfile>> versions = em.createQuery(
                        "select p from StoredPolicyProfile p", StoredPolicyProfile.class)
                .getResultList().stream()
                .map(StoredPolicyProfile::toProfile)
                .sorted(Comparator.comparingInt(PolicyProfile::version))
                .collect(Collectors.groupingBy(PolicyProfile::council, () -> new EnumMap<>(CouncilCode.class),
                        Collectors.toList()));
        Map<CouncilCode, ProfileHistory> histories = new EnumMap<>(CouncilCode.class);
        versions.forEach((council, list) -> histories.put(council, new ProfileHistory(list)));
        profiles = histories;
    }

    private void audit(String detail) {
        auditTrail.record(caller(), AuditAction.ADMIN_CHANGE, "WorkingDayCalendar", null, null, detail,
                AuditOutcome.SUCCESS);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
