package org.cinplan.it;

import org.cinplan.casework.ReferralSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a case page the worker records a referral about a child whose case is open (it joins the case), then a strategy
 * discussion, whose initial conference target the page shows with why (ICPC_WITHIN_15WD).
 */
class ReferralAndStrategyBrowserIT extends BrowserJourney {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theWorkerRecordsAReferralThatJoinsTheOpenCaseAndAStrategyDiscussion() {
        DemoCases.DemoCase demoCase = DemoCases.firstOfFamily(base, "Fletcher");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        signInAs("sw.demo", "My caseload");
        browser.get(base + "case.xhtml?episode=" + demoCase.episodeId());
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        browser.findElement(By.id("referralsLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());

        PrimeFacesWidgets.typeDate(browser, "receive:receivedOn", today.format(UK));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "receive:save");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Choose who referred the child");
        PrimeFacesWidgets.selectOne(browser, "receive:source", ReferralSource.POLICE.label());
        PrimeFacesWidgets.selectOne(browser, "receive:primaryNeed", "N1");
        browser.findElement(By.id("receive:summary")).sendKeys("Police called to the home after a neighbour heard shouting");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "receive:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Referral recorded: it joins the child's open case."));
        assertThat(browser.findElement(By.id("referrals")).getText())
                .contains(ReferralSource.POLICE.label(), "Police called to the home", "Part of a case", "Sam Walker");

        browser.findElement(By.id("protectionLink")).click();
        new SignInPage.Heading(browser).waitFor(demoCase.childName());
        LocalDate strategy = today.getDayOfWeek() == DayOfWeek.SATURDAY ? today.minusDays(1)
                : today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(2) : today;
        PrimeFacesWidgets.typeDate(browser, "strategy:heldOn", strategy.plusDays(1).format(UK));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "strategy:save");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("future");
        PrimeFacesWidgets.typeDate(browser, "strategy:heldOn", strategy.format(UK));
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "strategy:save");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Strategy discussion recorded"));
        Browser.screenshot(browser, "strategy-discussion-recorded");
        String enquiries = browser.findElement(By.id("enquiries")).getText();
        assertThat(enquiries).contains("During the CIN plan", "Not held yet");
        assertThat(browser.findElement(By.cssSelector("#enquiries .about-rule")).getAttribute("textContent"))
                .contains("15 working days after the strategy discussion", "ICPC_WITHIN_15WD");
    }
}
