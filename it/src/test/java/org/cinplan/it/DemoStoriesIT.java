package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data's stories of issue 13: the Ward family's Suffolk plan, past 9 months, has its 6-month oversight and its
 * nine-month check (with the practice manager's answer) recorded, so those deadlines are met, not overdue; the Caldwell
 * family's supervision order, near nine months, waits on the extension decision with nothing else left undone; the
 * Kowalski family's CIN plan stepped up to child protection and back down, its step-down plan kept up to date.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoStoriesIT {

    private static final Pattern WARD_CASE = caseOf("Leah Ward");
    private static final Pattern CALDWELL_CASE = caseOf("Finn Caldwell");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aSuffolkPlanPastNineMonthsHasItsChecksRecordedAndMet() {
        WebSession worker = WebSession.signedInAs(base, "sw.ipswich");
        Matcher ward = WARD_CASE.matcher(worker.get("caseload.xhtml").body());
        assertThat(ward.find()).as("the Ward case on sw.ipswich's caseload").isTrue();
        String deadlines = worker.get("api/cases/" + ward.group(1) + "/deadlines").body();

        assertThat(status(deadlines, "CONCLUSION_CHECK_9M", "")).isEqualTo("MET");
        assertThat(status(deadlines, "OVERSIGHT_6M_12M", "\"occurrence\":\"6 months\"")).isEqualTo("MET");
        String decisions = WebSession.signedInAs(base, "pm.suffolk").get("decisions.xhtml?episode=" + ward.group(1)).body();
        assertThat(decisions).contains("Helen Okoro", "Child protection processes are not needed");
    }

    @Test
    void theKowalskiPlanSteppedUpToChildProtectionAndBackDownWithNothingOverdue() {
        DemoCases.DemoCase kowalski = DemoCases.firstOfFamily(base, "Kowalski");
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        String protection = worker.get("protection.xhtml?child=" + DemoCases.childIdOf(base, kowalski)).body();

        assertThat(protection).contains("During the CIN plan", "NEG Neglect", "MUL Multiple categories",
                "(stepped down to a CIN plan)");
        String deadlines = worker.get("api/cases/" + kowalski.episodeId() + "/deadlines").body();
        assertThat(deadlines).as("the step-down plan's deadlines").contains("INITIAL_MEETING").doesNotContain("OVERDUE");
    }

    @Test
    void aSupervisionOrderNearNineMonthsWaitsOnlyOnTheExtensionDecision() {
        WebSession worker = WebSession.signedInAs(base, "sw.ipswich");
        Matcher caldwell = CALDWELL_CASE.matcher(worker.get("caseload.xhtml").body());
        assertThat(caldwell.find()).as("the Caldwell case on sw.ipswich's caseload").isTrue();
        String deadlines = worker.get("api/cases/" + caldwell.group(1) + "/deadlines").body();

        assertThat(status(deadlines, "SO_EXTENSION_9M", "start of the supervision order")).isEqualTo("DUE_SOON");
        assertThat(status(deadlines, "OVERSIGHT_6M_12M", "\"occurrence\":\"6 months\"")).isEqualTo("MET");
        assertThat(deadlines).as("nothing on the case is overdue").doesNotContain("\"OVERDUE\"");
    }

    private static Pattern caseOf(String childName) {
        return Pattern.compile("case\\.xhtml\\?episode=(\\d+)\"[^>]*>\\s*" + childName + "\\s*<");
    }

    /** The status of the rule's first deadline in the API's answer whose JSON also holds {@code alsoHolding}. */
    private static String status(String json, String rule, String alsoHolding) {
        Matcher m = Pattern.compile("\\{[^{}]*\"ruleId\"\\s*:\\s*\"" + rule + "\"[^{}]*\\}").matcher(json);
        boolean found;
        do {
            found = m.find();
        } while (found && !m.group().contains(alsoHolding));
        assertThat(found).as(rule + " " + alsoHolding + " in " + json).isTrue();
        Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"").matcher(m.group());
        assertThat(status.find()).as("status of " + rule).isTrue();
        return status.group(1);
    }
}
