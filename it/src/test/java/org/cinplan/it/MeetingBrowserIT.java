package org.cinplan.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.cinplan.schedule.Dates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker books a CIN meeting, invites people, and records it when held, with its minutes and outcome: the initial
 * meeting of a new case, and a review with each of the four outcomes, on the Yates children of the demo data set
 * (DemoDataSet: Iris has no meeting yet; Owen, Ruth, Carl and Sara had their initial meeting three weeks ago).
 */
class MeetingBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void theInitialMeetingIsBookedMovedHeldAndRecordedAndARefusalKeepsWhatWasTyped() {
        openCase("Iris Yates");
        LocalDate yesterday = today.minusDays(1);
        bookWithInvitee(yesterday, "Kim Yates", "Mother");
        PrimeFacesWidgets.selectOne(browser, "booking:moved", "Move the Initial CIN meeting, " + yesterday.format(UK) + " 16:30");
        PrimeFacesWidgets.typeDateTime(browser, "booking:startsAt", yesterday.format(UK) + " 17:15");
        browser.findElement(By.id("booking:venue")).sendKeys("Children's centre");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "booking:book");
        assertThat(text("booking:bookingMessages")).contains("Meeting moved");
        assertThat(text("booking")).contains("17:15", "Children's centre", "Kim Yates (Mother)");
        chooseBooking("Initial CIN meeting, " + yesterday.format(UK) + " 17:15");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "meeting:save");
        assertThat(text("meeting:meetingMessages")).contains("Record whether Kim Yates attended")
                .doesNotContain("Record whether each person");
        assertThat(text("booking:bookingMessages")).as("not under another form").isEmpty();
        recordAttendanceChairAndChild();
        fillMinutes(false);
        PrimeFacesWidgets.selectOne(browser, "meeting:outcome", "Continue the plan, with the amendments noted");
        PrimeFacesWidgets.typeDate(browser, "meeting:nextReview", yesterday.plusWeeks(6).format(UK));
        PrimeFacesWidgets.typeDate(browser, "meeting:planUpdate", yesterday.plusWeeks(6).format(UK));

        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "meeting:save");
        assertThat(text("meeting:meetingMessages")).contains("The minutes must record the contingency plan");
        assertThat(browser.findElement(By.id("meeting:chairName")).getAttribute("value")).isEqualTo("Tom Hughes");
        assertThat(browser.findElement(By.id("meeting:needs:text")).getAttribute("value")).isEqualTo("Safe, settled sleep");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception:", "at org.", "Caused by");

        browser.findElement(By.id("meeting:contingency:text")).sendKeys("Grandmother looks after the children");
        save();
        Browser.screenshot(browser, "initial-meeting-held");
        assertThat(text("held:heldMeetings")).contains("Initial CIN meeting", "Continue the plan", "Kim Yates (Mother): present");
        assertThat(browser.findElements(By.cssSelector("#deadlines tr.rule-REVIEW_INTERVAL"))).isNotEmpty();

        PrimeFacesWidgets.typeDateTime(browser, "booking:startsAt", today.plusWeeks(5).format(UK) + " 10:00");
        browser.findElement(By.id("booking:venue")).sendKeys("Booked by mistake");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "booking:book");
        String cancel = browser.findElement(By.cssSelector(".booking-BOOKED button.cancel-meeting")).getAttribute("id");
        String asked = PrimeFacesWidgets.clickConfirmAndAwaitUpdate(browser, cancel);
        assertThat(asked).contains("Cancel this meeting?", "Iris Yates", today.plusWeeks(5).format(UK) + " 10:00");
        assertThat(text("booking:bookingMessages")).contains("The meeting was cancelled");
    }

    @Test
    void aReviewThatStepsDownNamesTheLeadProfessionalAndTheCaseClosesWhenATeamManagerAgrees() {
        // Owen's plan started three weeks ago: stepping down within its 3 months needs a manager's decision first.
        DemoCases.DemoCase owen = DemoCases.ofTheDemoWorker(base).stream().filter(c -> c.childName().equals("Owen Yates"))
                .findFirst().orElseThrow();
        recordEarlyClosureDecision(owen, "Needs met; the early help hub takes over");
        assertThat(text("earlyClosure")).contains("MIN_DURATION_FROM_START");
        signOut();
        holdReview("Owen Yates", "Step down to early help or universal services");
        browser.findElement(By.id("meeting:leadName")).sendKeys("Jo Bloggs");
        browser.findElement(By.id("meeting:leadAgency")).sendKeys("Early help hub");
        save();
        assertThat(text("meeting:meetingMessages")).contains("The review proposes to step the case down",
                "Jo Bloggs (Early help hub) is to be the lead professional");
        assertThat(text("held:heldMeetings")).contains("Lead professional: Jo Bloggs (Early help hub)");
        signOut();

        signInAs("tm.demo", "My caseload");
        assertThat(text("decisionsToMake")).contains("to close a case", "waiting for your decision");
        browser.findElement(By.linkText("Decisions to make")).click();
        new SignInPage.Heading(browser).waitFor("Decisions to make");
        WebElement proposal = browser.findElements(By.cssSelector("section.closure-proposal")).stream()
                .filter(section -> section.getText().contains("Owen Yates")).findFirst().orElseThrow();
        assertThat(proposal.getText()).contains("Step down (close to early help)", "Proposed by sw.demo");
        proposal.findElement(By.cssSelector("input[id$=':agree']")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(proposal));
        Browser.screenshot(browser, "closure-agreed");
        assertThat(text("messages")).contains("Agreed: the case of Owen Yates closed today.");
    }

    @Test
    void aReviewThatContinuesNotesThePlanAmendments() {
        holdReview("Ruth Yates", "Continue the plan, with the amendments noted");
        browser.findElement(By.id("meeting:amendments")).sendKeys("Weekly school attendance check added");
        PrimeFacesWidgets.typeDate(browser, "meeting:nextReview", today.plusWeeks(5).format(UK));
        exclude(0, "Mr Yates", "Excluded from the meeting", "Threats to the mother", "Wants to be involved");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "meeting:addExclusion");
        assertThat(browser.findElement(By.id("meeting:exclusionRows:0:excludedPerson")).getAttribute("value"))
                .isEqualTo("Mr Yates");
        exclude(1, "Ann Yates", "Information withheld", "Shares the mother's address", "Asked to be kept informed");
        save();
        assertThat(text("held:heldMeetings")).contains("Amendments: Weekly school attendance check added",
                today.plusWeeks(5).format(UK), "Mr Yates: excluded from the meeting, endorsed by Tom Hughes",
                "Ann Yates: information withheld, endorsed by Tom Hughes");
        assertThat(browser.findElement(By.id("held:heldMeetings")).getAttribute("textContent"))
                .as("the items of a cell never run together").doesNotContain("addedNext review");

        browser.findElement(By.linkText("Meetings calendar")).click();
        new SignInPage.Heading(browser).waitFor("Meetings calendar");
        assertThat(text("upcoming")).contains("CIN review meeting: Ruth Yates");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#calendar\\:schedule .fc-view-harness"), "Ruth Yates"));
        Browser.screenshot(browser, "meetings-calendar");
    }

    @Test
    void aReviewThatAsksForAnUpdatedAssessmentStartsOne() {
        holdReview("Carl Yates", "Updated assessment");
        PrimeFacesWidgets.typeDate(browser, "meeting:nextReview", today.plusWeeks(5).format(UK));
        save();
        assertThat(text("meeting:meetingMessages")).contains("An updated assessment started on");
        assertThat(text("held:heldMeetings")).contains("Updated assessment");
    }

    @Test
    void aReviewThatStepsUpLeavesThePlanOpenUntilTheChildProtectionPlanStarts() {
        holdReview("Sara Yates", "Step up: strategy discussion, possible Section 47 enquiry, child protection conference");
        PrimeFacesWidgets.typeDate(browser, "meeting:nextReview", today.plusWeeks(4).format(UK));
        save();
        assertThat(text("meeting:meetingMessages")).contains("Step-up to child protection recorded");

        PrimeFacesWidgets.typeDate(browser, "held:cpStart", today.format(UK));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "held:cpStarted");
        Browser.screenshot(browser, "cin-plan-ended-for-cp");
        assertThat(text("held:heldMessages")).contains("the CIN plan has ended");
        assertThat(browser.findElements(By.id("held:cpStarted"))).isEmpty();
    }

    @Test
    void aStepDownPlanClosesEarlyOnlyOnceATeamManagerHasRecordedTheDecision() {
        DemoCases.DemoCase steppedDown = DemoCases.firstSteppedDownFromChildProtection(base);
        signInAs("sw.demo", "My caseload");
        openCaseById(steppedDown);
        bookWithInvitee(today, "Jo Green", "Mother");
        fillClosingReview();
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "meeting:save");
        // The Green plan's first meeting came after the child protection plan ended: its start binds (Berkshire West).
        assertThat(text("meeting:meetingMessages")).contains("none is recorded").doesNotContain("MIN_DURATION_FROM_START");
        assertThat(browser.findElement(By.id("meeting:meetingMessages")).getAttribute("textContent"))
                .as("the rule's id in the summary's details disclosure").contains("MIN_DURATION_FROM_START");
        assertThat(browser.findElement(By.id("meeting:leadName")).getAttribute("value")).isEqualTo("Jo Bloggs");
        assertThat(text("earlyClosure")).contains("No manager's decision is recorded");
        signOut();

        recordEarlyClosureDecision(steppedDown, "Mother engaging well; early help hub in place");
        Browser.screenshot(browser, "early-closure-decided");
        signOut();

        signInAs("sw.demo", "My caseload");
        openCaseById(steppedDown);
        fillClosingReview();
        save();
        assertThat(text("meeting:meetingMessages")).contains("The review proposes to close the case")
                .doesNotContain("MIN_DURATION_");
    }

    /**
     * The worker records Nell's father with his email address, invites him to her review by choosing him from the
     * people around the child (his address filled in), holds the review and emails its minutes: once the mail server
     * (GreenMail, on the port the server's mail session sends to) has them, MINUTES_DISTRIBUTED is met on the case page.
     */
    @Test
    void someoneAroundTheChildIsInvitedByChoiceAndTheEmailedMinutesMeetTheirDeadline() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            String address = "pat.yates-" + CaseFixtures.suffix() + "@example.org";
            DemoCases.DemoCase nell = DemoCases.ofTheDemoWorker(base).stream()
                    .filter(c -> c.childName().equals("Nell Yates")).findFirst().orElseThrow();
            signInAs("sw.demo", "My caseload");
            recordFather(DemoCases.childIdOf(base, nell), nell.childName(), address);
            openCaseById(nell);

            book(today);
            PrimeFacesWidgets.selectOne(browser, "booking:bookings:0:inviteeChosen",
                    "Pat Yates, father (parental responsibility), " + address);
            PrimeFacesWidgets.wait(browser).until(ExpectedConditions.attributeToBe(
                    By.id("booking:bookings:0:inviteeEmail"), "value", address));
            assertThat(browser.findElement(By.id("booking:bookings:0:inviteeName")).getAttribute("value"))
                    .isEqualTo("Pat Yates");
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "booking:bookings:0:invite");
            assertThat(text("booking")).contains("Pat Yates (Father), " + address);
            fillReview("Continue the plan, with the amendments noted");
            browser.findElement(By.id("meeting:amendments")).sendKeys("Father to join the school meetings");
            PrimeFacesWidgets.typeDate(browser, "meeting:nextReview", today.plusWeeks(5).format(UK));
            save();

            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "held:heldMeetings:0:emailMinutes");
            assertThat(text("caseMessages")).contains("The minutes are being emailed to Pat Yates <" + address + ">");
            PrimeFacesWidgets.wait(browser).until(d -> Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(m -> subjectTo(m, address).startsWith("OFFICIAL-SENSITIVE: Minutes of the CIN review")));
            PrimeFacesWidgets.wait(browser).until(d -> {
                d.navigate().refresh();
                return d.findElement(By.id("held:heldMeetings")).getText().contains("to Pat Yates <" + address + ">");
            });
            assertThat(browser.findElements(By.cssSelector("#deadlines tr.rule-MINUTES_DISTRIBUTED")))
                    .filteredOn(row -> row.getText().contains("Minutes of the meeting of " + Dates.full(today)))
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.findElement(By.cssSelector(".status")).getText()).startsWith("Met"));
            Browser.screenshot(browser, "minutes-emailed-and-distributed");
        } finally {
            smtp.stop();
        }
    }

    // ---- steps -------------------------------------------------------------------------------------------------------

    private void openCase(String childName) {
        signInAs("sw.demo", "My caseload");
        browser.findElement(By.linkText(childName)).click();
        new SignInPage.Heading(browser).waitFor(childName);
    }

    /** Signs in as the team manager and records on the case that its plan may close before its minimum duration. */
    private void recordEarlyClosureDecision(DemoCases.DemoCase demoCase, String reason) {
        signInAs("tm.demo", "My caseload");
        openCaseById(demoCase);
        PrimeFacesWidgets.typeDate(browser, "earlyClosure:decidedOn", today.format(UK));
        browser.findElement(By.id("earlyClosure:decisionReason")).sendKeys(reason);
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "earlyClosure:decide");
        assertThat(text("earlyClosure")).contains("The decision is recorded", "Tom Hughes decided on", reason);
    }

    private void openCaseById(DemoCases.DemoCase demoCase) {
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
    }

    /** Chooses today's booked review and fills it to close the case, with the lead professional who takes over. */
    private void fillClosingReview() {
        fillReview("Close the case");
        browser.findElement(By.id("meeting:leadName")).sendKeys("Jo Bloggs");
        browser.findElement(By.id("meeting:leadAgency")).sendKeys("Early help hub");
    }

    /** Opens the child's case, books a review for today, and fills its minutes up to the outcome. */
    private void holdReview(String childName, String outcome) {
        openCase(childName);
        bookWithInvitee(today, "Jo Yates", "Mother");
        fillReview(outcome);
    }

    /** Chooses today's booked review and fills its minutes up to the outcome. */
    private void fillReview(String outcome) {
        chooseBooking("CIN review meeting, " + today.format(UK) + " 16:30");
        recordAttendanceChairAndChild();
        fillMinutes(true);
        browser.findElement(By.id("meeting:contingency:text")).sendKeys("Grandmother looks after the children");
        PrimeFacesWidgets.selectOne(browser, "meeting:outcome", outcome);
        PrimeFacesWidgets.typeDate(browser, "meeting:planUpdate", today.plusWeeks(6).format(UK));
    }

    /** Fills the exclusion form's row, endorsed by the team manager (EXCLUSION_ENDORSED). */
    private void exclude(int row, String person, String scope, String reason, String views) {
        String prefix = "meeting:exclusionRows:" + row + ":";
        browser.findElement(By.id(prefix + "excludedPerson")).sendKeys(person);
        PrimeFacesWidgets.selectOne(browser, prefix + "exclusionScope", scope);
        browser.findElement(By.id(prefix + "exclusionReason")).sendKeys(reason);
        PrimeFacesWidgets.selectOne(browser, prefix + "endorsedBy", "Tom Hughes (Team manager)");
        browser.findElement(By.id(prefix + "excludedViews")).sendKeys(views);
    }

    private void bookWithInvitee(LocalDate on, String name, String role) {
        book(on);
        browser.findElement(By.id("booking:bookings:0:inviteeName")).sendKeys(name);
        browser.findElement(By.id("booking:bookings:0:inviteeRole")).sendKeys(role);
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "booking:bookings:0:invite");
        assertThat(text("booking")).contains(name + " (" + role + ")");
    }

    /** Books a meeting at 16:30 on the day, at the family home. */
    private void book(LocalDate on) {
        PrimeFacesWidgets.typeDateTime(browser, "booking:startsAt", on.format(UK) + " 16:30");
        browser.findElement(By.id("booking:venue")).sendKeys("Family home");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "booking:book");
        assertThat(text("booking:bookingMessages")).contains("Meeting booked");
    }

    /** Records the child's father, who lives with them, with his email address, on the child's record. */
    private void recordFather(long childId, String childName, String address) {
        browser.get(base + "child.xhtml?child=" + childId);
        new SignInPage.Heading(browser).waitFor(childName);
        browser.findElement(By.id("people:personName")).sendKeys("Pat Yates");
        browser.findElement(By.id("people:relationship")).sendKeys("father");
        browser.findElement(By.cssSelector("#people\\:pr .ui-chkbox-box")).click();
        browser.findElement(By.id("people:email")).sendKeys(address);
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "people:addPerson");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("people:peopleMessages"), "Pat Yates is recorded"));
    }

    private static String subjectTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address))
                    ? message.getSubject() : "";
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void chooseBooking(String label) {
        PrimeFacesWidgets.selectOne(browser, "meeting:booking", label);
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.id("meeting:invitees:0:attendance")));
    }

    private void recordAttendanceChairAndChild() {
        PrimeFacesWidgets.selectOne(browser, "meeting:invitees:0:attendance", "Present");
        browser.findElement(By.id("meeting:chairName")).sendKeys("Tom Hughes");
        browser.findElement(By.id("meeting:minuteTaker")).sendKeys("Pat Minutes");
        browser.findElement(By.cssSelector("#meeting\\:childAttended .ui-chkbox-box")).click();
        browser.findElement(By.id("meeting:childViews:text")).sendKeys("Likes living with mum and wants to see dad more");
        browser.findElement(By.cssSelector("#meeting\\:equality .ui-chkbox-box")).click();
    }

    private void fillMinutes(boolean review) {
        browser.findElement(By.id("meeting:reason:text")).sendKeys(review ? "Review of the plan" : "Initial CIN meeting");
        if (review) {
            browser.findElement(By.id("meeting:updates")).sendKeys("Started at a new school");
            browser.findElement(By.id("meeting:progress")).sendKeys("Most actions done");
            browser.findElement(By.cssSelector("#meeting\\:progressed label[for='meeting:progressed:0']")).click();
        }
        browser.findElement(By.id("meeting:needs:text")).sendKeys("Safe, settled sleep");
        browser.findElement(By.id("meeting:outcomes:text")).sendKeys("Sleeps in own bed every night by the next review");
        browser.findElement(By.id("meeting:actions:text")).sendKeys("Mother: bedtime routine, health visitor, from today");
        browser.findElement(By.id("meeting:summary:text")).sendKeys("The plan was agreed");
    }

    private void save() {
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "meeting:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("meeting:meetingMessages"), "Meeting recorded"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
