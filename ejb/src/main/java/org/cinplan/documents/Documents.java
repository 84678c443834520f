package org.cinplan.documents;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.CaseAccess;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.meetings.HeldMeetingView;
import org.cinplan.meetings.Meeting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.platform.Validity;
import org.cinplan.planning.PlanVersionView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PDFs of a case: its CIN plan (in force, or any version), the minutes of a held meeting, and the family-friendly
 * plan. Whoever may read the case may download them ({@link CaseAccess}: a restricted record only for those on its
 * access list; a refusal is audited); every download is audited (DOCUMENT_DOWNLOAD) with what was downloaded.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class Documents {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    /** The CIN plan as PDF: the version in force when {@code version} is null, else that version. */
    public byte[] planPdf(@NotNull(message = "Choose a case") Long episodeId, Integer version) {
        Episode episode = readable(episodeId, "download the CIN plan");
        PlanVersionView chosen = planVersion(em, episode, version);
        byte[] pdf = PdfWriter.write(PlanDocuments.plan(particulars(episode), chosen, today()));
        audit(episode, "CinPlan", "Downloaded the CIN plan, version " + chosen.number() + " (" + chosen.statusLabel()
                + "), as PDF");
        return pdf;
    }

    /** The plan in force in plain words and large type, for parents and older children, as PDF. */
    public byte[] familyPlanPdf(@NotNull(message = "Choose a case") Long episodeId) {
        Episode episode = readable(episodeId, "download the family-friendly plan");
        PlanVersionView inForce = planVersion(em, episode, null);
        byte[] pdf = PdfWriter.write(PlanDocuments.familyPlan(particulars(episode), inForce, today()));
        audit(episode, "CinPlan", "Downloaded the family-friendly plan of version " + inForce.number() + " as PDF");
        return pdf;
    }

    /** The minutes of a held meeting as PDF. */
    public byte[] minutesPdf(@NotNull(message = "Choose the meeting") Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        // A meeting that does not exist is refused exactly like a case the caller may not read (and audited).
        Episode episode = readable(meeting == null ? null : meeting.episode().id(), "download the minutes of a meeting");
        MinutesDocument.Minutes minutes = MinutesDocument.Minutes.of(meeting, HeldMeetingView.of(em, meeting));
        byte[] pdf = PdfWriter.write(MinutesDocument.of(particulars(episode), minutes, today()));
        audit(episode, "Meeting", "Downloaded the minutes of the " + minutes.kind() + " held on "
                + DocumentText.date(minutes.heldOn()) + " (meeting " + meetingId + ") as PDF");
        return pdf;
    }

    /**
     * The PDFs that go with emailed minutes: the minutes of the held meeting and, when the case has one, the CIN plan in
     * force. Made with the requester's own access, in their request (so before anything is queued); audited as made
     * for sending.
     */
    public List<DocumentFile> minutesToSend(@NotNull(message = "Choose the meeting") Long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        Episode episode = readable(meeting == null ? null : meeting.episode().id(), "email the minutes of a meeting");
        MinutesDocument.Minutes minutes = MinutesDocument.Minutes.of(meeting, HeldMeetingView.of(em, meeting));
        List<DocumentFile> files = new ArrayList<>();
        files.add(new DocumentFile(minutesFileName(meetingId),
                PdfWriter.write(MinutesDocument.of(particulars(episode), minutes, today()))));
        Optional<PlanVersionView> inForce = PlanVersionView.ofEpisode(em, episode).stream()
                .filter(PlanVersionView::isApproved).findFirst();
        inForce.ifPresent(plan -> files.add(new DocumentFile(planFileName(episode.id(), null),
                PdfWriter.write(PlanDocuments.plan(particulars(episode), plan, today())))));
        audit(episode, "Meeting", "Made the minutes of the " + minutes.kind() + " held on "
                + DocumentText.date(minutes.heldOn()) + " (meeting " + meetingId + ")"
                + inForce.map(p -> " and version " + p.number() + " of the CIN plan").orElse("")
                + " as PDF, to email to the meeting's distribution list");
        return files;
    }

    /**
     * The CIN plan in force as PDF, to email to its distribution list, followed by the family-friendly plan when
     * {@code forFamily} (parents and the child get both). Audited as made for sending.
     */
    public List<DocumentFile> planToSend(@NotNull(message = "Choose a case") Long episodeId, boolean forFamily) {
        Episode episode = readable(episodeId, "email the CIN plan");
        PlanVersionView inForce = planVersion(em, episode, null);
        List<DocumentFile> files = new ArrayList<>();
        files.add(new DocumentFile(planFileName(episodeId, null),
                PdfWriter.write(PlanDocuments.plan(particulars(episode), inForce, today()))));
        if (forFamily) {
            files.add(new DocumentFile(familyPlanFileName(episodeId),
                    PdfWriter.write(PlanDocuments.familyPlan(particulars(episode), inForce, today()))));
        }
        audit(episode, "CinPlan", "Made version " + inForce.number() + " of the CIN plan"
                + (forFamily ? " and its family-friendly plan" : "") + " as PDF, to email to its distribution list");
        return files;
    }

    /**
     * Which PDFs the case has, for its page to offer. It shows no recorded text, only version numbers and meeting
     * dates, so it is not audited; each download is.
     */
    public CaseDocuments available(@NotNull(message = "Choose a case") Long episodeId) {
        Episode episode = readable(episodeId, "list the case's documents");
        List<PlanVersionView> versions = PlanVersionView.ofEpisode(em, episode);
        List<Meeting> held = em.createQuery("select m from Meeting m where m.episode = :e order by m.heldOn desc, m.id desc",
                Meeting.class).setParameter("e", episode).getResultList();
        return new CaseDocuments(episode.id(),
                versions.stream().filter(PlanVersionView::isApproved).map(PlanVersionView::number).findFirst().orElse(null),
                versions.stream().map(v -> new CaseDocuments.PlanVersionChoice(v.number(),
                        "Version " + v.number() + " (" + v.statusLabel() + ")")).toList(),
                held.stream().map(m -> new CaseDocuments.MinutesChoice(m.id(),
                        m.kind().label() + " held on " + DocumentText.date(m.heldOn()))).toList());
    }

    /** The download's file name: the case's id, never the child's name. */
    public static String planFileName(long episodeId, Integer version) {
        return "cin-plan-case-" + episodeId + (version == null ? "-in-force" : "-version-" + version) + ".pdf";
    }

    public static String familyPlanFileName(long episodeId) {
        return "family-plan-case-" + episodeId + ".pdf";
    }

    public static String minutesFileName(long meetingId) {
        return "cin-meeting-minutes-" + meetingId + ".pdf";
    }

    private Episode readable(Long episodeId, String attempted) {
        return CaseAccess.forCaller(em, context, auditTrail).readableEpisode(episodeId, attempted);
    }

    /** The version asked for, or the version in force when {@code version} is null; refused when there is none. */
    static PlanVersionView planVersion(EntityManager em, Episode episode, Integer version) {
        List<PlanVersionView> versions = PlanVersionView.ofEpisode(em, episode);
        if (version == null) {
            return versions.stream().filter(PlanVersionView::isApproved).findFirst()
                    .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND,
                            "This case has no CIN plan in force yet: a version must be approved first"));
        }
        return versions.stream().filter(v -> v.number() == version).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND,
                        "This case's CIN plan has no version " + version));
    }

    static CaseParticulars particulars(Episode episode) {
        Child child = episode.child();
        return new CaseParticulars(child.family().council().name(), child.fullName(), child.laChildId(), episode.id());
    }

    /** Last, once the document is made: the entry holds the audit trail's one lock until this transaction ends. */
    private void audit(Episode episode, String recordType, String detail) {
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.DOCUMENT_DOWNLOAD, recordType,
                "episode " + episode.id(), episode.child().id(), detail, AuditOutcome.SUCCESS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
