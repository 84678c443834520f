package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team manager reads the team dashboard, pages through the team's cases, narrows them to a worker and opens one;
 * a service manager's covers the council; a social worker has none.
 */
class DashboardBrowserIT extends BrowserJourney {

    @Test
    void theTeamManagerSeesTheDashboardAndDrillsDownToACase() {
        signInAs("tm.demo", "My caseload");
        browser.findElement(By.linkText("Team dashboard")).click();
        new SignInPage.Heading(browser).waitFor("Team dashboard");
        Browser.screenshot(browser, "dashboard");

        assertThat(browser.findElement(By.id("scope")).getText()).isEqualTo("Reading Children in Need Team");
        assertThat(browser.findElement(By.id("onTime")).getText()).contains("Initial CIN meeting").contains("% (")
                .as("rule ids only in a details disclosure").doesNotContain("INITIAL_MEETING");
        Object chartDrawn = ((JavascriptExecutor) browser).executeScript(
                "var canvas = document.querySelector('#onTimeChart canvas');"
                        + " return !!(canvas && window.Chart && Chart.getChart(canvas));");
        assertThat(chartDrawn).as("Chart.js drew the chart under the Content Security Policy").isEqualTo(true);

        List<String> firstPage = caseLinks();
        assertThat(firstPage).hasSize(10);
        WebElement next = browser.findElement(By.cssSelector("#casesForm\\:cases .ui-paginator-next"));
        WebElement firstRow = browser.findElement(By.cssSelector("#casesForm\\:cases a.case-link"));
        next.click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(firstRow));
        assertThat(caseLinks()).isNotEmpty().doesNotContainAnyElementsOf(firstPage);

        workerLink("Sam Walker").click();
        new SignInPage.Heading(browser).waitFor("Team dashboard");
        assertThat(browser.findElement(By.id("casesHeading")).getText()).isEqualTo("Open cases of Sam Walker");
        assertThat(browser.findElement(By.id("casesForm:cases")).getText()).contains("Sam Walker")
                .doesNotContain("Tom Hughes");

        WebElement aCase = browser.findElement(By.cssSelector("#casesForm\\:cases a.case-link"));
        String child = aCase.getText();
        aCase.click();
        new SignInPage.Heading(browser).waitFor(child);
        assertThat(browser.findElement(By.id("deadlines")).getText()).contains("Why");
    }

    @Test
    void aServiceManagersDashboardCoversEveryTeamOfTheCouncil() {
        signInAs("svm.demo", "My caseload");
        browser.findElement(By.linkText("Team dashboard")).click();
        new SignInPage.Heading(browser).waitFor("Team dashboard");
        assertThat(browser.findElement(By.id("scope")).getText()).isEqualTo("All teams in Reading");
        assertThat(browser.findElement(By.id("workersForm:workers")).getText())
                .contains("Reading Children in Need Team").doesNotContain("Wokingham", "Suffolk", "West Berkshire");
    }

    @Test
    void aSocialWorkerHasNoDashboard() {
        signInAs("sw.demo", "My caseload");
        assertThat(browser.findElements(By.linkText("Team dashboard"))).isEmpty();
        browser.get(base + "dashboard.xhtml");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Deadlines met on time");
    }

    private List<String> caseLinks() {
        return browser.findElements(By.cssSelector("#casesForm\\:cases a.case-link")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }

    /** A worker's link in the workers table, paging on until it shows (other tests add staff to the demo team). */
    private WebElement workerLink(String name) {
        for (int page = 0; page < 20; page++) {
            List<WebElement> links = browser.findElements(By.linkText(name));
            if (!links.isEmpty()) {
                return links.get(0);
            }
            WebElement firstWorker = browser.findElement(By.cssSelector("#workersForm\\:workers a.worker-link"));
            browser.findElement(By.cssSelector("#workersForm\\:workers .ui-paginator-next")).click();
            PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(firstWorker));
        }
        throw new AssertionError("No worker " + name + " in the first 20 pages of the workers table");
    }
}
