package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
        String child = openPlanOfChild(0);
        String planPage = browser.getCurrentUrl();

        replace("plan:needs:text", "Regular school attendance; a settled morning routine");
        replace("plan:outcomes:0:outcome", "School attendance above 90%");
        replace("plan:outcomes:0:howMeasured", "Weekly attendance report from the school");
        PrimeFacesWidgets.typeDate(browser, "plan:outcomes:0:targetDate", today.plusMonths(3).format(UK));
        replace("plan:actions:0:action", "Walk to school together each morning");
        replace("plan:actions:0:owner", "Mother");
        PrimeFacesWidgets.typeDate(browser, "plan:actions:0:dueDate", today.plusWeeks(2).format(UK));
        replace("plan:contingency:text", "Strategy discussion if attendance falls below 70%");
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
        assertThat(browser.findElement(By.id("plansToAgree")).getText()).as("the morning view counts what waits")
                .matches("\\d+ plans? to agree in your team\\.");
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
        WebElement planApproval = browser.findElement(By.cssSelector("#deadlines tr.rule-PLAN_APPROVAL"));
        assertThat(planApproval.findElement(By.cssSelector(".status")).getText()).startsWith("Met");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", planApproval);
        Browser.screenshot(browser, "plan-approval-met");

        downloadThePlanInForceFromTheCasePage(child);
    }

    /** The case page offers the plan in force as a PDF, named by the case, never the child, with the plan's text. */
    private void downloadThePlanInForceFromTheCasePage(String child) {
        WebElement link = browser.findElement(By.id("planInForcePdf"));
        // The test database outlives a run, so the version approved here may not be the first.
        assertThat(link.getText()).matches("CIN plan in force \\(version \\d+\\)");
        String version = link.getText().replaceAll("\\D", "");
        assertThat(browser.findElements(By.cssSelector("a.plan-version-pdf"))).extracting(WebElement::getText)
                .startsWith("CIN plan, Version " + version + " (Approved, in force)");
        assertThat(browser.findElement(By.id("familyPlanPdf")).getText()).startsWith("Family-friendly plan");

        java.net.http.HttpResponse<byte[]> pdf = download(link.getAttribute("href"));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
        String disposition = pdf.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).matches("attachment; filename=\"cin-plan-case-\\d+-in-force\\.pdf\"");
        for (String name : child.split(" ")) {
            assertThat(disposition).doesNotContain(name);
        }
        PdfText plan = PdfText.of(pdf.body());
        assertThat(plan.title()).isEqualTo("Child in Need plan for " + child + ", version " + version);
        assertThat(plan.text()).contains("Regular school attendance; a settled morning routine",
                "Walk to school together each morning", "Suffolk", "OFFICIAL-SENSITIVE", "Page 1 of " + plan.pages());

        String documents = link.getAttribute("href").replaceFirst("/documents/.*", "/documents/");
        assertThat(download(documents + "plan.pdf?episode=not-a-number").statusCode()).isEqualTo(400);
        assertThat(download(documents + "minutes.pdf?meeting=987654321").statusCode()).as("no such meeting").isEqualTo(403);
    }

    /**
     * In Reading: a consultant social worker writes a plan on sw.demo's case asking for a service's budget and submits
     * it; they are offered no approve button and a forged approval changes nothing; svm.demo, a budget holder, approves
     * the budget; pm.demo approves the plan.
     */
    @Test
    void noOneApprovesTheirOwnPlanAndABudgetHolderDecidesTheBudgetItAsksFor() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        DemoCases.DemoCase fletcher = DemoCases.ofTheDemoWorker(base).stream()
                .filter(c -> c.childName().endsWith(" Fletcher")).findFirst().orElseThrow();
        String planPage = base + "plan.xhtml?episode=" + fletcher.episodeId();
        signInAs("csw.demo", "My caseload");
        openPlan(planPage, fletcher.childName());
        if (!browser.findElements(By.id("plan:newVersion")).isEmpty()) {
            // The test database outlives a run: a plan approved by an earlier run gets a new version.
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:newVersion");
        }
        replace("plan:needs:text", "Respite for the family; a settled routine at home");
        replace("plan:outcomes:0:outcome", "Two nights' respite a month");
        replace("plan:outcomes:0:howMeasured", "Respite diary kept by the provider");
        PrimeFacesWidgets.typeDate(browser, "plan:outcomes:0:targetDate", today.plusMonths(3).format(UK));
        replace("plan:actions:0:action", "Arrange the first respite weekend");
        replace("plan:actions:0:owner", "Chris Okafor");
        PrimeFacesWidgets.typeDate(browser, "plan:actions:0:dueDate", today.plusWeeks(2).format(UK));
        replace("plan:contingency:text", "Strategy discussion if the placement breaks down");
        while (!browser.findElements(By.id("plan:services:0:removeService")).isEmpty()) {
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:services:0:removeService");
        }
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:addService");
        replace("plan:services:0:service", "Respite care, one weekend a month");
        browser.findElement(By.cssSelector("#plan\\:services\\:0\\:needsBudget .ui-chkbox-box")).click();
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:submit");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText()).contains("Submitted for approval");

        assertThat(browser.findElements(By.id("plan:approve"))).as("no approve button for the author").isEmpty();
        assertThat(browser.findElement(By.id("awaitingApprover")).getText()).contains("SEPARATION_OF_DUTIES");
        WebElement pageBeforeTheForgery = browser.findElement(By.tagName("h1"));
        ((JavascriptExecutor) browser).executeScript("var form = document.getElementById('plan');"
                + " var forged = document.createElement('input'); forged.type = 'hidden'; forged.name = 'plan:approve';"
                + " forged.value = 'plan:approve'; form.appendChild(forged); form.submit();");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(pageBeforeTheForgery));
        openPlan(planPage, fletcher.childName());
        assertThat(browser.findElement(By.id("versionStatus")).getText()).as("a forged approval changes nothing")
                .endsWith("Submitted for approval");
        signOut();

        signInAs("svm.demo", "My caseload");
        openPlan(planPage, fletcher.childName());
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:budgetLines:0:approveBudget");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText()).contains("Budget approved.");
        assertThat(browser.findElement(By.id("frozenServices")).getText())
                .contains("Respite care, one weekend a month; budget approval: Approved by svm.demo on");
        signOut();

        signInAs("pm.demo", "My caseload");
        openPlan(planPage, fletcher.childName());
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:approve");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText()).contains("Plan approved");
        assertThat(browser.findElement(By.id("plan:history")).getText()).contains("Approved, in force by pm.demo");
        Browser.screenshot(browser, "plan-approved-by-another");
    }

    @Test
    void submittingAPlanWithoutOutcomesIsRefusedAndWhatWasTypedStays() {
        signInAs("sw.suffolk", "My caseload");
        openPlanOfChild(1);
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:needs:text")));
        replace("plan:needs:text", "Support with the new baby");
        while (!browser.findElements(By.id("plan:outcomes:0:removeOutcome")).isEmpty()) {
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:outcomes:0:removeOutcome");
        }

        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:submit");

        Browser.screenshot(browser, "plan-refused");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText())
                .contains("cannot be submitted for approval without").contains("at least one SMART outcome");
        assertThat(browser.findElement(By.id("plan:needs:text")).getAttribute("value")).isEqualTo("Support with the new baby");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception:", "at org.", "Caused by");
    }

    @Test
    void aSaveAfterSomeoneElseChangedThePlanIsRefusedAndWhatWasTypedStays() {
        signInAs("sw.suffolk", "My caseload");
        openPlanOfChild(2);
        String planPage = browser.getCurrentUrl();
        WebDriver colleague = Browser.start();
        try {
            SignInPage signIn = SignInPage.open(colleague, base);
            signIn.signInAs("sw.suffolk", SignInPage.DEMO_PASSWORD);
            signIn.waitForPage("My caseload");
            colleague.get(planPage);
            PrimeFacesWidgets.wait(colleague).until(ExpectedConditions.visibilityOfElementLocated(By.id("plan:needs:text")));
            WebElement needs = colleague.findElement(By.id("plan:needs:text"));
            needs.clear();
            needs.sendKeys("Saved first by a colleague " + System.nanoTime());
            PrimeFacesWidgets.clickAndAwaitUpdate(colleague, "plan:saveDraft");
            assertThat(colleague.findElement(By.id("plan:planMessages")).getText()).contains("Draft saved.");
        } finally {
            colleague.quit();
        }

        replace("plan:needs:text", "My own wording, typed meanwhile");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:saveDraft");

        Browser.screenshot(browser, "plan-conflict");
        assertThat(browser.findElement(By.id("plan:planMessages")).getText())
                .contains("Someone else changed this plan while you were working on it");
        assertThat(browser.findElement(By.id("plan:needs:text")).getAttribute("value")).isEqualTo("My own wording, typed meanwhile");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:reload");
        assertThat(browser.findElement(By.id("plan:needs:text")).getAttribute("value")).startsWith("Saved first by a colleague");
    }

    /** Opens the plan page of the signed-in worker's child at this place in their caseload; the child's name. */
    private String openPlanOfChild(int index) {
        WebElement link = browser.findElements(By.cssSelector("a.child-name")).get(index);
        String child = link.getText();
        link.click();
        new SignInPage.Heading(browser).waitFor(child);
        browser.findElement(By.id("planLink")).click();
        new SignInPage.Heading(browser).waitFor("CIN plan: " + child);
        if (!browser.findElements(By.id("plan:newVersion")).isEmpty()) {
            // The test database outlives a run: a plan approved by an earlier run gets a new version.
            PrimeFacesWidgets.clickAndAwaitUpdate(browser, "plan:newVersion");
        }
        return child;
    }

    private void openPlan(String planPage, String child) {
        browser.get(planPage);
        new SignInPage.Heading(browser).waitFor("CIN plan: " + child);
    }

    private void replace(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
