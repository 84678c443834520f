package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator changes Reading's values from today, reads the preview, and saves, in headless Chromium. */
class PolicyProfileBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern PREVIEW_COUNT = Pattern.compile("(\\d+) of (\\d+) open cases have deadlines that move");

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    /**
     * The visit interval is restated as 21 days (the same dates as 3 weeks, so tests that record a Reading visit today
     * still find it due in 3 weeks) together with a shorter refresh of the assessment, which moves a date the preview
     * must show for a case decided today.
     */
    @Test
    void anAdministratorPreviewsAndSavesNewValuesForReadingFromToday() {
        String familyName = "Profile" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        signInAs("sw.demo", "My caseload");
        browser.get(base + "open-episode.xhtml");
        new SignInPage.Heading(browser).waitFor("Open a CIN episode");
        EpisodeForm.openForNewChild(browser, "Wren", familyName, today); // its deadlines count from today
        String caseReference = "Case " + browser.getCurrentUrl().replaceAll(".*episode=(\\d+).*", "$1");
        signOut();

        signInAs("admin.demo", "Sweep run log");
        browser.findElement(By.linkText("Policy profiles")).click();
        new SignInPage.Heading(browser).waitFor("Councils and policy profiles");
        LocalDate readingLatest = LocalDate.parse(latestReadingVersionHeading().replaceAll(".*from ", "").strip(), UK);
        PrimeFacesWidgets.selectOne(browser, "change:council", "Reading");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("change:preview")));
        assertThat(PrimeFacesWidgets.dateShown(browser, "change:effectiveFrom"))
                .isEqualTo(today.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        // On a fresh database Reading has only version 1; a re-run on the same day's database starts the day after,
        // from the values the earlier run saved.
        LocalDate from = readingLatest.isBefore(today) ? today : readingLatest.plusDays(1);
        if (!from.equals(today)) {
            PrimeFacesWidgets.typeDate(browser, "change:effectiveFrom", from.format(UK));
        }
        String visitsNow = ruleRow("VISIT_INTERVAL").findElement(By.xpath("./td[2]")).getText();
        boolean inDays = visitsNow.equals("21 days");
        String visitsProposed = inDays ? "3 weeks" : "21 days";
        replaceText(amountOf("VISIT_INTERVAL"), inDays ? "3" : "21");
        PrimeFacesWidgets.selectOne(browser, ruleRow("VISIT_INTERVAL")
                .findElement(By.xpath(".//div[contains(@id,':unit') and contains(@class,'ui-selectonemenu')]"))
                .getAttribute("id"), inDays ? "weeks" : "days");
        int months = Integer.parseInt(amountOf("ASSESSMENT_REFRESH").getAttribute("value"));
        int proposedMonths = months == 6 ? 5 : 6;
        replaceText(amountOf("ASSESSMENT_REFRESH"), Integer.toString(proposedMonths));

        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "change:preview");
        WebElement previewCount = PrimeFacesWidgets.wait(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("previewCount")));
        new Actions(browser).scrollToElement(previewCount).perform();
        Browser.screenshot(browser, "profile-preview");
        assertThat(browser.findElement(By.id("previewChanges")).getText().lines()).containsExactly(
                "Visit to the child: " + visitsNow + " → " + visitsProposed,
                "Updated single assessment: " + months + " months → " + proposedMonths + " months");
        Matcher count = PREVIEW_COUNT.matcher(previewCount.getText());
        assertThat(count.find()).as("the preview says how many open cases move").isTrue();
        if (from.equals(today)) {
            assertThat(Integer.parseInt(count.group(1))).isBetween(1, Integer.parseInt(count.group(2)));
            assertThat(browser.findElement(By.xpath("//*[@id='change:moves']//tr[td[normalize-space()='" + caseReference
                    + "'] and contains(.,'ASSESSMENT_REFRESH')]")).getText())
                    .contains(today.plusMonths(months).format(UK), today.plusMonths(proposedMonths).format(UK));
            assertThat(browser.findElement(By.id("change:moves")).getText()).as("administrators see no child's name")
                    .doesNotContain(familyName);
            if (visitsNow.equals("3 weeks") || inDays) {
                assertThat(browser.findElement(By.id("change:moves")).getText())
                        .as("21 days and 3 weeks give the same dates").doesNotContain("VISIT_INTERVAL");
            }
        }
        assertThat(browser.findElement(By.id("change:overdue")).getText()).contains("No deadline becomes overdue.");

        browser.findElement(By.id("change:note")).sendKeys("Reading restates visits in days and refreshes assessments sooner");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "change:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("change:messages"), "in force from " + from.format(UK)));
        Browser.screenshot(browser, "profile-saved");
        String saved = browser.findElement(By.id("change:messages")).getText();
        assertThat(saved).contains("Saved Reading's version", "Alerts of its open cases were recomputed");
        assertThat(latestReadingVersionHeading()).endsWith("in force from " + from.format(UK));
        assertThat(browser.findElement(By.xpath("(//section[@aria-label='Reading']//table)[1]//tr[.//span[normalize-space()='VISIT_INTERVAL']]"))
                .getText()).contains(visitsProposed);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at org.");
    }

    @Test
    void aChangeMustBePreviewedAgainAfterItsValuesChange() {
        signInAs("admin.demo", "Sweep run log");
        browser.get(base + "admin-profiles.xhtml");
        new SignInPage.Heading(browser).waitFor("Councils and policy profiles");
        PrimeFacesWidgets.selectOne(browser, "change:council", "Wokingham");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("change:preview")));
        PrimeFacesWidgets.typeDate(browser, "change:effectiveFrom", today.plusYears(20).format(UK));
        replaceText(amountOf("MINUTES_DISTRIBUTED"), "12");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "change:preview");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("previewCount")));

        replaceText(amountOf("MINUTES_DISTRIBUTED"), "13");
        browser.findElement(By.id("change:note")).sendKeys("Changed after the preview");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "change:save");

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("change:messages"), "preview the change again before saving it"));
        assertThat(amountOf("MINUTES_DISTRIBUTED").getAttribute("value"))
                .as("what was typed stays").isEqualTo("13");
        assertThat(browser.findElements(By.id("previewCount"))).isEmpty();
    }

    @Test
    void aSocialWorkerCannotOpenThePage() {
        signInAs("sw.demo", "My caseload");
        assertThat(browser.findElements(By.linkText("Policy profiles"))).isEmpty();
        browser.get(base + "admin-profiles.xhtml");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Change a council's values");
    }

    /** The row of the change form for a rule. */
    private WebElement ruleRow(String ruleId) {
        return browser.findElement(By.xpath("//*[@id='change:rules']//tr[.//span[normalize-space()='" + ruleId + "']]"));
    }

    private WebElement amountOf(String ruleId) {
        return ruleRow(ruleId).findElement(By.xpath(".//input[contains(@id,':amount')]"));
    }

    private String latestReadingVersionHeading() {
        return browser.findElement(By.xpath("(//section[@aria-label='Reading']//h3)[1]")).getText();
    }

    private void replaceText(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }
}
