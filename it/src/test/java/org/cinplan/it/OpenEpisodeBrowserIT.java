package org.cinplan.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker opens a CIN episode for a new child and lands on the new case with its initial meeting due; bad input is refused plainly. */
class OpenEpisodeBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void openTheForm() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");
        browser.get(base + "open-episode.xhtml");
        new SignInPage.Heading(browser).waitFor("Open a CIN episode");
    }

    @Test
    void aNewChildsStandardEpisodeDecidedTodayOpensWithItsInitialMeetingDue() {
        String familyName = "Browser" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        EpisodeForm.openForNewChild(browser, "Ivy", familyName, today);

        Browser.screenshot(browser, "episode-opened");
        assertThat(browser.getCurrentUrl()).contains("case.xhtml").contains("episode=");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Episode opened");
        assertThat(browser.findElement(By.id("main")).getText().split("Episode opened", -1))
                .as("the confirmation shown once, not under each of the case's forms").hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#deadlines tr.rule-INITIAL_MEETING"))).hasSize(1);

        browser.get(base + "caseload.xhtml");
        new SignInPage.Heading(browser).waitFor("My caseload");
        assertThat(browser.findElement(By.id("caseload:children")).getText()).contains("Ivy " + familyName);
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndWhatWasTypedStays() {
        browser.findElement(By.id("episode:givenName")).sendKeys("Rose");
        PrimeFacesWidgets.typeDate(browser, "episode:referralDate", today.format(UK));
        PrimeFacesWidgets.typeDate(browser, "episode:decisionDate", today.plusDays(3).format(UK));
        browser.findElement(By.id("episode:save")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("episode:messages"), "The decision date cannot be in the future"));
        Browser.screenshot(browser, "episode-refused");
        String messages = browser.findElement(By.id("episode:messages")).getText();
        assertThat(messages).contains("Enter the child's family name", "Enter the child's date of birth",
                "Choose the child's sex", "Choose the primary need code", "Choose who referred the child");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception:", "at org.", "Caused by");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Open a CIN episode");
        assertThat(browser.findElement(By.id("episode:givenName")).getAttribute("value")).isEqualTo("Rose");
        assertThat(PrimeFacesWidgets.dateShown(browser, "episode:decisionDate")).as("the date refused stays as typed")
                .isEqualTo(today.plusDays(3).format(UK));
        assertThat(browser.findElement(By.id("episode:decisionDate:day")).getAttribute("aria-invalid")).isEqualTo("true");
    }
}
