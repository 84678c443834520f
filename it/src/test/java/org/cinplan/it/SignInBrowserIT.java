package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, signing out and a refused password, in headless Chromium against the deployed EAR. */
class SignInBrowserIT extends BrowserJourney {

    @Test
    void theDemoSocialWorkerSignsInAndSeesTheirCaseload() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");
        Browser.screenshot(browser, "caseload");

        assertThat(browser.findElements(By.cssSelector("#caseload\\:children tbody tr")))
                .as("rows of the caseload table").hasSizeGreaterThanOrEqualTo(10);
        assertThat(browser.findElement(By.id("caseload:children")).getText())
                .contains("Ahmed", "Supervision order", "Short breaks", "Stepped down from child protection", "Closed");
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("Signed in as sw.demo");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndNoStackTrace() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", "not-the-password");
        signIn.waitForPage("Sign in to cinplan");
        Browser.screenshot(browser, "wrong-password");

        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Sign-in refused: the username or password is not right.");
        assertThat(page).doesNotContain("Exception", "at org.", "at jakarta.", "Caused by");
        assertThat(browser.findElements(By.id("caseload:children"))).isEmpty();
    }

    @Test
    void repeatedWrongPasswordsAreThrottledEvenWithTheRightOneAfterwards() {
        SignInPage signIn = SignInPage.open(browser, base);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn.signInAs("sw.westberks", "wrong-password-" + attempt);
            signIn.waitForPage("Sign in to cinplan");
            PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("signIn:messages"), "Sign-in refused"));
        }
        signIn.signInAs("sw.westberks", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("Sign in to cinplan");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("too many attempts");
    }

    @Test
    void theSessionIdChangesAtSignIn() {
        SignInPage signIn = SignInPage.open(browser, base);
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSession() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");

        browser.findElement(By.id("signOutForm:signOut")).click();
        signIn.waitForPage("Sign in to cinplan");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("You have signed out.");

        browser.get(base + "caseload.xhtml");
        signIn.waitForPage("Sign in to cinplan");
    }
}
