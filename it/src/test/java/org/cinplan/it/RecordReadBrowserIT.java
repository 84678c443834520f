package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What was recorded can be read back: from the child's timeline, a visit opens on its own page with its write-up in
 * full, who visited and when, and it prints without the header and menu.
 */
class RecordReadBrowserIT extends BrowserJourney {

    @Test
    void aVisitOnTheTimelineOpensInFullAndPrintsWithoutTheMenu() {
        DemoCases.DemoCase clarke = DemoCases.firstOfFamily(base, "Clarke"); // a plan under review: a visit written up
        long childId = DemoCases.childIdOf(base, clarke);
        signInAs("sw.demo", "My caseload");
        browser.get(base + "child.xhtml?child=" + childId);
        new SignInPage.Heading(browser).waitFor(clarke.childName());

        browser.findElement(By.xpath("//table//tr[td[2][contains(., 'Visit')]]//a[contains(@class,'read-record')]")).click();
        PrimeFacesWidgets.wait(browser).until(d -> d.getCurrentUrl().contains("record.xhtml?visit="));

        String heading = browser.findElement(By.tagName("h1")).getText();
        assertThat(heading).startsWith("Visit to " + clarke.childName());
        String record = browser.findElement(By.id("record")).getText();
        assertThat(record).contains("OFFICIAL-SENSITIVE", "Visited by", "What the visit was for",
                "Review progress on the CIN plan with the child and family", "Written up on the record on",
                "Child well presented; home warm and tidy. Plan actions on track.");
        Browser.screenshot(browser, "record-visit");
        assertThat(Accessibility.violations(browser)).isEmpty();

        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector("header.app-header")).isDisplayed()).as("no header in print").isFalse();
        assertThat(browser.findElement(By.id("backToChild")).isDisplayed()).as("no links in print").isFalse();
        assertThat(browser.findElement(By.id("record")).getText()).contains("Child well presented");
    }

    @Test
    void aManagementDecisionOnTheTimelineReadsWithItsAnswer() {
        signInAs("sw.ipswich", "My caseload"); // the demo's Ward family: a nine-month check answered by pm.suffolk
        browser.findElement(By.cssSelector("a.child-record")).click();
        PrimeFacesWidgets.wait(browser).until(d -> d.getCurrentUrl().contains("child.xhtml"));

        browser.findElement(By.xpath("//table//tr[td[3][contains(., 'answer to the nine-month check')]]"
                + "//a[contains(@class,'read-record')]")).click();
        PrimeFacesWidgets.wait(browser).until(d -> d.getCurrentUrl().contains("record.xhtml?decision="));

        assertThat(browser.findElement(By.id("record")).getText()).contains("The decision", "Reasons",
                "Rehousing will not be settled before the 12 months", "The practice manager's answer",
                "The needs are about housing and support, not significant harm", "Answered on");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }
}
