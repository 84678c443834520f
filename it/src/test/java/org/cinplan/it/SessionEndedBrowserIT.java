package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A button pressed after the session ended (an ajax postback) takes the person to a sign-in page that says so. */
class SessionEndedBrowserIT extends BrowserJourney {

    @Test
    void anAjaxPostbackAfterTheSessionEndedLandsOnTheSignInPageSayingTheSessionEnded() {
        signInAs("sw.demo", "My caseload");
        browser.get(base + "case.xhtml?episode=" + DemoCases.firstUnrestricted(base).episodeId());
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visit:save")));
        // As after a timeout: the browser still sends a session cookie the server no longer knows.
        browser.manage().deleteCookieNamed("JSESSIONID");
        browser.manage().addCookie(new Cookie("JSESSIONID", "ended-session", base.getPath()));

        browser.findElement(By.id("visit:save")).click();

        new SignInPage.Heading(browser).waitFor("Sign in to cinplan");
        assertThat(browser.findElement(By.id("timedOut")).getText()).contains("Your session ended", "Everything you");
        Browser.screenshot(browser, "session-ended");
    }

    @Test
    void anAjaxPostbackFromAPageTheServerNoLongerKeepsLandsOnThePageExpiredPage() {
        signInAs("sw.demo", "My caseload");
        browser.get(base + "case.xhtml?episode=" + DemoCases.firstUnrestricted(base).episodeId());
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("visit:save")));
        // As when the session outlived the views it keeps: the page's view state names a view the server has dropped.
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                + ".forEach(function (state) { state.value = '-1:-1'; });");

        browser.findElement(By.id("visit:save")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.titleContains("This page had expired"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Everything you saved before then is kept");
    }
}
