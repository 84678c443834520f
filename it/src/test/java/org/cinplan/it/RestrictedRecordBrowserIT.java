package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's restricted child (a Davies child, named to sw.demo and tm.demo only) in headless Chromium, as each
 * manager off the access list meets the pages they work from: the child appears on none of them, the record itself is
 * refused, and the siblings' records leave the child out.
 */
class RestrictedRecordBrowserIT extends BrowserJourney {

    private static final List<String> MANAGERS_OFF_THE_LIST = List.of("pm.demo", "svm.demo", "csw.demo");
    private static final List<String> PAGES = List.of("caseload.xhtml", "dashboard.xhtml", "team-caseload.xhtml",
            "meetings.xhtml", "plans-to-agree.xhtml", "team-alerts.xhtml");

    @Test
    void noManagerOffTheAccessListMeetsTheRestrictedChildAnywhere() {
        DemoCases.DemoCase restricted = DemoCases.restricted(base);
        long childId = DemoCases.childIdOf(base, restricted);
        List<Long> siblings = DemoCases.siblingsOfTheRestricted(base, restricted).stream()
                .map(sibling -> DemoCases.childIdOf(base, sibling)).toList();
        assertThat(siblings).as("the restricted child's brothers and sisters").isNotEmpty();

        for (String manager : MANAGERS_OFF_THE_LIST) {
            signInAs(manager, "My caseload");
            List<String> pages = new ArrayList<>(PAGES);
            siblings.forEach(sibling -> pages.add("child.xhtml?child=" + sibling));
            for (String page : pages) {
                open(page);
                assertThat(browser.findElement(By.tagName("body")).getText()).as(manager + " " + page)
                        .doesNotContain(restricted.childName());
            }
            open("child.xhtml?child=" + childId);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(manager).isEqualTo("Child record");
            assertThat(browser.findElement(By.tagName("body")).getText()).as(manager)
                    .contains("This record is restricted").doesNotContain(restricted.childName());
            Browser.screenshot(browser, "restricted-refused-" + manager);
            signOut();
        }
    }

    /** Opens the page (a page the role may not use answers 403, and shows nothing of the child either). */
    private void open(String page) {
        browser.get(base + page);
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }
}
