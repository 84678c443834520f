package org.cinplan.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A social worker opens a child's record from the caseload, reads it, and corrects the census details. */
class ChildRecordBrowserIT extends BrowserJourney {

    private String child;

    @BeforeEach
    void openAChildRecord() {
        signInAs("sw.demo", "My caseload");
        WebElement record = browser.findElement(By.cssSelector("a.child-record"));
        child = record.getAttribute("title").replace("Child record of ", "");
        record.click();
        new SignInPage.Heading(browser).waitFor(child);
    }

    @Test
    void theRecordShowsIdentityHouseholdEpisodesTimelineAndTheCurrentDeadlinesWithTheirWhy() {
        Browser.screenshot(browser, "child-record");
        assertThat(browser.findElement(By.id("identity")).getText()).contains("Child ID (LAchildID)").contains("UPN")
                .contains("Sex").contains("Ethnicity").contains("Disabilities");
        assertThat(browser.findElement(By.id("worker")).getText()).isEqualTo("Sam Walker");
        assertThat(browser.findElement(By.id("episodes")).getText()).contains("Decision");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Episode opened");
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Why");

        browser.findElement(By.cssSelector("#episodes a.case-link")).click();
        new SignInPage.Heading(browser).waitFor(child);
        assertThat(browser.getCurrentUrl()).contains("case.xhtml");
        browser.findElement(By.cssSelector("a.child-record")).click();
        new SignInPage.Heading(browser).waitFor(child);
        assertThat(browser.getCurrentUrl()).contains("child.xhtml");
    }

    @Test
    void badDetailsAreRefusedWithWhatWasTypedKeptAndGoodOnesAreSaved() {
        clearAndType("details:upn", "12345");
        PrimeFacesWidgets.selectOne(browser, "details:upnUnknown", "There is a UPN, or no reason yet");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "details:save");
        String refused = browser.findElement(By.id("details:detailsMessages")).getText();
        assertThat(refused).contains("A UPN is a capital letter, 11 digits");
        assertThat(browser.findElement(By.id("details:upn")).getAttribute("value")).isEqualTo("12345");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception:", "at org.");

        clearAndType("details:upn", "A123456789012");
        for (WebElement box : browser.findElements(By.cssSelector("#details\\:disabilities .ui-chkbox-box.ui-state-active"))) {
            box.click();
        }
        browser.findElement(By.cssSelector("label[for='details:disabilities:0']")).click(); // "No disability"
        PrimeFacesWidgets.selectOne(browser, "details:ethnicity", "BAFR Black African");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "details:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("details:detailsMessages"), "The child's details are saved"));
        Browser.screenshot(browser, "child-record-saved");
        assertThat(browser.findElement(By.id("identity")).getText()).contains("A123456789012")
                .contains("No disability (NONE)");
        assertThat(browser.findElement(By.id("ethnicity")).getText()).as("the label, not the bare code")
                .isEqualTo("BAFR Black African");
        assertThat(browser.findElement(By.id("details:upn")).getAttribute("value")).isEqualTo("A123456789012");
    }

    private void clearAndType(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
