package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Break-glass in headless Chromium: a practice manager not on a restricted record's access list is refused it, opens
 * it with a stated reason (a too-short one is refused and kept), reads it read-only, and the team manager finds the
 * opening, with its reason, to review on the team alerts page. The access is ended at the end, so the journey can
 * run again.
 */
class BreakGlassBrowserIT extends BrowserJourney {

    private static final String OPENER = "pm.demo";

    @Test
    void aRestrictedRecordOpensOnlyWithAStatedReasonThatTheTeamManagerReviews() {
        DemoCases.DemoCase restricted = DemoCases.restricted(base);
        String reason = "Police on the phone about a missing sibling, case " + UUID.randomUUID().toString().substring(0, 8);
        signInAs(OPENER, "My caseload");
        openCase(restricted);
        endAnyBreakGlassLeftByAnEarlierRun(restricted);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case deadlines");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("This record is restricted");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(restricted.childName());
        Browser.screenshot(browser, "break-glass-refused");

        browser.findElement(By.id("breakGlass:reason")).sendKeys("urgent");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "breakGlass:open");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "at least 20 characters"));
        assertThat(browser.findElement(By.id("breakGlass:reason")).getAttribute("value")).isEqualTo("urgent");

        WebElement reasonBox = browser.findElement(By.id("breakGlass:reason"));
        reasonBox.clear();
        reasonBox.sendKeys(reason);
        browser.findElement(By.id("breakGlass:open")).click();
        new SignInPage.Heading(browser).waitFor(restricted.childName());
        Browser.screenshot(browser, "break-glass-open");
        assertThat(browser.findElement(By.id("breakGlassNotice")).getText())
                .contains("You opened this record with break-glass");
        assertThat(browser.findElements(By.id("visit:save"))).as("read-only: no visit form").isEmpty();
        assertThat(browser.findElement(By.id("deadlines")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("breakGlassNotice")).getLocation().getY())
                .as("the break-glass notice is at the top, above the deadlines")
                .isLessThan(browser.findElement(By.id("deadlines")).getLocation().getY());
        browser.findElement(By.cssSelector("a.child-record")).click();
        new SignInPage.Heading(browser).waitFor(restricted.childName());
        assertThat(browser.findElement(By.id("restrictedBanner")).getText()).contains("This record is restricted");
        assertThat(browser.findElement(By.id("breakGlassBanner")).getText()).contains("break-glass");
        assertThat(browser.findElements(By.id("details:save"))).as("read-only: no edit form").isEmpty();
        signOut();

        signInAs("tm.demo", "My caseload");
        browser.get(base + "team-alerts.xhtml");
        new SignInPage.Heading(browser).waitFor("Team alerts");
        By row = By.xpath("//tbody[@id='breakGlassReviews:reviews_data']/tr[td//span[normalize-space()='" + reason + "']]");
        assertThat(browser.findElement(row).getText()).contains(restricted.childName(), OPENER);
        Browser.screenshot(browser, "break-glass-review");
        String buttonId = browser.findElement(row).findElement(By.tagName("button")).getAttribute("id");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, buttonId);
        assertThat(browser.findElement(By.id("breakGlassReviews:reviewMessages")).getText()).contains("Marked as reviewed");
        assertThat(browser.findElements(row)).isEmpty();
        signOut();

        signInAs(OPENER, "My caseload");
        openCase(restricted);
        new SignInPage.Heading(browser).waitFor(restricted.childName());
        browser.findElement(By.id("breakGlassInUse:end")).click();
        new SignInPage.Heading(browser).waitFor("My caseload");
        openCase(restricted);
        assertThat(browser.findElements(By.id("breakGlass:reason"))).as("refused again once ended").hasSize(1);
    }

    private void openCase(DemoCases.DemoCase demoCase) {
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** A failed earlier run may have left this user's break-glass access open (it lasts hours): end it first. */
    private void endAnyBreakGlassLeftByAnEarlierRun(DemoCases.DemoCase demoCase) {
        if (!browser.findElements(By.id("breakGlassInUse:end")).isEmpty()) {
            browser.findElement(By.id("breakGlassInUse:end")).click();
            new SignInPage.Heading(browser).waitFor("My caseload");
            openCase(demoCase);
        }
    }
}
