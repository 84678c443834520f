package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never lose a word: what a worker types into a visit's write-up is kept as their draft as they type, offered back
 * after a reload and after signing out and in again, and gone once the visit is saved.
 */
class DraftsBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String WRITE_UP = "Home warm; the child talked about football and his new friend";
    private static final By BOX = By.id("visit:observations:text");
    private static final By OFFER = By.cssSelector("#visit\\:observations\\:offer .draft-offer");

    @Test
    void aWriteUpTypedButNotSavedIsOfferedBackAfterAReloadAndAfterSigningInAgain() {
        signInAs("sw.demo", "My caseload");
        String child = browser.findElement(By.cssSelector("a.child-name")).getText();
        browser.findElement(By.cssSelector("a.child-name")).click();
        new SignInPage.Heading(browser).waitFor(child);
        String casePage = browser.getCurrentUrl();
        // Another journey on this demo case may have left a draft of a refused visit: start from none.
        if (!browser.findElements(OFFER).isEmpty()) {
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "visit:observations:discard");
        }

        browser.findElement(BOX).sendKeys(WRITE_UP);
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("visit:observations:status"), "Draft kept at"));

        browser.navigate().refresh();
        new SignInPage.Heading(browser).waitFor(child);
        assertThat(browser.findElement(OFFER).getText()).contains("You have an unsaved draft from");
        assertThat(browser.findElement(BOX).getAttribute("value")).as("offered, not filled in unasked").isEmpty();
        Browser.screenshot(browser, "draft-offered");
        assertThat(Accessibility.violations(browser)).isEmpty();

        signOut();
        signInAs("sw.demo", "My caseload");
        browser.get(casePage);
        new SignInPage.Heading(browser).waitFor(child);
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "visit:observations:carryOn");
        PrimeFacesWidgets.wait(browser).until(d -> WRITE_UP.equals(d.findElement(BOX).getAttribute("value")));
        assertThat(browser.findElements(OFFER)).isEmpty();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        PrimeFacesWidgets.typeDate(browser, "visit:visitDate", today.format(UK));
        browser.findElement(By.id("visit:purpose")).sendKeys("Talk with the child about school");
        browser.findElement(By.cssSelector("#visit\\:seenAlone .ui-chkbox-box")).click();
        PrimeFacesWidgets.typeDate(browser, "visit:writtenUp", today.format(UK));
        browser.findElement(By.id("visit:save")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("visit:visitMessages"), "Visit recorded"));

        browser.navigate().refresh();
        new SignInPage.Heading(browser).waitFor(child);
        assertThat(browser.findElements(OFFER)).as("the saved visit's draft is gone").isEmpty();
    }
}
