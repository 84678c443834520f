package org.cinplan.it;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases of the demo data, found as users find them (over HTTP): the demo worker's caseload, and the one restricted
 * record the demo data holds (a child of sw.demo's Davies family, high profile, naming sw.demo and tm.demo), which
 * tm.demo's restricted-records page lists.
 */
final class DemoCases {

    private static final Pattern CASE_LINK = Pattern.compile("case\\.xhtml\\?episode=(\\d+)\"[^>]*>([^<]+)</a>");
    private static final Pattern RESTRICTED_DAVIES = Pattern.compile(">\\s*([A-Z][a-z]+ Davies) \\(");
    private static final Pattern CHILD_LINK = Pattern.compile("child\\.xhtml\\?child=(\\d+)");

    record DemoCase(long episodeId, String childName) {
    }

    private DemoCases() {
    }

    /** The cases on sw.demo's caseload page, in its order (open ones first). */
    static List<DemoCase> ofTheDemoWorker(URL base) {
        String page = WebSession.signedInAs(base, "sw.demo").get("caseload.xhtml").body();
        List<DemoCase> cases = new ArrayList<>();
        Matcher m = CASE_LINK.matcher(page);
        while (m.find()) {
            cases.add(new DemoCase(Long.parseLong(m.group(1)), m.group(2).strip()));
        }
        assertThat(cases).as("cases on the demo worker's caseload").isNotEmpty();
        return cases;
    }

    /** The demo worker's first open case that is not of the family with the restricted child. */
    static DemoCase firstUnrestricted(URL base) {
        return ofTheDemoWorker(base).stream().filter(c -> !c.childName().endsWith(" Davies")).findFirst().orElseThrow();
    }

    /**
     * The demo worker's first case that stepped down from child protection (the Green family's children: the plan ended
     * 50 days ago and the CIN plan's first meeting was 42 days ago, so neither 3-month minimum has passed:
     * MIN_DURATION_AFTER_CP, MIN_DURATION_FROM_START).
     */
    static DemoCase firstSteppedDownFromChildProtection(URL base) {
        return ofTheDemoWorker(base).stream().filter(c -> c.childName().endsWith(" Green")).findFirst().orElseThrow();
    }

    /** The demo worker's first case of this family (by surname), e.g. the Clarke family's plan, whose review is due. */
    static DemoCase firstOfFamily(URL base, String surname) {
        return ofTheDemoWorker(base).stream().filter(c -> c.childName().endsWith(" " + surname)).findFirst().orElseThrow();
    }

    /** The id of the case's child, from the link to the child's record on sw.demo's case page. */
    static long childIdOf(URL base, DemoCase demoCase) {
        Matcher link = CHILD_LINK.matcher(WebSession.signedInAs(base, "sw.demo").get("case.xhtml?episode="
                + demoCase.episodeId()).body());
        assertThat(link.find()).as("a link to the child's record on the case page of " + demoCase.childName()).isTrue();
        return Long.parseLong(link.group(1));
    }

    /** The other children of the restricted child's family on sw.demo's caseload (the Davies family). */
    static List<DemoCase> siblingsOfTheRestricted(URL base, DemoCase restricted) {
        return ofTheDemoWorker(base).stream()
                .filter(c -> c.childName().endsWith(" Davies") && !c.childName().equals(restricted.childName())).toList();
    }

    /** The demo data's restricted record. */
    static DemoCase restricted(URL base) {
        Matcher listed = RESTRICTED_DAVIES.matcher(WebSession.signedInAs(base, "tm.demo").get("restricted-records.xhtml").body());
        assertThat(listed.find()).as("a restricted Davies child on tm.demo's restricted-records page").isTrue();
        String name = listed.group(1).strip();
        return ofTheDemoWorker(base).stream().filter(c -> c.childName().equals(name)).findFirst().orElseThrow();
    }
}
