package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A worker narrows their caseload to the children whose next deadline is overdue, then to one rule. */
class CaseloadFilterBrowserIT extends BrowserJourney {

    private static final By ROWS = By.cssSelector("#caseload\\:children tbody tr");

    @Test
    void theCaseloadFiltersByTheNextDeadlinesStatusAndRule() {
        signInAs("sw.demo", "My caseload");
        int everyone = browser.findElements(ROWS).size();
        assertThat(browser.findElement(By.id("caseload:shownCount")).getText())
                .isEqualTo("Showing " + everyone + " of " + everyone);

        choose("caseload:rag", "Red: overdue");
        Browser.screenshot(browser, "caseload-red");
        List<WebElement> statuses = browser.findElements(By.cssSelector("#caseload\\:children span.status"));
        assertThat(statuses).isNotEmpty().allMatch(status -> status.getAttribute("class").contains("rag-RED"));
        assertThat(browser.findElement(By.id("caseload:shownCount")).getText())
                .isEqualTo("Showing " + browser.findElements(ROWS).size() + " of " + everyone);

        choose("caseload:rag", "Any status");
        String ruleLabel = browser.findElements(By.cssSelector("#caseload\\:rule_input option")).get(1)
                .getAttribute("textContent").strip();
        String ruleTitle = ruleLabel.substring(0, ruleLabel.lastIndexOf(" ("));
        choose("caseload:rule", ruleLabel);
        List<WebElement> rows = browser.findElements(ROWS);
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(everyone)
                .allMatch(row -> row.getText().contains(ruleTitle));
    }

    /** Picks an option of a filter menu and waits for the table to be redrawn. */
    private void choose(String menuId, String optionLabel) {
        WebElement before = browser.findElement(By.id("caseload:children"));
        PrimeFacesWidgets.selectOne(browser, menuId, optionLabel);
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.stalenessOf(before));
    }
}
