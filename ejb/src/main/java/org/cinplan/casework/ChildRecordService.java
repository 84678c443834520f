package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.CheckpointKind;
import org.cinplan.schedule.EpisodeType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * The child's record: who they are (with the census characteristics), their household, their episodes and everything
 * recorded on them. Seen by those {@link CaseAccess} lets read it (a restricted record: only the people on its access
 * list, or through break-glass); every view is audited, and so is every change, which only those who may change the
 * record can make. A record the caller may not open and one that does not exist get the same refusal.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class ChildRecordService {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private Event<CaseChanged> caseChanged;

    public ChildRecord record(@NotNull(message = "Choose a child") Long childId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.readableChild(childId, "see the child's record");
        AccessLevel level = access.levelFor(child);
        List<Episode> episodes = em.createQuery("select e from Episode e where e.child = :child"
                + " order by e.decisionDate desc, e.id desc", Episode.class).setParameter("child", child).getResultList();
        Long current = episodes.stream().filter(e -> !e.isClosed()).map(Episode::id).findFirst()
                .orElse(episodes.isEmpty() ? null : episodes.get(0).id());
        StaffMember worker = child.family().allocatedWorker();
        ChildRecord record = new ChildRecord(child.id(), child.laChildId(), child.fullName(), characteristics(child),
                child.ethnicity(), child.family().name(), child.family().council().name(),
                worker == null ? null : worker.fullName(), siblings(child, access),
                episodes.stream().map(ChildRecordService::summary).toList(), timeline(child), current,
                level == AccessLevel.EDIT, access.isRestricted(child), level == AccessLevel.BREAK_GLASS);
        // Last, once everything is read, so that the view's audit entry is written after the reads.
        auditTrail.record(caller(), AuditAction.VIEW_RECORD, "Child", childId.toString(), childId,
                level == AccessLevel.BREAK_GLASS ? "Viewed the child's record through break-glass"
                        : "Viewed the child's record", AuditOutcome.SUCCESS);
        return record;
    }

    /** Saves corrected characteristics; the open episode's deadlines are then recomputed (age and disability count). */
    public void updateCharacteristics(@NotNull(message = "Choose a child") Long childId,
                                      @NotNull @Valid ChildCharacteristics details) {
        Child child = CaseAccess.forCaller(em, context, auditTrail).editableChild(childId, "change the child's details");
        if (child.version() != details.getVersion()) {
            throw someoneElseChangedIt();
        }
        LocalDate today = LocalDate.now(clock);
        if (details.getExpectedBirthDate() != null && details.getExpectedBirthDate().isBefore(today.minusMonths(1))) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The expected date of birth has passed: enter the date of birth instead");
        }
        List<Episode> episodes = em.createQuery("select e from Episode e where e.child = :child", Episode.class)
                .setParameter("child", child).getResultList();
        episodes.stream().filter(e -> details.getDateOfBirth() != null && e.decisionDate().isBefore(details.getDateOfBirth()))
                .findFirst().ifPresent(e -> {
                    throw new BusinessRuleViolation(Validity.DATE_ORDER,
                            "The date of birth cannot come after the decision of "
                            + FULL.format(e.decisionDate()) + " on one of the child's episodes");
                });
        String before = describe(characteristics(child));
        child.recordCharacteristics(details);
        Episode open = episodes.stream().filter(e -> !e.isClosed()).findFirst().orElse(null);
        if (open != null) {
            open.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw someoneElseChangedIt();
        }
        auditTrail.record(caller(), AuditAction.CHANGE_RECORD, "Child", childId.toString(), childId,
                "Changed the child's details from [" + before + "] to [" + describe(details) + "]", AuditOutcome.SUCCESS);
        if (open != null) {
            caseChanged.fire(new CaseChanged(open.id()));
        }
    }

    private static BusinessRuleViolation someoneElseChangedIt() {
        return new BusinessRuleViolation(Validity.STALE,
                "Someone else changed this child's details while you were editing them."
                + " Reload the page to see their changes, then make yours again.");
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static ChildCharacteristics characteristics(Child child) {
        return ChildCharacteristics.of(child);
    }

    private static String describe(ChildCharacteristics c) {
        return String.join("; ", "name " + c.getGivenName() + " " + c.getFamilyName(), "born " + c.getDateOfBirth(),
                "expected " + c.getExpectedBirthDate(), "sex " + c.getSex(), "ethnicity " + c.getEthnicity(), "UPN " + c.getUpn(),
                "former UPN " + c.getFormerUpn(), "UPN unknown " + c.getUpnUnknown(), "disabilities " + c.getDisabilities(),
                "died " + c.getDeathDate());
    }

    /** The family's other children whose records the caller may open; a restricted record sealed to them is left out. */
    private List<ChildRecord.Sibling> siblings(Child child, CaseAccess access) {
        List<Object[]> rows = em.createQuery("select c.id, c.laChildId, c.givenName, c.familyName, c.dateOfBirth,"
                        + " (select count(e) from Episode e where e.child = c and e.closureDate is null)"
                        + " from Child c where c.family = :family and c.id <> :me order by c.dateOfBirth, c.id", Object[].class)
                .setParameter("family", child.family()).setParameter("me", child.id()).getResultList();
        Set<Long> readable = access.readableChildIds(rows.stream().map(row -> (Long) row[0]).toList());
        return rows.stream().filter(row -> readable.contains((Long) row[0]))
                .map(row -> new ChildRecord.Sibling((Long) row[0], (String) row[1], row[2] + " " + row[3],
                        (LocalDate) row[4], ((Number) row[5]).longValue() > 0))
                .toList();
    }

    private static ChildRecord.EpisodeSummary summary(Episode e) {
        return new ChildRecord.EpisodeSummary(e.id(), e.type().label(), e.referralDate(), e.decisionDate(),
                e.primaryNeedCode(), e.closureDate(), e.closureReason());
    }

    /** Everything recorded on the child's episodes, newest first; one query per kind of record. */
    private List<ChildRecord.TimelineEntry> timeline(Child child) {
        List<ChildRecord.TimelineEntry> entries = new ArrayList<>();
        rows("select e.id, e.referralDate, e.decisionDate, e.type, e.closureDate, e.closureReason from Episode e"
                + " where e.child = :child", child).forEach(row -> {
            long episode = (Long) row[0];
            entries.add(entry(row[2], "Episode opened", ((EpisodeType) row[3]).label()
                    + " (referred " + FULL.format((LocalDate) row[1]) + ")", episode, null));
            if (row[4] != null) {
                entries.add(entry(row[4], "Episode closed", "Reason " + row[5], episode, null));
            }
        });
        rows("select v.episode.id, v.visitDate, v.childSeen, v.seenAlone, v.recordedOn, v.faceToFace, v.personVisited, v.id"
                + " from Visit v where v.episode.child = :child", child).forEach(row -> entries.add(entry(row[1], "Visit",
                (row[6] != null ? "Visit to " + row[6] : Boolean.TRUE.equals(row[2])
                        ? "Child seen" + (Boolean.TRUE.equals(row[3]) ? " alone" : ", not alone") : "Child not seen")
                        + (Boolean.TRUE.equals(row[5]) ? "" : " (not face to face)")
                        + (row[4] == null ? "; not yet written up" : "; written up " + FULL.format((LocalDate) row[4])),
                (Long) row[0], new ChildRecord.RecordRef("visit", (Long) row[7]))));
        rows("select m.episode.id, m.heldOn, m.kind, m.minutesDistributedOn, m.nextReviewDate, m.id from Meeting m"
                + " where m.episode.child = :child", child).forEach(row -> entries.add(entry(row[1],
                "Meeting", row[2] + " meeting"
                        + (row[3] == null ? "; minutes not yet sent" : "; minutes sent " + FULL.format((LocalDate) row[3]))
                        + (row[4] == null ? "" : "; next review by " + FULL.format((LocalDate) row[4])), (Long) row[0],
                new ChildRecord.RecordRef("meeting", (Long) row[5]))));
        rows("select a.episode.id, a.startedOn, a.completedOn, a.reason, a.outcome, a.authorisedOn, s.fullName"
                + " from Assessment a left join StaffMember s on s.username = a.authorisedBy where a.episode.child = :child",
                child).forEach(row -> {
                    entries.add(entry(row[1], "Assessment", ((AssessmentReason) row[3]).label() + " started", (Long) row[0],
                            null));
                    if (row[2] != null) {
                        entries.add(entry(row[2], "Assessment", "Assessment completed"
                                + (row[4] == null ? "" : ": " + ((AssessmentOutcome) row[4]).label()), (Long) row[0], null));
                    }
                    if (row[5] != null) {
                        entries.add(entry(row[5], "Assessment", "Assessment authorised" + (row[6] == null ? "" : " by " + row[6]),
                                (Long) row[0], null));
                    }
                });
        List<Object[]> approvedVersions = rows("select v.plan.episode.id, v.decided.by, v.decided.at, v.id from PlanVersion v"
                + " where v.plan.episode.child = :child and v.decided.at is not null order by v.number", child);
        rows("select p.episode.id, p.approvedOn, p.approvedBy from PlanApproval p where p.episode.child = :child", child)
                .forEach(row -> entries.add(entry(row[1], "Plan approval", "Plan approved by " + row[2], (Long) row[0],
                        approvedVersion(approvedVersions, (Long) row[0], (String) row[2], (LocalDate) row[1]))));
        rows("select k.episode.id, k.recordedOn, k.kind, k.decision, s.fullName, k.answeredOn, k.answerDecision, k.id"
                + " from CaseCheckpoint k left join StaffMember s on s.username = k.recordedBy where k.episode.child = :child",
                child).forEach(row -> {
                    CheckpointKind kind = (CheckpointKind) row[2];
                    String decision = CheckpointRule.decisionLabel(kind, (String) row[3]);
                    entries.add(entry(row[1], "Management decision", CheckpointRule.titleOf(kind)
                            + (decision == null ? "" : ": " + decision) + (row[4] == null ? "" : " (" + row[4] + ")"),
                            (Long) row[0], new ChildRecord.RecordRef("decision", (Long) row[7])));
                    if (row[5] != null) {
                        entries.add(entry(row[5], "Management decision", "Practice manager's answer to the nine-month check: "
                                + CheckpointRule.decisionLabel(null, (String) row[6]), (Long) row[0],
                                new ChildRecord.RecordRef("decision", (Long) row[7])));
                    }
                });
        rows("select s.episode.id, s.occurredOn, s.description from SignificantChange s where s.episode.child = :child",
                child).forEach(row -> entries.add(entry(row[1], "Significant change", (String) row[2], (Long) row[0], null)));
        rows("select c.episode.id, c.givenOn, c.kind, c.givenBy, c.escalatedTo from ConsentRecord c where c.episode.child = :child",
                child).forEach(row -> entries.add(entry(row[1], "Consent", ((ConsentKind) row[2]).label() + " by " + row[3]
                + (row[4] == null ? "" : "; put to a manager (" + row[4] + ")"), (Long) row[0], null)));
        entries.sort(Comparator.comparing(ChildRecord.TimelineEntry::on, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ChildRecord.TimelineEntry::kind));
        return entries;
    }

    private List<Object[]> rows(String jpql, Child child) {
        return em.createQuery(jpql, Object[].class).setParameter("child", child).getResultList();
    }

    private static ChildRecord.TimelineEntry entry(Object on, String kind, String description, long episodeId,
                                                   ChildRecord.RecordRef read) {
        return new ChildRecord.TimelineEntry((LocalDate) on, kind, Objects.requireNonNullElse(description, ""), episodeId,
                read);
    }

    /** The plan version an approval agreed: the one that person decided on that day (the approval keeps no version). */
    private static ChildRecord.RecordRef approvedVersion(List<Object[]> decidedVersions, Long episodeId, String by,
                                                         LocalDate on) {
        return decidedVersions.stream().filter(v -> episodeId.equals(v[0]) && Objects.equals(by, v[1])
                        && ((LocalDateTime) v[2]).toLocalDate().equals(on))
                .reduce((first, later) -> later).map(v -> new ChildRecord.RecordRef("planVersion", (Long) v[3]))
                .orElse(null);
    }
}
