package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the application, as the roles that use it see it, checked by axe-core for WCAG 2.0, 2.1 and 2.2
 * level A and AA violations.
 */
class AccessibilityBrowserIT extends BrowserJourney {

    private final List<String> violations = new ArrayList<>();

    @Test
    void theSignInAndErrorPagesMeetWcagAA() {
        SignInPage.open(browser, base);
        check("login");
        browser.get(base + "error.xhtml");
        check("error");
        assertThat(violations).isEmpty();
    }

    @Test
    void aSocialWorkersPagesMeetWcagAA() {
        signInAs("sw.demo", "My caseload");
        check("caseload");
        String child = browser.findElement(By.cssSelector("a.child-name")).getText();
        browser.findElement(By.cssSelector("a.child-name")).click();
        new SignInPage.Heading(browser).waitFor(child);
        check("case");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "visit:save");
        check("case, visit refused");
        browser.findElement(By.id("planLink")).click();
        PrimeFacesWidgets.wait(browser).until(d -> d.getCurrentUrl().contains("plan.xhtml"));
        check("plan");

        browser.get(base + "caseload.xhtml");
        new SignInPage.Heading(browser).waitFor("My caseload");
        browser.findElement(By.cssSelector("a.child-record")).click();
        PrimeFacesWidgets.wait(browser).until(d -> d.getCurrentUrl().contains("child.xhtml"));
        check("child");
        WebElement upn = browser.findElement(By.id("details:upn"));
        upn.clear();
        upn.sendKeys("not a UPN");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "details:save");
        check("child, details refused");

        open("calculator.xhtml", "Timescale calculator");
        open("open-episode.xhtml", "Open a CIN episode");
        open("meetings.xhtml", "Meetings calendar");
        open("team-caseload.xhtml", "My team's cases");
        browser.get(base + "no-such-page.xhtml");
        check("error (page not found)");
        assertThat(violations).isEmpty();
    }

    @Test
    void aTeamManagersPagesMeetWcagAA() {
        signInAs("tm.demo", "My caseload");
        open("dashboard.xhtml", "Team dashboard");
        open("team-alerts.xhtml", "Team alerts");
        open("allocations.xhtml", "Allocations");
        open("restricted-records.xhtml", "Restricted records");
        DemoCases.DemoCase steppedDown = DemoCases.firstSteppedDownFromChildProtection(base);
        open("case.xhtml?episode=" + steppedDown.episodeId(), steppedDown.childName());
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "earlyClosure:decide");
        check("case, early closure decision refused");
        open("assessments.xhtml?episode=" + steppedDown.episodeId(), steppedDown.childName());
        open("changes.xhtml?episode=" + steppedDown.episodeId(), steppedDown.childName());
        DemoCases.DemoCase kowalski = DemoCases.firstOfFamily(base, "Kowalski"); // stepped up to child protection and down
        long kowalskiChild = DemoCases.childIdOf(base, kowalski);
        open("referrals.xhtml?child=" + kowalskiChild, kowalski.childName());
        open("protection.xhtml?child=" + kowalskiChild, kowalski.childName());
        DemoCases.DemoCase ahmed = DemoCases.firstOfFamily(base, "Ahmed"); // no other test records its decisions
        open("decisions.xhtml?episode=" + ahmed.episodeId() + "&record=CONTINUE_BEYOND_6M", ahmed.childName());
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "decision:save");
        check("decisions, decision refused");
        assertThat(violations).isEmpty();
    }

    @Test
    void aConsultantSocialWorkersPagesMeetWcagAA() {
        signInAs("csw.demo", "My caseload");
        open("plans-to-agree.xhtml", "Plans to agree");
        assertThat(violations).isEmpty();
    }

    @Test
    void anAdministratorsPagesMeetWcagAA() {
        signInAs("admin.demo", "Sweep run log");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "runs:runFull");
        check("runs");
        browser.findElement(By.cssSelector("a.run-link")).click();
        PrimeFacesWidgets.wait(browser).until(d -> d.getCurrentUrl().contains("run.xhtml"));
        check("run");
        assertThat(browser.findElements(By.cssSelector("a[href*='case.xhtml']")))
                .as("an administrator may not open a case, so the run's children are not links to a refusal").isEmpty();
        open("admin-users.xhtml", "Users and teams");
        open("admin-calendar.xhtml", "Working-day calendar");
        open("admin-profiles.xhtml", "Councils and policy profiles");
        open("returns.xhtml", "Statutory returns");
        assertThat(violations).isEmpty();
    }

    @Test
    void aDataOfficersPagesMeetWcagAA() {
        signInAs("data.demo", "Statutory returns");
        check("returns-data-officer");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "census:validate");
        check("returns-validated");
        assertThat(violations).isEmpty();
    }

    @Test
    void anAuditorsPagesMeetWcagAA() {
        signInAs("auditor.demo", "Sweep run log");
        open("audit.xhtml", "Audit trail");
        searchAuditFor("REA090000");
        assertThat(browser.findElement(By.id("audit:messages")).getText()).as("an LA child id is found").isEmpty();
        searchAuditFor("Nobody Of That Name");
        assertThat(browser.findElement(By.id("audit:messages")).getText()).contains("There is a problem",
                "No child has the LA child id or the name Nobody Of That Name");
        check("audit, child not found");
        assertThat(violations).isEmpty();
    }

    private void searchAuditFor(String child) {
        WebElement field = browser.findElement(By.id("audit:child"));
        field.clear();
        field.sendKeys(child);
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "audit:search");
    }

    /** Opens a page by its path, waits for its heading and checks it. */
    private void open(String path, String heading) {
        browser.get(base + path);
        new SignInPage.Heading(browser).waitFor(heading);
        check(path.replaceAll("\\.xhtml.*", ""));
    }

    private void check(String page) {
        Browser.screenshot(browser, "a11y-" + page.replaceAll("[^a-z-]", "_"));
        Accessibility.violations(browser).forEach(violation -> violations.add(page + ": " + violation));
    }
}
