package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** A team manager moves one of Sam Walker's families to a colleague, and back again. */
class AllocationsBrowserIT extends BrowserJourney {

    private static final String SAM = "Sam Walker";
    private static final String CHRIS = "Chris Okafor";

    @Test
    void aTeamManagerReallocatesAFamilyWithinTheTeam() {
        signInAs("tm.demo", "My caseload");
        browser.findElement(By.linkText("Allocations")).click();
        new SignInPage.Heading(browser).waitFor("Allocations");
        String family = browser.findElements(By.cssSelector("#allocate\\:families_data tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() > 3 && cells.get(3).getText().equals(SAM)
                        && !cells.get(0).getText().startsWith("Davies") && !cells.get(0).getText().startsWith("Yates"))
                .map(cells -> cells.get(0).getText()).findFirst().orElseThrow();

        moveTo(family, CHRIS);
        Browser.screenshot(browser, "allocations");
        assertThat(rowOf(family).getText()).contains(CHRIS);

        moveTo(family, SAM);
        assertThat(rowOf(family).getText()).contains(SAM);
    }

    private void moveTo(String family, String worker) {
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, rowOf(family).findElement(By.cssSelector("button")).getAttribute("id"));
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("chosen"), "Family: " + family + " (Reading)"));
        String option = worker + " (Reading Children in Need Team)";
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//select[@id='allocate:worker_input']/option[normalize-space()='" + option + "']")));
        PrimeFacesWidgets.selectOne(browser, "allocate:worker", option);
        browser.findElement(By.id("allocate:reason")).sendKeys("Sam's caseload is full");
        String asked = PrimeFacesWidgets.clickConfirmAndAwaitUpdate(browser, "allocate:reallocate");
        assertThat(asked).contains("Reallocate the family?", "The " + family + " and all their children");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("allocate:messages"), "The " + family + " is reallocated to " + worker));
    }

    private WebElement rowOf(String family) {
        return browser.findElements(By.cssSelector("#allocate\\:families_data tr")).stream()
                .filter(row -> row.getText().startsWith(family)).findFirst().orElseThrow();
    }
}
