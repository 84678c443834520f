package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team manager records, on the case's management decisions page, that a Reading plan continues beyond 6 months
 * (DURATION_6M): refused plainly without its reasons (what was typed stays), then recorded, shown with who and why, and
 * the case's six-month deadline is met.
 */
class ManagementDecisionsBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aTeamManagerRecordsThatAPlanContinuesBeyondSixMonthsAndTheDeadlineIsMet() {
        // A standard Reading plan (the Baker family's active plan): DURATION_6M applies.
        DemoCases.DemoCase demoCase = DemoCases.firstOfFamily(base, "Baker");
        signInAs("tm.demo", "My caseload");
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        browser.findElement(By.id("decisionsLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        assertThat(browser.findElement(By.id("outstanding")).getText())
                .contains("Decision that the plan continues beyond 6 months (DURATION_6M)");
        browser.findElement(By.cssSelector("a.record-CONTINUE_BEYOND_6M")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("decision:save")));

        String today = LocalDate.now(ZoneId.of("Europe/London")).format(UK);
        PrimeFacesWidgets.typeDate(browser, "decision:decidedOn", today);
        PrimeFacesWidgets.selectOne(browser, "decision:choice", "The plan continues beyond 6 months");
        browser.findElement(By.id("decision:nextSteps")).sendKeys("Review at the next CIN meeting");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "decision:save");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Give the reasons for the decision");
        assertThat(browser.findElement(By.id("decision:nextSteps")).getAttribute("value"))
                .isEqualTo("Review at the next CIN meeting");

        browser.findElement(By.id("decision:reasons")).sendKeys("Housing move in progress; school place not yet secured");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "decision:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Decision that the plan continues beyond 6 months recorded."));
        Browser.screenshot(browser, "management-decision-recorded");
        assertThat(browser.findElement(By.id("recorded")).getText())
                .contains("DURATION_6M", "Tom Hughes", "The plan continues beyond 6 months",
                        "Housing move in progress; school place not yet secured", "Review at the next CIN meeting");
        assertThat(browser.findElements(By.id("decision"))).as("the form is done with").isEmpty();

        browser.findElement(By.id("caseLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        assertThat(browser.findElement(By.cssSelector("#deadlines tr.rule-DURATION_6M")).getText())
                .as("the rule's row (its id is in the row's closed disclosure)").contains("continues beyond 6 months");
    }
}
