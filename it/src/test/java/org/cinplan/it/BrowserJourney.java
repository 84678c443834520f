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

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

    /**
     * What following this link in the browser would download (a link that saves a file, such as a PDF): fetched with
     * the browser's own session cookie, since headless Chromium keeps downloads out of the test's reach.
     */
    protected HttpResponse<byte[]> download(String href) {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected void signOut() {
        browser.findElement(By.id("signOutForm:signOut")).click();
        new SignInPage.Heading(browser).waitFor("Sign in to cinplan");
    }
}
