package org.cinplan.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Sex;
import org.cinplan.meetings.BookingForm;
import org.cinplan.meetings.BookingView;
import org.cinplan.meetings.InviteeForm;
import org.cinplan.meetings.MeetingRecording;
import org.cinplan.meetings.MeetingScheduling;
import org.cinplan.meetings.ReviewOutcome;
import org.cinplan.deadlines.DeadlineService;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.alerts.SweepService;
import org.cinplan.messages.MessageLog;
import org.cinplan.messages.MessageSettings;
import org.cinplan.platform.Role;
import org.cinplan.messages.MessageView;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanView;
import org.cinplan.planning.RecipientKind;
import org.cinplan.schedule.EpisodeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cinplan.it.MeetingFixtures.attendance;
import static org.cinplan.it.MeetingFixtures.minutes;
import static org.cinplan.it.MeetingFixtures.readingForm;

/**
 * Email through the test server's real mail session {@code mail/cinplan} (configured by server-config for SMTP on
 * localhost:3025) to a real SMTP server: GreenMail, started by each test inside the test server's JVM. Every test
 * makes its own case and invitee address, so messages of other tests (a retry, say) never count.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    private static final int SMTP_PORT = 3025;
    private static final long WAIT_MILLIS = 30_000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(MailIT.class, CaseFixtures.class, MeetingFixtures.class,
                        PlanFixtures.class, PdfText.class, RefusingSmtpServer.class)
                .addAsLibraries(Deployments.jarOf(GreenMail.class));
    }

    @Inject
    private MeetingScheduling scheduling;

    @Inject
    private MeetingRecording meetings;

    @Inject
    private DeadlineService deadlines;

    @Inject
    private MessageLog messageLog;

    @Inject
    private MessageSettings messageSettings;

    @Inject
    private SweepService sweeps;

    @Inject
    private AsSocialWorker asSocialWorker;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private CaseFixtures fixtures;

    @Inject
    private PlanFixtures plans;

    @Inject
    private CinPlanning planning;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    /** Plans are written by the in-container worker and approved by a consultant social worker of the same team. */
    @BeforeEach
    void everyRoleWorksInReading() throws Exception {
        TestStaff.everyCaseworkRoleInReadingTeam(em, transaction);
    }

    @Test
    void anInviteeGetsAnInvitationThenAnUpdateAndACancellationOfTheSameCalendarEntry() throws Exception {
        withMailServer(smtp -> {
            long episodeId = newCase();
            String address = "gp-" + CaseFixtures.suffix().toLowerCase() + "@surgery.example.org";
            BookingView booked = as(() -> scheduling.book(episodeId, new BookingForm(today.plusDays(10), LocalTime.of(10, 0),
                    60, "Civic Offices", false), UUID.randomUUID().toString()));
            BookingView invited = as(() -> scheduling.invite(booked.id(), booked.version(),
                    new InviteeForm("Dr Ada Shah", "GP", address)));
            as(() -> scheduling.invite(booked.id(), invited.version(), new InviteeForm("Kim Test", "Mother")));

            MimeMessage invitation = awaitMessagesTo(smtp, address, 1).get(0);
            assertThat(invitation.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly("Dr Ada Shah <" + address + ">");
            assertThat(invitation.getSubject()).startsWith("Invitation: ").contains("(Case " + episodeId + ")");
            String request = GreenMailUtil.getWholeMessage(invitation);
            assertThat(request).contains("text/calendar").contains("method=REQUEST").contains("METHOD:REQUEST")
                    .contains("SEQUENCE:0").contains("invite.ics").doesNotContain("Journey");
            String uid = uid(request);

            BookingView current = as(() -> scheduling.bookingsOf(episodeId)).get(0);
            BookingView moved = as(() -> scheduling.reschedule(booked.id(), current.version(),
                    new BookingForm(today.plusDays(11), LocalTime.of(14, 0), 60, "Family home", false)));
            String update = GreenMailUtil.getWholeMessage(awaitMessagesTo(smtp, address, 2).get(1));
            assertThat(update).contains("METHOD:REQUEST").contains("SEQUENCE:1").contains("Family home");
            assertThat(uid(update)).isEqualTo(uid);

            as(() -> scheduling.cancel(booked.id(), moved.version()));
            MimeMessage cancellation = awaitMessagesTo(smtp, address, 3).get(2);
            assertThat(cancellation.getSubject()).startsWith("Cancelled: ");
            String cancel = GreenMailUtil.getWholeMessage(cancellation);
            assertThat(cancel).contains("method=CANCEL").contains("METHOD:CANCEL").contains("SEQUENCE:2")
                    .contains("STATUS:CANCELLED");
            assertThat(uid(cancel)).isEqualTo(uid);

            // The mother gave no address: nobody else was emailed, and the send log says what was sent to whom.
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentToCase(m, episodeId))).hasSize(3);
            List<MessageView> log = as(() -> messageLog.ofCase(episodeId));
            assertThat(log).extracting(MessageView::recipient).containsOnly(address);
            assertThat(log).extracting(MessageView::status).containsOnly("Sent");
            assertThat(log).extracting(MessageView::attempts).containsOnly(1);
        });
    }

    @Test
    void aMailServerThatIsDownLeavesTheBookingSavedAndTheFailureOnTheCaseToBeTriedAgain() throws Exception {
        // Nothing listens on the mail session's port: every connection is refused.
        long episodeId = newCase();
        BookingView booked = as(() -> scheduling.book(episodeId, new BookingForm(today.plusDays(10), LocalTime.of(10, 0),
                60, "Civic Offices", false), UUID.randomUUID().toString()));
        BookingView invited = as(() -> scheduling.invite(booked.id(), booked.version(),
                new InviteeForm("Mrs Lowe", "School", "head@school.example.org")));
        assertThat(invited.invitees()).extracting(i -> i.email()).containsExactly("head@school.example.org");

        MessageView failed = awaitProblem(episodeId, "Meeting invitation");
        assertThat(failed.status()).isEqualTo("Waiting to be sent");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(failed.lastAttemptAt());
    }

    @Test
    void emailedMinutesReachTheInviteesAsPdfsWithThePlanInForceAndTheirDistributionMeetsItsDeadline() throws Exception {
        withMailServer(smtp -> {
            long episodeId = newCase();
            plans.approved(episodeId, PlanFixtures.contents(List.of(new PlanRecipient("Mrs Plan", RecipientKind.PARENT,
                    null))));
            String address = "school-" + CaseFixtures.suffix().toLowerCase() + "@school.example.org";
            long meetingId = heldWithInvitee(episodeId, address);
            assertThat(minutesDistributedOpen(episodeId)).isTrue();

            assertThat(as(() -> meetings.emailMinutes(meetingId))).containsExactly("Mrs Lowe <" + address + ">");

            MimeMessage minutes = awaitMessagesTo(smtp, address, 2).get(1);
            assertThat(minutes.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly("Mrs Lowe <" + address + ">");
            assertThat(minutes.getSubject()).startsWith("OFFICIAL-SENSITIVE: Minutes of the Initial CIN meeting")
                    .contains("(Case " + episodeId + ")");
            // The text names the case by its reference only; the child's name is in the PDFs, for their recipient.
            assertThat(textOf(minutes)).contains("OFFICIAL-SENSITIVE").contains("Case " + episodeId)
                    .doesNotContain("Journey");
            Map<String, PdfText> pdfs = pdfsOf(minutes);
            assertThat(pdfs).containsOnlyKeys("cin-meeting-minutes-" + meetingId + ".pdf",
                    "cin-plan-case-" + episodeId + "-in-force.pdf");
            PdfText minutesPdf = pdfs.get("cin-meeting-minutes-" + meetingId + ".pdf");
            assertThat(minutesPdf.title()).startsWith("Minutes of the Initial CIN meeting for ");
            assertThat(minutesPdf.text()).contains("The plan is working", "Mrs Lowe");
            assertThat(minutesPdf.count("OFFICIAL-SENSITIVE")).isEqualTo(2 * minutesPdf.pages());
            PdfText planPdf = pdfs.get("cin-plan-case-" + episodeId + "-in-force.pdf");
            assertThat(planPdf.title()).startsWith("Child in Need plan for ").endsWith(", version 1");
            assertThat(planPdf.text()).contains(PlanFixtures.WELSH, "OFFICIAL-SENSITIVE");

            awaitDistributionRecorded(episodeId);
            assertThat(as(() -> meetings.heldMeetings(episodeId)).get(0).recipients())
                    .containsExactly("Mrs Lowe <" + address + ">");
            assertThat(minutesDistributedOpen(episodeId)).isFalse();
        });
    }

    @Test
    void thePlanInForceReachesOnlyTheRecordedAddressesOfItsDistributionListAndTheyAreRecordedAsSentIt()
            throws Exception {
        withMailServer(smtp -> {
            long episodeId = newCase();
            String mother = "mother-" + CaseFixtures.suffix().toLowerCase() + "@home.example.org";
            String school = "school-" + CaseFixtures.suffix().toLowerCase() + "@school.example.org";
            PlanView approved = plans.approved(episodeId, PlanFixtures.contents(List.of(
                    new PlanRecipient("Mrs Plan", RecipientKind.PARENT, null, mother),
                    new PlanRecipient("Head teacher", RecipientKind.AGENCY, null, school),
                    new PlanRecipient("Mr Plan", RecipientKind.OTHER, null))));

            assertThat(as(() -> planning.emailPlan(episodeId, approved.lockVersion())))
                    .containsExactly("Mrs Plan <" + mother + ">", "Head teacher <" + school + ">");

            MimeMessage toMother = awaitMessagesTo(smtp, mother, 1).get(0);
            assertThat(toMother.getSubject()).isEqualTo("OFFICIAL-SENSITIVE: CIN plan, version 1 (Case " + episodeId + ")");
            assertThat(textOf(toMother)).contains("OFFICIAL-SENSITIVE").doesNotContain("Journey");
            Map<String, PdfText> family = pdfsOf(toMother);
            assertThat(family).containsOnlyKeys("cin-plan-case-" + episodeId + "-in-force.pdf",
                    "family-plan-case-" + episodeId + ".pdf");
            assertThat(family.get("family-plan-case-" + episodeId + ".pdf").title()).startsWith("Our plan for ");
            assertThat(family.get("family-plan-case-" + episodeId + ".pdf").text()).contains(PlanFixtures.WELSH);
            Map<String, PdfText> agency = pdfsOf(awaitMessagesTo(smtp, school, 1).get(0));
            assertThat(agency).containsOnlyKeys("cin-plan-case-" + episodeId + "-in-force.pdf");
            assertThat(agency.get("cin-plan-case-" + episodeId + "-in-force.pdf").text())
                    .contains(PlanFixtures.WELSH, "OFFICIAL-SENSITIVE");
            // Mr Plan has no address: nothing else about the case was sent.
            assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentToCase(m, episodeId))).hasSize(2);

            awaitUntil(() -> sentOnOfPlanRecipients(episodeId).get(1) != null, "the plan's sending recorded");
            assertThat(sentOnOfPlanRecipients(episodeId)).containsExactly(today, today, null);
            assertThat(as(() -> messageLog.ofCase(episodeId))).extracting(MessageView::kind, MessageView::status)
                    .containsOnly(tuple("CIN plan", "Sent"));
        });
    }

    @Test
    void minutesTheMailServerRefusedAreFailedForGoodTheirDeadlineUnmetAndTheRefusalOnTheCase() throws Exception {
        long episodeId = newCase();
        long meetingId = heldWithInvitee(episodeId, "head@school.example.org");

        try (RefusingSmtpServer refusing = RefusingSmtpServer.on(SMTP_PORT)) {
            as(() -> meetings.emailMinutes(meetingId));
            awaitUntil(() -> as(() -> messageLog.ofCase(episodeId)).stream()
                    .anyMatch(m -> m.kind().equals("Minutes") && m.status().equals("Failed")), "the minutes refused");
        }

        MessageView refused = as(() -> messageLog.ofCase(episodeId)).stream().filter(m -> m.kind().equals("Minutes"))
                .findFirst().orElseThrow();
        assertThat(refused.problem()).isTrue();
        assertThat(refused.attempts()).as("a refusal is not tried again").isEqualTo(1);
        assertThat(refused.nextAttemptAt()).isNull();
        assertThat(refused.lastError()).contains("550");
        assertThat(as(() -> meetings.heldMeetings(episodeId)).get(0).minutesDistributedOn()).isNull();
        assertThat(minutesDistributedOpen(episodeId)).isTrue();
    }

    @Test
    void minutesTheMailServerDidNotTakeLeaveTheirDeadlineUnmetAndTheFailureOnTheCase() throws Exception {
        // Nothing listens on the mail session's port: every connection is refused.
        long episodeId = newCase();
        long meetingId = heldWithInvitee(episodeId, "head@school.example.org");

        as(() -> meetings.emailMinutes(meetingId));

        assertThat(awaitProblem(episodeId, "Minutes").lastError()).isNotBlank();
        assertThat(as(() -> meetings.heldMeetings(episodeId)).get(0).minutesDistributedOn()).isNull();
        assertThat(minutesDistributedOpen(episodeId)).isTrue();
    }

    @Test
    void theWorkerGetsADigestAndTheTeamManagerAnEscalationNamingTheCaseOnlyByReference() throws Exception {
        withMailServer(smtp -> {
            String workerAddress = "it-digest-worker@council.example.org";
            String managerAddress = "it-escalation-manager@council.example.org";
            var worker = fixtures.staffInItWorkersTeam("it-digest-worker", "Digest Worker", Role.SOCIAL_WORKER,
                    workerAddress);
            fixtures.staffInItWorkersTeam("it-escalation-manager", "Escalation Manager", Role.TEAM_MANAGER,
                    managerAddress);
            // Decided 40 days ago with no meeting since: the initial meeting is long overdue, so escalated.
            long episodeId = fixtures.caseIn(worker, "READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Digest-",
                    family -> new Child(family, "IT" + CaseFixtures.suffix(), "Digest", "Journey", today.minusYears(9),
                            Sex.F, "WBRI", false),
                    child -> Episode.open(child, EpisodeType.STANDARD, today.minusDays(50), today.minusDays(40), "N1",
                            false));

            sweeps.caseChanged(episodeId);

            // Every deadline of the neglected case escalates (the initial meeting, the first visit...): one email each.
            assertThat(awaitMessagesTo(smtp, managerAddress, 1, false)).allSatisfy(escalation ->
                    assertThat(GreenMailUtil.getWholeMessage(escalation)).contains("Escalated to you: ")
                            .contains("Case " + episodeId).contains("case.xhtml?episode=" + episodeId)
                            .doesNotContain("Journey"));

            assertThat(asAdministrator.call(messageSettings::sendDigestsNow)).isPositive();
            MimeMessage digest = awaitMessagesTo(smtp, workerAddress, 1).get(0);
            assertThat(digest.getSubject()).startsWith("cinplan: ").contains("overdue");
            assertThat(GreenMailUtil.getBody(digest)).contains("- Case " + episodeId + ": ").contains("ESCALATED")
                    .contains("case.xhtml?episode=" + episodeId).doesNotContain("Journey");
        });
    }

    /** Books, invites Mrs Lowe at {@code address} and holds the case's initial meeting three days ago. */
    private long heldWithInvitee(long episodeId, String address) {
        LocalDate on = today.minusDays(3);
        BookingView booked = as(() -> scheduling.book(episodeId, new BookingForm(on, LocalTime.of(16, 0), 60,
                "Family home", false), UUID.randomUUID().toString()));
        BookingView invited = as(() -> scheduling.invite(booked.id(), booked.version(),
                new InviteeForm("Mrs Lowe", "School", address)));
        return as(() -> meetings.hold(invited.id(), invited.version(), readingForm(MeetingKind.INITIAL, on, on.plusWeeks(3)),
                minutes(attendance(invited), List.of(), ReviewOutcome.CONTINUE, null, null))).meetingId();
    }

    private boolean minutesDistributedOpen(long episodeId) {
        return as(() -> deadlines.deadlinesOf(episodeId)).deadlines().stream()
                .anyMatch(d -> d.ruleId().equals("MINUTES_DISTRIBUTED") && d.isOpen());
    }

    private void awaitDistributionRecorded(long episodeId) throws Exception {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (as(() -> meetings.heldMeetings(episodeId)).get(0).minutesDistributedOn() == null
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertThat(as(() -> meetings.heldMeetings(episodeId)).get(0).minutesDistributedOn()).isEqualTo(today);
    }

    private List<LocalDate> sentOnOfPlanRecipients(long episodeId) {
        return as(() -> planning.plan(episodeId)).inForce().contents().recipients().stream()
                .map(PlanRecipient::sentOn).toList();
    }

    private static void awaitUntil(Supplier<Boolean> condition, String what) throws Exception {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.get() && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertThat(condition.get()).as(what).isTrue();
    }

    /** The message's plain text (its first part when it has attachments). */
    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        return content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : (String) content;
    }

    /** The PDFs attached to a message, by file name, read back with PDFBox. */
    private static Map<String, PdfText> pdfsOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        Map<String, PdfText> pdfs = new LinkedHashMap<>();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                assertThat(part.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
                try (var in = part.getInputStream()) {
                    pdfs.put(part.getFileName(), PdfText.of(in.readAllBytes()));
                }
            }
        }
        return pdfs;
    }

    /** Runs a test with GreenMail listening where the test server's mail session sends (localhost:3025). */
    private static void withMailServer(MailTest test) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            test.run(smtp);
        } finally {
            smtp.stop();
        }
    }

    @FunctionalInterface
    private interface MailTest {
        void run(GreenMail smtp) throws Exception;
    }

    private long newCase() throws Exception {
        return fixtures.caseIn("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Mail-",
                family -> new Child(family, "IT" + CaseFixtures.suffix(), "Mail", "Journey", today.minusYears(9), Sex.F,
                        "WBRI", false),
                child -> Episode.open(child, EpisodeType.STANDARD, today.minusDays(15), today.minusDays(5), "N1", false));
    }

    private static List<MimeMessage> awaitMessagesTo(GreenMail smtp, String address, int count) throws Exception {
        return awaitMessagesTo(smtp, address, count, true);
    }

    /** The messages to the address once {@code count} have come; {@code exactly}: no more than that either. */
    private static List<MimeMessage> awaitMessagesTo(GreenMail smtp, String address, int count, boolean exactly)
            throws Exception {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> addressedTo(m, address)).toList();
            if (received.size() >= count || System.currentTimeMillis() > until) {
                if (exactly) {
                    assertThat(received).as("messages to " + address).hasSize(count);
                } else {
                    assertThat(received).as("messages to " + address).hasSizeGreaterThanOrEqualTo(count);
                }
                return received;
            }
            Thread.sleep(200);
        }
    }

    /** The first message of this kind in the case's send log that failed or waits to be tried again. */
    private MessageView awaitProblem(long episodeId, String kind) throws Exception {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            List<MessageView> problems = as(() -> messageLog.ofCase(episodeId)).stream()
                    .filter(m -> m.kind().equals(kind) && m.problem()).toList();
            if (!problems.isEmpty() || System.currentTimeMillis() > until) {
                assertThat(problems).as("failed " + kind + " in the case's send log").isNotEmpty();
                return problems.get(0);
            }
            Thread.sleep(200);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentToCase(MimeMessage message, long episodeId) {
        try {
            return message.getSubject().contains("(Case " + episodeId + ")");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uid(String message) {
        Matcher uid = Pattern.compile("UID:(\\S+)").matcher(message);
        assertThat(uid.find()).as("a UID in " + message).isTrue();
        return uid.group(1);
    }

    private <T> T as(Supplier<T> call) {
        return asSocialWorker.call(call);
    }
}
