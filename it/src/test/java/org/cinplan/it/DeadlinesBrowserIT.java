package org.cinplan.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timescale calculator, a case's deadlines and the REST API, in Chromium against the deployed EAR. */
class DeadlinesBrowserIT extends BrowserJourney {

    @BeforeEach
    void signIn() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");
    }

    @Test
    void theCalculatorExplainsADueDateOverChristmas() {
        browser.findElement(By.linkText("Timescale calculator")).click();
        new SignInPage.Heading(browser).waitFor("Timescale calculator");

        PrimeFacesWidgets.selectOne(browser, "calculator:council", "Reading");
        PrimeFacesWidgets.selectOne(browser, "calculator:rule", "Initial CIN meeting (INITIAL_MEETING)");
        PrimeFacesWidgets.typeDate(browser, "calculator:start", "18/12/2026");
        browser.findElement(By.id("calculator:calculate")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("calculator:dueDate")));
        Browser.screenshot(browser, "calculator");
        assertThat(browser.findElement(By.id("calculator:dueDate")).getText()).isEqualTo("6 Jan 2027");
        assertThat(browser.findElement(By.id("explanation")).getText())
                .contains("10 working days after", "18 Dec 2026", "Reading");
    }

    @Test
    void theCalculatorSaysWhatIsMissingAndKeepsWhatWasTyped() {
        browser.get(base + "calculator.xhtml");
        PrimeFacesWidgets.selectOne(browser, "calculator:council", "Suffolk");
        browser.findElement(By.id("calculator:calculate")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#calculator .ui-message-error")));
        Browser.screenshot(browser, "calculator-missing");
        assertThat(browser.findElements(By.cssSelector("#calculator .ui-message-error")))
                .extracting(message -> message.getText()).containsExactly("Choose a rule");
        assertThat(browser.findElement(By.id("calculator:start")).getText()).as("the date's own message beside it")
                .contains("Enter the start date");
        assertThat(browser.findElement(By.id("calculator:council_label")).getText()).isEqualTo("Suffolk");
    }

    @Test
    void aCaseOpenedFromTheCaseloadShowsEachDeadlineAndWhy() {
        List<String> children = browser.findElements(By.cssSelector("a.child-name")).stream()
                .map(link -> link.getText()).toList();
        assertThat(children).isNotEmpty();
        browser.findElement(By.cssSelector("a.child-name")).click();
        new SignInPage.Heading(browser).waitFor(children.get(0));
        Browser.screenshot(browser, "case-deadlines");

        String table = browser.findElement(By.id("deadlines")).getText();
        assertThat(table).as("plain words; rule ids only in a details disclosure")
                .doesNotContain("INITIAL_MEETING", "REVIEW_INTERVAL", "DUE_SOON", "profile version", "(configurable)");
        WebElement initialMeeting = browser.findElement(By.cssSelector("#deadlines tr.rule-INITIAL_MEETING"));
        initialMeeting.findElement(By.cssSelector("details.rule-details summary")).click();
        assertThat(initialMeeting.getText()).contains("Rule INITIAL_MEETING");
        assertThat(browser.findElements(By.cssSelector("#deadlines .explanation"))).as("the rules that apply; the rest behind a toggle").isNotEmpty().allSatisfy(
                explanation -> assertThat(explanation.getText()).isNotBlank());
    }

    @Test
    void theRestApiAnswersWithTheDueDateAndRefusesBadInputWith400() {
        String ok = fetch("api/timescales?council=READING&rule=INITIAL_MEETING&start=2026-12-18");
        // The version is whichever is in force on the start date: administrators may have added one since version 1.
        assertThat(ok).startsWith("200 ").contains("\"dueDate\":\"2027-01-06\"", "\"profileVersion\":", "explanation");

        assertThat(fetch("api/timescales?council=NARNIA&rule=INITIAL_MEETING&start=2026-12-18"))
                .startsWith("400 ").contains("Unknown council", "\"rule\":\"KNOWN_VALUE\"");
        assertThat(fetch("api/timescales?council=READING&rule=NO_SUCH_RULE&start=2026-12-18"))
                .startsWith("400 ").contains("Unknown rule");
        assertThat(fetch("api/timescales?council=READING&rule=INITIAL_MEETING&start=2026-02-30"))
                .startsWith("400 ").contains("YYYY-MM-DD");
        assertThat(fetch("api/timescales?council=READING&rule=ASSESSMENT_DUE&start=2026-12-18"))
                .startsWith("400 ").contains("Reading", "\"rule\":\"");
        assertThat(fetch("api/cases/abc/deadlines")).startsWith("400 ").contains("\"rule\":\"KNOWN_VALUE\"");
    }

    @Test
    void aCasesDeadlinesComeFromTheRestApi() {
        String caseLink = browser.findElement(By.cssSelector("a.child-name")).getAttribute("href");
        String episode = caseLink.replaceAll(".*episode=(\\d+).*", "$1");

        String body = fetch("api/cases/" + episode + "/deadlines");

        assertThat(body).startsWith("200 ").contains("\"ruleId\":\"INITIAL_MEETING\"", "\"countsFromDate\"",
                "\"profileVersion\":1", "\"explanation\"");
    }

    @Test
    void theServerPublishesAnOpenApiDocumentForTheApi() {
        browser.get(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("/timescales", "/cases/{episodeId}/deadlines");
    }

    /** "STATUS body" of a same-origin GET made by the signed-in page. */
    private String fetch(String path) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {'Accept': 'application/json'}})"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + t)))"
                        + ".catch(e => done('ERROR ' + e));", base + path);
        return String.valueOf(result);
    }
}
