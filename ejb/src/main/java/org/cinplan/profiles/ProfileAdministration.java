package org.cinplan.profiles;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.cinplan.platform.Role;
import org.cinplan.alerts.SweepResult;
import org.cinplan.alerts.SweepService;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.store.CaseHistoryRepository;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.CaseHistory;
import org.cinplan.schedule.CouncilCode;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.PolicyProfile;
import org.cinplan.schedule.ProfileHistory;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Administrators look after the councils' policy profiles: they see every version, preview what a change would do
 * to the open cases' deadlines, and save it as a new version in force from today or later.
 */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_ROLE)
public class ProfileAdministration {

    /** How many moved deadlines a preview lists (all are counted; all that become overdue are listed). */
    public static final int MOVES_SHOWN = 200;
    /** Cases read and evaluated at a time: memory stays flat however many cases a council has. */
    static final int BATCH_SIZE = 500;
    private static final int MAX_NOTE_LENGTH = 2000;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private CaseHistoryRepository assembler;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SweepService sweeps;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Every council with all its profile versions, newest first, each with every rule's value. */
    public List<CouncilProfiles> councils() {
        return Arrays.stream(CouncilCode.values()).map(council -> new CouncilProfiles(council.name(),
                council.displayName(), catalog.profiles(council).versions().stream()
                .sorted(Comparator.comparingInt(PolicyProfile::version).reversed())
                .map(ProfileAdministration::view).toList())).toList();
    }

    /**
     * Runs the deadline engine over the council's open cases twice, with the profiles in force and with the
     * change, a batch of cases at a time, and reports what moves. Nothing is saved.
     */
    public ProfilePreview preview(@NotNull(message = "Say what changes") ProfileChange change) {
        PolicyProfile latest = catalog.profiles(change.council()).latest();
        PolicyProfile proposed = proposedVersion(change, latest);
        ProfileHistory current = catalog.profiles(change.council());
        ProfileHistory withChange = current.withVersion(proposed);
        DeadlineEngine engine = new DeadlineEngine(catalog.calendar());
        LocalDate today = LocalDate.now(clock);

        PreviewTally tally = new PreviewTally();
        long after = 0;
        List<Long> ids;
        do {
            ids = assembler.openEpisodeIds(change.council(), after, BATCH_SIZE);
            if (!ids.isEmpty()) {
                Map<Long, CaseHistory> histories = assembler.assembleByIds(ids, new HashMap<>(),
                        (episodeId, problem) -> tally.failedCases++);
                Map<Long, List<ProfileChangeImpact.Move>> moved = new HashMap<>();
                histories.forEach((episodeId, history) -> {
                    try {
                        List<ProfileChangeImpact.Move> moves = ProfileChangeImpact.moves(
                                engine.evaluate(history, current, today), engine.evaluate(history, withChange, today));
                        if (!moves.isEmpty()) {
                            moved.put(episodeId, moves);
                        }
                    } catch (RuntimeException problem) {
                        tally.failedCases++;
                    }
                });
                tally.add(histories.size(), moved);
                after = ids.get(ids.size() - 1);
            }
        } while (ids.size() == BATCH_SIZE);

        List<String> changes = changesInWords(latest, proposed);
        auditTrail.record(caller(), AuditAction.VIEW_RECORD, "PolicyProfile", change.council().name(), null,
                "Previewed a change to " + change.council().displayName() + " from " + UK_DATE.format(change.effectiveFrom())
                        + " (" + String.join("; ", changes) + "): " + tally.casesMoved + " of " + tally.openCases
                        + " open cases move, " + tally.overdue.offered() + " deadlines become overdue",
                AuditOutcome.SUCCESS);
        return new ProfilePreview(change.council().name(), change.council().displayName(), change.effectiveFrom(),
                proposed.version(), changes, tally.openCases, tally.casesMoved, tally.shown.offered(),
                tally.overdue.offered(), tally.overdue.first(), tally.shown.first(), tally.failedCases);
    }

    /**
     * Saves the change as a new version of the council's profile (audited rule by rule, old value to new) and
     * recomputes the alerts of the council's open cases.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the version is committed before the recompute reads it
    public ProfileSaved save(@NotNull(message = "Say what changes") ProfileChange change) {
        PolicyProfile latest = catalog.profiles(change.council()).latest();
        Map<RuleId, RuleSetting> settings = proposedSettings(change, latest);
        String note = change.note() == null ? null : change.note().strip();
        if (note == null || note.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say why the values change");
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "The reason for the change has at most " + MAX_NOTE_LENGTH
                    + " characters; this one has " + note.length());
        }
        PolicyProfile saved = catalog.addProfileVersion(change.council(), change.basedOnVersion(), change.effectiveFrom(),
                settings, note);
        SweepResult recompute = sweeps.councilChanged(change.council());
        return new ProfileSaved(change.council().displayName(), saved.version(), saved.effectiveFrom(),
                recompute.runId());
    }

    private PolicyProfile proposedVersion(ProfileChange change, PolicyProfile latest) {
        return latest.nextVersion(change.effectiveFrom(), proposedSettings(change, latest));
    }

    /** The new settings of the changed rules, after checking the change can be made as asked. */
    private Map<RuleId, RuleSetting> proposedSettings(ProfileChange change, PolicyProfile latest) {
        if (change.council() == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose a council");
        }
        if (change.basedOnVersion() != latest.version()) {
            throw ScheduleCatalog.changedMeanwhile(change.council(), latest.version(), change.basedOnVersion());
        }
        LocalDate from = change.effectiveFrom();
        LocalDate today = LocalDate.now(clock);
        if (from == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date the new values take effect");
        }
        if (from.isBefore(today)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The new values can take effect from today (" + UK_DATE.format(today)
                    + ") or later, not from " + UK_DATE.format(from) + ": deadlines already counted stay as they are");
        }
        if (!from.isAfter(latest.effectiveFrom())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    change.council().displayName() + "'s version " + latest.version()
                    + " takes effect on " + UK_DATE.format(latest.effectiveFrom())
                    + ": a new version must take effect after that day");
        }
        Map<RuleId, RuleSetting> settings = new EnumMap<>(RuleId.class);
        change.timescales().forEach((rule, timescale) -> {
            RuleSetting current = latest.setting(rule).filter(RuleSetting::hasTimescale).orElseThrow(() ->
                    new BusinessRuleViolation(Validity.NOT_FOUND,
                            change.council().displayName() + "'s policy sets no timescale for "
                            + rule.title() + ", so there is none to change"));
            if (timescale == null) {
                throw new BusinessRuleViolation(Validity.REQUIRED, "Enter a timescale for " + rule.title());
            }
            if (!timescale.equals(current.timescale())) {
                try {
                    settings.put(rule, current.withTimescale(timescale));
                } catch (IllegalArgumentException e) {
                    throw new BusinessRuleViolation(rule.name(), rule.title() + ": " + e.getMessage());
                }
            }
        });
        if (settings.isEmpty()) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE,
                    "Change at least one value: those entered are the values in force");
        }
        return settings;
    }

    private static List<String> changesInWords(PolicyProfile latest, PolicyProfile proposed) {
        List<String> changes = new ArrayList<>();
        for (RuleId rule : RuleId.values()) {
            if (!latest.setting(rule).equals(proposed.setting(rule))) {
                changes.add(rule.title() + ": " + latest.setting(rule).map(RuleSetting::valueInWords).orElse("not set")
                        + " → " + proposed.setting(rule).map(RuleSetting::valueInWords).orElse("not set"));
            }
        }
        return changes;
    }

    private static ProfileVersionView view(PolicyProfile profile) {
        return new ProfileVersionView(profile.version(), profile.effectiveFrom(), Arrays.stream(RuleId.values())
                .map(rule -> RuleValue.of(rule, profile.setting(rule).orElse(null))).toList());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    /** What the batches found, added up as they go; only the moves shown are kept. */
    private static final class PreviewTally {
        int openCases;
        int casesMoved;
        int failedCases;
        final FirstMoves overdue = new FirstMoves(MOVES_SHOWN);
        final FirstMoves shown = new FirstMoves(MOVES_SHOWN);

        void add(int casesEvaluated, Map<Long, List<ProfileChangeImpact.Move>> moved) {
            openCases += casesEvaluated;
            casesMoved += moved.size();
            moved.forEach((episodeId, moves) -> {
                for (ProfileChangeImpact.Move move : moves) {
                    DeadlineMove row = new DeadlineMove(episodeId, CaseAccess.caseReference(episodeId), move.rule().name(),
                            move.rule().title(), move.occurrence(), move.oldDueDate(), move.newDueDate(),
                            move.becomesOverdue());
                    if (row.becomesOverdue()) {
                        overdue.offer(row);
                    }
                    shown.offer(row);
                }
            });
        }
    }
}
