package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** Through the case's page for changes and consent: the worker records a significant change and the family's consent. */
class ChangesAndConsentBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theWorkerRecordsASignificantChangeAndTheFamilysConsent() {
        DemoCases.DemoCase demoCase = DemoCases.firstOfFamily(base, "Clarke");
        String today = LocalDate.now(ZoneId.of("Europe/London")).format(UK);
        signInAs("sw.demo", "My caseload");
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        browser.findElement(By.id("changesLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());

        PrimeFacesWidgets.typeDate(browser, "change:changedOn", today);
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "change:save");
        assertThat(browser.findElement(By.id("change:messages")).getText()).contains("Describe the change");
        browser.findElement(By.id("change:description")).sendKeys("Mother moved with the children to her sister's");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "change:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("change:messages"),
                "Significant change recorded."));
        assertThat(browser.findElement(By.id("changes")).getText())
                .contains("Mother moved with the children to her sister's", "Sam Walker");

        PrimeFacesWidgets.selectOne(browser, "consent:kind", "Consent given");
        PrimeFacesWidgets.typeDate(browser, "consent:givenOn", today);
        browser.findElement(By.id("consent:givenBy")).sendKeys("Mother");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "consent:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("consent:messages"),
                "Consent recorded."));
        Browser.screenshot(browser, "consent-recorded");
        assertThat(browser.findElement(By.id("consents")).getText()).contains("Consent given", "Mother");
    }
}
