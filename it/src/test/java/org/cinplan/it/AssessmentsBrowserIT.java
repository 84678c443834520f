package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the assessments page: the worker starts and completes an assessment (a refusal keeps what was typed), the team
 * manager authorises it, and the case's assessment refresh is met.
 */
class AssessmentsBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theWorkerCompletesAnAssessmentAndTheTeamManagerAuthorisesIt() {
        // A standard Reading plan (the Clarke family's), whose six-monthly assessment refresh applies.
        DemoCases.DemoCase demoCase = DemoCases.firstOfFamily(base, "Clarke");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signInAs("sw.demo", "My caseload");
        open(demoCase);

        PrimeFacesWidgets.selectOne(browser, "start:reason", "Six-monthly updated assessment");
        PrimeFacesWidgets.typeDate(browser, "start:startedOn", today.format(UK));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "start:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Assessment started."));

        String choice = "Six-monthly updated assessment started " + today;
        PrimeFacesWidgets.selectOne(browser, "complete:completeChoice", choice);
        PrimeFacesWidgets.typeDate(browser, "complete:completedOn", today.format(UK));
        browser.findElement(By.cssSelector("#complete input[value='21']")).click();
        browser.findElement(By.cssSelector("#complete input[value='16A']")).click();
        PrimeFacesWidgets.selectOne(browser, "complete:outcome", "A Child in Need plan");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "complete:save");
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("21 No factors identified cannot stand with other factors");
        assertThat(browser.findElement(By.cssSelector("#complete input[value='16A']")).isSelected()).isTrue();

        browser.findElement(By.cssSelector("#complete input[value='21']")).click();
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "complete:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Assessment completed"));
        assertThat(browser.findElement(By.id("assessments")).getText()).contains("16A Neglect", "Awaiting a manager");
        assertThat(browser.findElements(By.id("authorise"))).as("a social worker does not authorise").isEmpty();
        signOut();

        signInAs("tm.demo", "My caseload");
        open(demoCase);
        PrimeFacesWidgets.selectOne(browser, "authorise:authoriseChoice", choice);
        PrimeFacesWidgets.typeDate(browser, "authorise:authorisedOn", today.format(UK));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "authorise:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Assessment authorised"));
        Browser.screenshot(browser, "assessment-authorised");
        assertThat(browser.findElement(By.id("assessments")).getText()).contains("by Tom Hughes");

        browser.findElement(By.id("caseLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        String metToday = "Met on " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(browser.findElements(By.cssSelector("#deadlines tr.rule-ASSESSMENT_REFRESH"))).extracting(WebElement::getText)
                .anyMatch(row -> row.contains(metToday));
    }

    private void open(DemoCases.DemoCase demoCase) {
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        browser.findElement(By.id("assessmentsLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
    }
}
