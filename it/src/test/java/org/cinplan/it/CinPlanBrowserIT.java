package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CIN plan journey in Chromium: a Suffolk worker drafts a plan with an outcome and an action and submits it; a
 * consultant social worker approves it; the case's PLAN_APPROVAL deadline shows it met. Suffolk, because the plan
 * approval timescale is Suffolk's (procedure 3.8); sw.suffolk and csw.suffolk work in the same team.
 */
class CinPlanBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aWorkerDraftsAndSubmitsAPlanAndAConsultantApprovesIt() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signInAs("sw.suffolk", "My caseload");
        String child = browser.findElement(By.cssSelector("a.child-name")).getText();
        browser.findElement(By.cssSelector("a.child-name")).click();
        new SignInPage.Heading(browser).waitFor(child);
        browser.findElement(By.id("planLink")).click();
        new SignInPage.Heading(browser).waitFor("CIN plan: " + child);
        String planPage = browser.getCurrentUrl();
        if (!browser.findElements(By.id("plan:newVersion")).isEmpty()) {
            // The test database outlives a run: a plan approved by an earlier run gets a new version.
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:newVersion");
        }

        replace("plan:needs", "Regular school attendance; a settled morning routine");
        replace("plan:outcomes:0:outcome", "School attendance above 90%");
        replace("plan:outcomes:0:howMeasured", "Weekly attendance report from the school");
        replaceDate("plan:outcomes:0:targetDate", today.plusMonths(3).format(UK));
        replace("plan:actions:0:action", "Walk to school together each morning");
        replace("plan:actions:0:owner", "Mother");
        replaceDate("plan:actions:0:dueDate", today.plusWeeks(2).format(UK));
        replace("plan:contingency", "Strategy discussion if attendance falls below 70%");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:saveDraft");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText()).contains("Draft saved.");
        assertThat(browser.findElement(By.id("plan:outcomes:0:outcome")).getAttribute("value"))
                .isEqualTo("School attendance above 90%");

        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:submit");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText()).contains("Submitted for approval");
        assertThat(browser.findElement(By.id("versionStatus")).getText()).endsWith("Submitted for approval");
        Browser.screenshot(browser, "plan-submitted");
        signOut();

        signInAs("csw.suffolk", "My caseload");
        browser.findElement(By.linkText("Plans to agree")).click();
        new SignInPage.Heading(browser).waitFor("Plans to agree");
        browser.findElement(By.xpath("//a[@class='plan-to-agree' and normalize-space()='" + child + "']")).click();
        new SignInPage.Heading(browser).waitFor("CIN plan: " + child);
        assertThat(browser.getCurrentUrl()).isEqualTo(planPage);
        assertThat(browser.findElement(By.id("frozenOutcomes")).getText()).contains("School attendance above 90%");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:approve");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText()).contains("Plan approved");
        assertThat(browser.findElement(By.id("versionStatus")).getText()).endsWith("Approved, in force");
        assertThat(browser.findElement(By.id("plan:history")).getText()).contains("Approved, in force by csw.suffolk");
        Browser.screenshot(browser, "plan-approved");

        browser.findElement(By.id("plan:backToCase")).click();
        new SignInPage.Heading(browser).waitFor(child);
        WebElement planApproval = browser.findElements(By.cssSelector("#deadlines tbody tr")).stream()
                .filter(row -> row.getText().contains("PLAN_APPROVAL")).findFirst().orElseThrow();
        assertThat(planApproval.findElement(By.cssSelector(".status")).getText()).startsWith("Met");
        Browser.screenshot(browser, "plan-approval-met");
    }

    @Test
    void submittingAPlanWithoutOutcomesIsRefusedAndWhatWasTypedStays() {
        signInAs("sw.suffolk", "My caseload");
        java.util.List<WebElement> children = browser.findElements(By.cssSelector("a.child-name"));
        String child = children.get(1).getText();
        children.get(1).click();
        new SignInPage.Heading(browser).waitFor(child);
        browser.findElement(By.id("planLink")).click();
        new SignInPage.Heading(browser).waitFor("CIN plan: " + child);
        if (!browser.findElements(By.id("plan:newVersion")).isEmpty()) {
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:newVersion");
        }
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:needs")));
        replace("plan:needs", "Support with the new baby");
        while (!browser.findElements(By.id("plan:outcomes:0:removeOutcome")).isEmpty()) {
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:outcomes:0:removeOutcome");
        }

        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:submit");

        Browser.screenshot(browser, "plan-refused");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText())
                .contains("cannot be submitted for approval without").contains("at least one SMART outcome");
        assertThat(browser.findElement(By.id("plan:needs")).getAttribute("value")).isEqualTo("Support with the new baby");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception:", "at org.", "Caused by");
    }

    private void replace(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void replaceDate(String pickerId, String ukDate) {
        browser.findElement(By.id(pickerId + "_input")).clear();
        PrimeFacesWidgets.typeDate(browser, pickerId, ukDate);
    }
}
