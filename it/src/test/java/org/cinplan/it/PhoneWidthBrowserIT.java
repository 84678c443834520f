package org.cinplan.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker on a home visit, on a phone 390 pixels wide: the header, the case page and a refused form still work. */
class PhoneWidthBrowserIT extends BrowserJourney {

    private static final int PHONE_WIDTH = 390;

    @BeforeEach
    void signInOnAPhone() {
        Browser.phoneWidth(browser);
        signInAs("sw.demo", "My caseload");
    }

    @Test
    void theHeaderIsCompactWithSignOutInView() {
        Browser.screenshot(browser, "phone-caseload");
        WebElement header = browser.findElement(By.cssSelector("header.app-header"));
        assertThat(header.getSize().getHeight()).as("the header leaves the phone's screen to the page").isLessThan(150);
        WebElement signOut = browser.findElement(By.id("signOutForm:signOut"));
        assertThat(signOut.isDisplayed()).isTrue();
        assertThat(signOut.getLocation().getX() + signOut.getSize().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void theCasePageFitsAndItsWhyTextReadsInLines() {
        openFirstCase();
        Browser.screenshot(browser, "phone-case");
        assertThat(pageWidth()).as("the case page lays out no wider than the phone").isLessThanOrEqualTo(PHONE_WIDTH);
        WebElement why = browser.findElement(By.cssSelector("#deadlines .explanation"));
        assertThat(why.getSize().getWidth()).as("the Why text is not one word a line").isGreaterThan(PHONE_WIDTH / 2);
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    @Test
    void aRefusedFormPutsFocusOnItsErrorSummaryOnAPhoneToo() {
        openFirstCase();
        browser.findElement(By.id("visit:save")).click();
        By summary = By.cssSelector("#visit\\:visitMessages .error-summary");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(summary));
        PrimeFacesWidgets.wait(browser).until(d -> d.switchTo().activeElement().equals(d.findElement(summary)));
        Browser.screenshot(browser, "phone-visit-refused");
        assertThat(browser.findElement(summary).getText()).startsWith("There is a problem");
        assertThat(pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void aManagersDecisionsToMakeFitThePhoneWithTheirButtonsInView() {
        signOut();
        signInAs("pm.suffolk", "My caseload"); // the demo's Ward family: a closure waits for this practice manager
        browser.get(base + "decisions-to-make.xhtml");
        new SignInPage.Heading(browser).waitFor("Decisions to make");
        Browser.screenshot(browser, "phone-decisions-to-make");

        assertThat(pageWidth()).as("the decisions lay out no wider than the phone").isLessThanOrEqualTo(PHONE_WIDTH);
        List<WebElement> buttons = browser.findElements(By.cssSelector("section.closure-proposal input[type=submit]"));
        assertThat(buttons).as("the Ward family's closure and its two answers").hasSizeGreaterThanOrEqualTo(2);
        buttons.forEach(button -> assertThat(button.getLocation().getX() + button.getSize().getWidth())
                .as(button.getAttribute("value")).isLessThanOrEqualTo(PHONE_WIDTH));
        WebElement comments = browser.findElement(By.cssSelector("section.closure-proposal textarea"));
        assertThat(comments.getLocation().getX() + comments.getSize().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    private void openFirstCase() {
        String child = browser.findElement(By.cssSelector("a.child-name")).getText();
        browser.findElement(By.cssSelector("a.child-name")).click();
        new SignInPage.Heading(browser).waitFor(child);
    }

    /** How wide the page lays out, in CSS pixels: wider than the window means the reader scrolls sideways. */
    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    }
}
