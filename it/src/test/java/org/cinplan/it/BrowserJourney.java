package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;

/**
 * What every browser test shares: the real EAR deployed, a fresh headless Chromium per test, and signing in
 * and out as a user does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    protected URL base;

    protected WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    /** Signs in with the demo password and waits for the page the user lands on. */
    protected void signInAs(String username, String landingHeading) {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, SignInPage.DEMO_PASSWORD);
        signIn.waitForPage(landingHeading);
    }

    protected void signOut() {
        browser.findElement(By.id("signOutForm:signOut")).click();
        new SignInPage.Heading(browser).waitFor("Sign in to cinplan");
    }
}
