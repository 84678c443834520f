package org.cinplan.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker records a visit on a case and sees its deadlines move at once; bad input is refused plainly. */
class RecordVisitBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeEach
    void openACase() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");
        String child = browser.findElement(By.cssSelector("a.child-name")).getText();
        browser.findElement(By.cssSelector("a.child-name")).click();
        new SignInPage.Heading(browser).waitFor(child);
    }

    @Test
    void aRecordedVisitMovesTheVisitDeadlineAtOnce() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        PrimeFacesWidgets.typeDate(browser, "visit:visitDate", today.format(UK));
        browser.findElement(By.id("visit:purpose")).sendKeys("Talk with the child about school");
        browser.findElement(By.cssSelector("#visit\\:seenAlone .ui-chkbox-box")).click();
        browser.findElement(By.id("visit:observations:text")).sendKeys("Relaxed and chatty; attendance improving");
        PrimeFacesWidgets.typeDate(browser, "visit:writtenUp", today.format(UK));
        browser.findElement(By.id("visit:save")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("visit:visitMessages"), "Visit recorded"));
        Browser.screenshot(browser, "visit-recorded");
        String visits = browser.findElement(By.cssSelector("#deadlines tr.rule-VISIT_INTERVAL")).getText();
        assertThat(visits).contains(today.plusWeeks(3).format(UK));
    }

    @Test
    void aVisitRecordedWithoutItsWriteUpIsWrittenUpLater() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        PrimeFacesWidgets.typeDate(browser, "visit:visitDate", today.format(UK));
        browser.findElement(By.cssSelector("#visit\\:announced label[for='visit:announced:1']")).click();
        browser.findElement(By.id("visit:purpose")).sendKeys("Unannounced check on home conditions");
        browser.findElement(By.cssSelector("#visit\\:seenAlone .ui-chkbox-box")).click();
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "visit:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("visit:visitMessages"), "Visit recorded"));
        assertThat(browser.findElements(By.cssSelector("#deadlines tr.rule-VISIT_RECORDED"))).isNotEmpty();

        By awaiting = By.cssSelector("#writeUp\\:visitChoice_input option:not([value=''])");
        int awaitingBefore = browser.findElements(awaiting).size();
        WebElement observations = browser.findElement(By.id("writeUp:observations"));
        PrimeFacesWidgets.selectOne(browser, "writeUp:visitChoice",
                today.format(UK) + ": Unannounced check on home conditions");
        // Choosing the visit starts the write-up from the plan in force: wait for it before typing.
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(observations));
        PrimeFacesWidgets.typeDate(browser, "writeUp:writtenUpOn", today.format(UK));
        browser.findElement(By.id("writeUp:observations:text")).sendKeys("Home warm and tidy; food in the cupboards");
        browser.findElement(By.id("writeUp:save")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("writeUpMessages"), "Visit written up"));
        Browser.screenshot(browser, "visit-written-up");
        assertThat(browser.findElements(awaiting)).as("one visit fewer to write up").hasSize(awaitingBefore - 1);
    }

    @Test
    void aVisitWithoutADateOrAReasonIsRefusedAndWhatWasTypedStays() {
        browser.findElement(By.id("visit:save")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("visit:visitMessages"), "Enter the date of the visit"));
        String messages = browser.findElement(By.id("visit:visitMessages")).getText();
        assertThat(messages).contains("Say why the child was not seen alone", "Say what the visit was for");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception:", "at org.", "Caused by");

        PrimeFacesWidgets.typeDate(browser, "visit:writtenUp", "01/01/2020");
        browser.findElement(By.id("visit:reason")).sendKeys("Baby, seen with mother");
        WebElement firstAnswer = browser.findElement(By.id("visit:visitMessages"));
        browser.findElement(By.id("visit:save")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(firstAnswer));
        Browser.screenshot(browser, "visit-refused");
        assertThat(browser.findElement(By.id("visit:visitMessages")).getText())
                .contains("Enter the date of the visit").doesNotContain("Say why");
        assertThat(browser.findElement(By.id("visit:reason")).getAttribute("value")).isEqualTo("Baby, seen with mother");
        assertThat(PrimeFacesWidgets.dateShown(browser, "visit:writtenUp")).isEqualTo("1/1/2020");
    }

    @Test
    void aRefusedVisitPutsFocusOnTheErrorSummaryWhichLinksToEachFieldMarkedBesideIt() {
        browser.findElement(By.id("visit:save")).click();

        By summary = By.cssSelector("#visit\\:visitMessages .error-summary");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(summary));
        PrimeFacesWidgets.wait(browser).until(d -> d.switchTo().activeElement().equals(d.findElement(summary)));
        Browser.screenshot(browser, "visit-error-summary");
        assertThat(browser.findElement(summary).getText()).startsWith("There is a problem")
                .contains("Enter the date of the visit", "Say what the visit was for");
        assertThat(browser.findElement(By.id("messages")).getText()).as("not repeated at the top of the page").isEmpty();

        WebElement purpose = browser.findElement(By.id("visit:purpose"));
        assertThat(purpose.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(purpose.findElement(By.xpath("following-sibling::*[contains(@class,'ui-message')][1]")).getText())
                .isEqualTo("Say what the visit was for");
        assertThat(browser.findElement(By.id("main")).getText().split("Say what the visit was for", -1))
                .as("once in the summary, once beside the field").hasSize(3);

        browser.findElement(summary).findElement(By.linkText("Say what the visit was for")).click();
        assertThat(browser.switchTo().activeElement()).isEqualTo(purpose);
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void aDateThatIsNotRealIsRefusedByNameAndStaysAsTyped() {
        PrimeFacesWidgets.typeDate(browser, "visit:visitDate", "31/02/2027");
        PrimeFacesWidgets.typeDate(browser, "visit:writtenUp", "1/2/27");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "visit:save");

        Browser.screenshot(browser, "visit-dates-refused");
        assertThat(browser.findElement(By.id("visit:visitMessages")).getText()).contains(
                "Date of the visit must be a real date", "Written up on the record on: the year must include 4 numbers");
        assertThat(PrimeFacesWidgets.dateShown(browser, "visit:visitDate")).isEqualTo("31/02/2027");
        assertThat(PrimeFacesWidgets.dateShown(browser, "visit:writtenUp")).isEqualTo("1/2/27");
        assertThat(browser.findElement(By.id("visit:visitDate:month")).getAttribute("aria-invalid")).isEqualTo("true");
    }
}
