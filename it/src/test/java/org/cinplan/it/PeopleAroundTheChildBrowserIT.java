package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker records a non-resident father on a child's record: refused plainly without his address, what was typed
 * stays; with it, he is listed with his parental responsibility and his interpreter's language.
 */
class PeopleAroundTheChildBrowserIT extends BrowserJourney {

    @Test
    void aNonResidentFatherIsRecordedWithHisAddressAndInterpreter() {
        DemoCases.DemoCase demoCase = DemoCases.firstOfFamily(base, "Ahmed"); // a new decision: the family is just known
        long childId = DemoCases.childIdOf(base, demoCase);
        signInAs("sw.demo", "My caseload");
        browser.get(base + "child.xhtml?child=" + childId);
        new SignInPage.Heading(browser).waitFor(demoCase.childName());

        browser.findElement(By.id("people:personName")).sendKeys("Tomasz Nowak");
        browser.findElement(By.id("people:relationship")).sendKeys("Father");
        browser.findElement(By.cssSelector("#people\\:pr .ui-chkbox-box")).click();
        browser.findElement(By.cssSelector("#people\\:livesWith .ui-chkbox-box")).click();
        browser.findElement(By.id("people:language")).sendKeys("Polish");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "people:addPerson");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("people:peopleMessages"), "Give the address of someone who does not live with the child"));
        assertThat(browser.findElement(By.id("people:personName")).getAttribute("value")).isEqualTo("Tomasz Nowak");

        browser.findElement(By.id("people:address")).sendKeys("4 Station Road, Reading");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "people:addPerson");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("people:peopleMessages"), "Tomasz Nowak is recorded"));
        Browser.screenshot(browser, "person-around-the-child");
        assertThat(browser.findElement(By.id("people:peopleTable")).getText())
                .contains("Tomasz Nowak, Father (parental responsibility)", "4 Station Road, Reading", "interpreter: Polish");
    }
}
