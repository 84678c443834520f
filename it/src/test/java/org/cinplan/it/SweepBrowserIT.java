package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/** Sweeps as people meet them: an administrator runs one, an auditor reads the log, workers see alerts. */
class SweepBrowserIT extends BrowserJourney {

    @Test
    void anAdministratorRunsASweepAndWorkersAndManagersSeeTheAlerts() {
        signInAs("admin.demo", "Sweep run log");
        browser.findElement(By.id("runs:runFull")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("runs:messages"), "finished"));
        Browser.screenshot(browser, "run-log-admin");
        assertThat(browser.findElement(By.id("runs:runTable")).getText()).contains("MANUAL by admin.demo", "COMPLETED");

        browser.findElements(By.cssSelector("a.run-link")).get(0).click();
        new SignInPage.Heading(browser).waitFor(browser.findElement(By.tagName("h1")).getText());
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("cases")));
        assertThat(Integer.parseInt(browser.findElement(By.id("cases")).getText())).isGreaterThanOrEqualTo(40);
        assertThat(browser.findElement(By.id("trigger")).getText()).isEqualTo("MANUAL by admin.demo");
        signOut();

        signInAs("sw.demo", "My caseload");
        Browser.screenshot(browser, "alerts-inbox");
        String inbox = browser.findElement(By.id("inbox:alerts")).getText();
        assertThat(inbox).contains("Overdue: your manager has been told", "Visit to the child")
                .containsAnyOf("Due soon", "Due today").doesNotContain("ESCALATED", "DUE_SOON");
        signOut();

        signInAs("tm.demo", "My caseload");
        browser.findElement(By.linkText("Team alerts")).click();
        new SignInPage.Heading(browser).waitFor("Team alerts");
        assertThat(PrimeFacesWidgets.pageUntilShown(browser, "#team\\:alerts", "Sam Walker")).contains("Sam Walker");
    }

    @Test
    void anAuditorFiltersTheRunLogAndExportsItAsCsv() {
        signInAs("auditor.demo", "Sweep run log");
        assertThat(browser.findElements(By.id("runs:runFull"))).as("only administrators start runs").isEmpty();

        PrimeFacesWidgets.selectOne(browser, "runs:trigger", "MANUAL");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "runs:search");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.attributeContains(By.id("runs:csv"), "href", "trigger=MANUAL"));
        String csv = String.valueOf(((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)));",
                browser.findElement(By.id("runs:csv")).getAttribute("href")));
        assertThat(csv).startsWith("200 run_id,trigger,scope,");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",MANUAL,"));
    }

    @Test
    void anAuditorFindsSignInsInTheAuditTrailAndChecksTheChain() {
        signInAs("auditor.demo", "Sweep run log");
        browser.findElement(By.linkText("Audit trail")).click();
        new SignInPage.Heading(browser).waitFor("Audit trail");
        browser.findElement(By.id("audit:actor")).sendKeys("auditor.demo");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "audit:search");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:entries"), "Signed in"));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "audit:checkChain");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"), "intact"));
        Browser.screenshot(browser, "audit-trail");
    }

    @Test
    void aSocialWorkerCannotOpenTheRunLog() {
        signInAs("sw.demo", "My caseload");
        browser.get(base + "runs.xhtml");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Sweep run log", "Run a full sweep");
        String csv = String.valueOf(((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(String(r.status)));", base + "api/sweeps.csv"));
        assertThat(csv).isEqualTo("403");
    }
}
