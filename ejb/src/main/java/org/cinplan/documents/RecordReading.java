package org.cinplan.documents;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntry;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.AccessLevel;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.CaseCheckpoint;
import org.cinplan.casework.Episode;
import org.cinplan.meetings.HeldMeetingView;
import org.cinplan.meetings.Meeting;
import org.cinplan.platform.Role;
import org.cinplan.planning.PlanVersionView;
import org.cinplan.visits.Visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each record read back on its own page, exactly as recorded, with who and when: a visit, a meeting's minutes, a CIN
 * plan version, a management decision (what the PDFs say, from the same documents). Whoever may read the case may
 * read them ({@link CaseAccess}: a restricted record only for those on its access list, or through break-glass; a
 * refusal, and a record that does not exist, are refused alike and audited); every read is audited (VIEW_RECORD).
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class RecordReading {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    public RecordText visit(@NotNull(message = "Choose a visit") Long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        return read(visit == null ? null : visit.episode(), "read a visit", (about, today) -> VisitDocument.of(about, visit,
                recordedBy(visitId), today), "Visit", visitId, "Read the visit of " + (visit == null ? null
                : DocumentText.date(visit.visitDate())));
    }

    public RecordText minutes(@NotNull(message = "Choose the meeting") Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        return read(meeting == null ? null : meeting.episode(), "read the minutes of a meeting", (about, today) -> {
            MinutesDocument.Minutes minutes = MinutesDocument.Minutes.of(meeting, HeldMeetingView.of(em, meeting));
            return MinutesDocument.of(about, minutes, today);
        }, "Meeting", meetingId, "Read the minutes of the meeting held on "
                + (meeting == null ? null : DocumentText.date(meeting.heldOn())));
    }

    public RecordText planVersion(@NotNull(message = "Choose a plan version") Long planVersionId) {
        List<Object[]> found = em.createQuery("select v.plan.episode.id, v.number from PlanVersion v where v.id = :id",
                Object[].class).setParameter("id", planVersionId).getResultList();
        Episode episode = found.isEmpty() ? null : em.find(Episode.class, found.get(0)[0]);
        Integer number = found.isEmpty() ? null : (Integer) found.get(0)[1];
        return read(episode, "read a CIN plan version", (about, today) -> {
            PlanVersionView version = Documents.planVersion(em, episode, number);
            return PlanDocuments.plan(about, version, today);
        }, "CinPlan", planVersionId, "Read version " + number + " of the CIN plan");
    }

    public RecordText decision(@NotNull(message = "Choose a decision") Long decisionId) {
        CaseCheckpoint decision = em.find(CaseCheckpoint.class, decisionId);
        return read(decision == null ? null : decision.episode(), "read a management decision", (about, today) ->
                DecisionDocument.of(about, decision, fullNames(Stream.of(decision.recordedBy(), decision.answeredBy())
                        .filter(Objects::nonNull).collect(Collectors.toSet())), today),
                "CaseCheckpoint", decisionId, "Read the management decision recorded on "
                        + (decision == null ? null : DocumentText.date(decision.recordedOn())));
    }

    /** Checks access (a missing record refused like an unreadable one), makes the text, then audits the read. */
    private RecordText read(Episode of, String attempted, Maker maker, String recordType, Long recordId, String detail) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Episode episode = access.readableEpisode(of == null ? null : of.id(), attempted);
        boolean breakGlass = access.levelFor(episode.child()) == AccessLevel.BREAK_GLASS;
        DocumentContent content = maker.make(Documents.particulars(episode), LocalDate.now(clock));
        // Last, once everything is read: the audit entry holds the audit trail's one lock until the transaction ends.
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.VIEW_RECORD, recordType,
                recordId.toString(), episode.child().id(), detail + (breakGlass ? " through break-glass" : ""),
                AuditOutcome.SUCCESS);
        return RecordText.of(content, episode.id(), episode.child().id(), breakGlass);
    }

    /** Who recorded and wrote up the visit in cinplan, and when, as the audit trail kept it. */
    private List<String> recordedBy(Long visitId) {
        List<AuditEntry> entries = em.createQuery("select a from AuditEntry a where a.recordType = 'Visit'"
                        + " and a.recordId = :id and a.action = 'CHANGE_RECORD' order by a.id", AuditEntry.class)
                .setParameter("id", visitId.toString()).getResultList();
        Map<String, String> names = fullNames(entries.stream().map(AuditEntry::actor).collect(Collectors.toSet()));
        return entries.stream().map(a -> (a.detail() != null && a.detail().startsWith("Wrote up") ? "Written up" : "Recorded")
                + " in cinplan by " + names.getOrDefault(a.actor(), a.actor()) + " on "
                + WHEN.format(a.occurredAt().atZone(UK))).toList();
    }

    private Map<String, String> fullNames(Set<String> usernames) {
        return usernames.isEmpty() ? Map.of() : em.createQuery("select s from StaffMember s where s.username in :u",
                        StaffMember.class).setParameter("u", usernames).getResultStream()
                .collect(Collectors.toMap(StaffMember::username, StaffMember::fullName, (a, b) -> a));
    }

    @FunctionalInterface
    private interface Maker {
        DocumentContent make(CaseParticulars about, LocalDate today);
    }
}
