package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.casework.Episode;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.casework.RecordRestrictions;
import org.cinplan.casework.RestrictionReason;
import org.cinplan.documents.CaseDocuments;
import org.cinplan.documents.Documents;
import org.cinplan.meetings.Meeting;
import org.cinplan.meetings.MinutesSections;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanView;
import org.cinplan.planning.RecipientKind;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cinplan.it.PlanFixtures.WELSH;
import static org.cinplan.platform.Role.AUDITOR;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER;
import static org.cinplan.platform.Role.SOCIAL_WORKER;
import static org.cinplan.platform.Role.TEAM_MANAGER;

/**
 * The documents service in a real Payara and database: the plan in force, a version, the family-friendly plan and a
 * meeting's minutes as PDF, read back with PDFBox; every download audited; a restricted record's documents refused
 * (and the refusal audited) to someone of the team off its access list. The run-as principals work in Reading's first
 * team, where the in-container worker holds the cases made here.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(DocumentsIT.class, CaseFixtures.class, PlanFixtures.class, PdfText.class);
    }

    @Inject
    private Documents documents;
    @Inject
    private CinPlanning planning;
    @Inject
    private RecordRestrictions restrictions;
    @Inject
    private AuditTrail auditTrail;
    @Inject
    private InRole inRole;
    @Inject
    private CaseFixtures fixtures;
    @Inject
    private PlanFixtures plans;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void everyRoleWorksInReading() throws Exception {
        TestStaff.everyCaseworkRoleInReadingTeam(em, transaction);
    }

    @Test
    void thePlanInForceAVersionAndTheFamilyPlanAreReadablePdfsAndEachDownloadIsAudited() throws Exception {
        long episodeId = caseWithAnApprovedPlan();

        PdfText inForce = PdfText.of(inRole.call(SOCIAL_WORKER, () -> documents.planPdf(episodeId, null)));
        assertThat(inForce.title()).startsWith("Child in Need plan for ").endsWith(", version 1");
        assertThat(inForce.text()).contains(WELSH, "Walk to school together each morning", "Reading",
                "CIN plan version 1, approved on", "OFFICIAL-SENSITIVE", "Page 1 of " + inForce.pages());
        assertThat(inForce.count("OFFICIAL-SENSITIVE")).isEqualTo(2 * inForce.pages());
        assertThat(PdfText.of(inRole.call(SOCIAL_WORKER, () -> documents.planPdf(episodeId, 1))).text())
                .isEqualTo(inForce.text());
        PdfText family = PdfText.of(inRole.call(FAMILY_SUPPORT_PRACTITIONER, () -> documents.familyPlanPdf(episodeId)));
        assertThat(family.title()).startsWith("Our plan for ");
        assertThat(family.text()).contains("Who will do what", "Mrs Plan will: Walk to school together each morning", WELSH);

        CaseDocuments available = inRole.call(SOCIAL_WORKER, () -> documents.available(episodeId));
        assertThat(available.planInForce()).isEqualTo(1);
        assertThat(available.planVersions()).extracting(CaseDocuments.PlanVersionChoice::label)
                .containsExactly("Version 1 (Approved, in force)");

        long childId = childOf(episodeId);
        assertThat(downloads(SOCIAL_WORKER, childId)).extracting(AuditEntryView::detail)
                .containsExactlyInAnyOrder("Downloaded the CIN plan, version 1 (Approved, in force), as PDF",
                        "Downloaded the CIN plan, version 1 (Approved, in force), as PDF");
        assertThat(downloads(FAMILY_SUPPORT_PRACTITIONER, childId)).extracting(AuditEntryView::detail)
                .containsExactly("Downloaded the family-friendly plan of version 1 as PDF");
    }

    @Test
    void aCaseWithNoPlanInForceOrAVersionItDoesNotHaveIsRefusedPlainly() throws Exception {
        long episodeId = newCase();
        PlanView draft = inRole.call(SOCIAL_WORKER, () -> planning.saveDraft(episodeId, null, contents()));

        assertThatThrownBy(() -> inRole.call(SOCIAL_WORKER, () -> documents.planPdf(episodeId, null)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("no CIN plan in force yet");
        assertThatThrownBy(() -> inRole.call(SOCIAL_WORKER, () -> documents.familyPlanPdf(episodeId)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("no CIN plan in force yet");
        assertThatThrownBy(() -> inRole.call(SOCIAL_WORKER, () -> documents.planPdf(episodeId, 7)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("This case's CIN plan has no version 7");
        PdfText firstDraft = PdfText.of(inRole.call(SOCIAL_WORKER, () -> documents.planPdf(episodeId, draft.latest().number())));
        assertThat(firstDraft.text()).contains("CIN plan version 1, draft started on", "not agreed");
        assertThatThrownBy(() -> inRole.call(SOCIAL_WORKER, () -> documents.minutesPdf(987654321L)))
                .isInstanceOf(RecordAccessDenied.class);
    }

    @Test
    void aRestrictedRecordsDocumentsAreRefusedToATeamMemberOffItsListAndTheRefusalIsAudited() throws Exception {
        long episodeId = caseWithAnApprovedPlan();
        inRole.call(FAMILY_SUPPORT_PRACTITIONER, () -> documents.planPdf(episodeId, null)); // the team reads it

        inRole.call(TEAM_MANAGER, () -> restrictions.restrict(laChildIdOf(episodeId), RestrictionReason.STAFF_INTEREST));

        assertThatThrownBy(() -> inRole.call(FAMILY_SUPPORT_PRACTITIONER, () -> documents.planPdf(episodeId, null)))
                .isInstanceOf(RecordAccessDenied.class).hasMessageContaining("restricted");
        assertThatThrownBy(() -> inRole.call(FAMILY_SUPPORT_PRACTITIONER, () -> documents.familyPlanPdf(episodeId)))
                .isInstanceOf(RecordAccessDenied.class);
        assertThatThrownBy(() -> inRole.call(FAMILY_SUPPORT_PRACTITIONER, () -> documents.available(episodeId)))
                .isInstanceOf(RecordAccessDenied.class);
        assertThat(inRole.call(AUDITOR, () -> auditTrail.search(AuditSearch.everything()
                        .byActor(InRole.principal(FAMILY_SUPPORT_PRACTITIONER)).ofAction(AuditAction.ACCESS_DENIED)
                        .aboutChild(childOf(episodeId)), 0, AuditTrail.MAX_PAGE_SIZE)).entries())
                .extracting(AuditEntryView::detail)
                .contains("Tried to download the CIN plan: restricted record, not on its access list",
                        "Tried to download the family-friendly plan: restricted record, not on its access list");
        assertThat(downloads(FAMILY_SUPPORT_PRACTITIONER, childOf(episodeId))).hasSize(1);
        // The allocated worker is on the list.
        assertThat(PdfText.of(inRole.call(SOCIAL_WORKER, () -> documents.planPdf(episodeId, null))).text()).contains(WELSH);
    }

    @Test
    void theMinutesOfAHeldMeetingCarryItsSectionsAndSayWhatWasNotRecorded() throws Exception {
        long episodeId = newCase();
        long meetingId = heldMeeting(episodeId, "Agreed a plan for school mornings. " + WELSH);

        PdfText minutes = PdfText.of(inRole.call(SOCIAL_WORKER, () -> documents.minutesPdf(meetingId)));

        assertThat(minutes.title()).startsWith("Minutes of the " + MeetingKind.INITIAL.label() + " for ");
        assertThat(minutes.text()).contains("Reason for the meeting Worries about school attendance",
                "Summary of the main points and decisions Agreed a plan for school mornings. " + WELSH,
                "The child's views I like my teacher", "Who was invited and who came Nothing recorded",
                "Minutes of the meeting held on", "OFFICIAL-SENSITIVE");
        assertThat(inRole.call(SOCIAL_WORKER, () -> documents.available(episodeId)).minutes())
                .extracting(CaseDocuments.MinutesChoice::meetingId).containsExactly(meetingId);
        assertThat(downloads(SOCIAL_WORKER, childOf(episodeId))).extracting(AuditEntryView::detail)
                .containsExactly("Downloaded the minutes of the " + MeetingKind.INITIAL.label() + " held on "
                        + today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                        + " (meeting " + meetingId + ") as PDF");
    }

    /** An initial meeting held today with its minutes, stored directly: the recording form is MeetingsIT's. */
    private long heldMeeting(long episodeId, String summary) throws Exception {
        transaction.begin();
        Meeting meeting = new Meeting(em.find(Episode.class, episodeId), MeetingKind.INITIAL, today);
        meeting.recordMinutes(new MinutesSections(MeetingKind.INITIAL, "Worries about school attendance", null, null,
                "A settled morning routine", "Attendance above 90% by March", "Mother walks to school each morning",
                "Strategy discussion if attendance falls", summary), "I like my teacher");
        em.persist(meeting);
        em.flush();
        long id = meeting.id();
        transaction.commit();
        return id;
    }

    private List<AuditEntryView> downloads(Role role, long childId) {
        return inRole.call(AUDITOR, () -> auditTrail.search(AuditSearch.everything().byActor(InRole.principal(role))
                .ofAction(AuditAction.DOCUMENT_DOWNLOAD).aboutChild(childId), 0, AuditTrail.MAX_PAGE_SIZE)).entries();
    }

    private long caseWithAnApprovedPlan() throws Exception {
        long episodeId = newCase();
        plans.approved(episodeId, contents());
        return episodeId;
    }

    private long newCase() throws Exception {
        StaffMember worker = fixtures.itWorker();
        assertThat(worker.team().id()).isEqualTo(TestStaff.readingTeam(em).id());
        return fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Docs-", EpisodeType.STANDARD,
                today.minusDays(3), LocalDate.of(2014, 5, 6));
    }

    private static PlanContents contents() {
        return PlanFixtures.contents(List.of(new PlanRecipient("Mrs Plan", RecipientKind.PARENT, null)));
    }

    private long childOf(long episodeId) {
        return em.find(Episode.class, episodeId).child().id();
    }

    private String laChildIdOf(long episodeId) {
        return em.find(Episode.class, episodeId).child().laChildId();
    }
}
