package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker raises a case's visit frequency for risk and records a visit to a young parent and one to the child: the
 * child's next visit falls due a week later, not at the council's maximum, and the parent's visit counts for nothing.
 * Uses the Evans family's supervision order (visits every 3 weeks at most), which no other browser test records on.
 */
class VisitFrequencyBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aFrequencyRaisedForRiskTimesTheNextVisitAndAVisitToAYoungParentCountsForNothing() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        DemoCases.DemoCase demoCase = DemoCases.firstOfFamily(base, "Evans");
        signInAs("sw.demo", "My caseload");
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());

        browser.findElement(By.id("frequency:amount_input")).sendKeys("1");
        browser.findElement(By.cssSelector("#frequency\\:basis label[for='frequency:basis:1']")).click();
        PrimeFacesWidgets.typeDate(browser, "frequency:agreedOn", today.format(UK));
        browser.findElement(By.id("frequency:frequencyReason")).sendKeys("Mother's new partner has a conviction for violence");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "frequency:agree");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("frequency:frequencyMessages"), "Visit frequency recorded"));
        assertThat(browser.findElement(By.id("frequencies")).getText())
                .contains("every 1 week, raised for risk on " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy")));

        recordVisit(demoCase, today, "A young parent", "Kay Young (mother, 17)", "Support with the baby's routine");
        recordVisit(demoCase, today, "The child", null, "See the child after the new risk");

        Browser.screenshot(browser, "visit-frequency-raised-for-risk");
        String deadlines = browser.findElement(By.id("deadlines")).getText();
        assertThat(deadlines).contains(today.plusWeeks(1).format(UK), "raised for risk");
    }

    /** Records a visit from the case page opened afresh, as after coming back to the case. */
    private void recordVisit(DemoCases.DemoCase demoCase, LocalDate on, String visitOf, String person, String purpose) {
        // a fresh page: choosing from a menu of the form an ajax save has just re-rendered was flaky in the suite
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        PrimeFacesWidgets.typeDate(browser, "visit:visitDate", on.format(UK));
        PrimeFacesWidgets.selectOne(browser, "visit:visitOf", visitOf);
        if (person != null) {
            browser.findElement(By.id("visit:personVisited")).sendKeys(person);
        }
        browser.findElement(By.id("visit:purpose")).sendKeys(purpose);
        browser.findElement(By.cssSelector("#visit\\:seenAlone .ui-chkbox-box")).click();
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "visit:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("visit:visitMessages"), "Visit recorded"));
    }
}
