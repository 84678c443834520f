package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory returns page by HTTP postbacks: a data officer validating a council's census in-year sees what it
 * found by child, rule, message and field; administrators and auditors see the history of returns, never a form to
 * produce one, a finding or a download; social workers do not reach the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CensusReturnsPageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aDataOfficerValidatesThisYearsCensusAndSeesEachFindingByChildRuleAndField() throws Exception {
        FormSession officer = FormSession.signedIn(base, "data.demo");
        FormSession.Answer page = officer.postBack("returns.xhtml", "census", Map.of("census:council_input", "READING"),
                "census:validate");

        assertThat(page.status()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("#verdict").text()).contains("children;").contains("errors and");
        var firstRow = html.select("#census\\:issues_data tr").first();
        assertThat(firstRow).isNotNull();
        assertThat(firstRow.select("td")).hasSize(5);
        // the demo children have no UPN recorded, nor a reason, so those over five are queried (8770Q)
        assertThat(html.select("#census\\:issues_data td").eachText()).contains("8770Q", "Please check and either amend"
                + " data or provide a reason: UPN or reason UPN missing expected for a child who is more than 5 years old",
                "UPNunknown");
        // data officers see the return's child-level data, not the child records: no finding links to one for them
        assertThat(html.select("#census\\:issues_data a[href*=child.xhtml]")).isEmpty();
        assertThat(html.select("#census\\:issues_data td").eachText()).anyMatch(text -> text.matches("[A-Z]{3}\\d{6}"));
    }

    @Test
    void administratorsAndAuditorsSeeTheHistoryButNoFormToProduceAReturnAndNoDownload() throws Exception {
        for (String user : java.util.List.of("admin.demo", "auditor.demo")) {
            FormSession session = FormSession.signedIn(base, user);
            FormSession.Answer page = session.get("returns.xhtml");
            assertThat(page.status()).as(user).isEqualTo(200);
            var html = Jsoup.parse(page.body());
            assertThat(html.select("#history\\:returns")).as(user + ": the history").isNotEmpty();
            assertThat(html.select("#census")).as(user + ": no census form").isEmpty();
            assertThat(html.select("a.download")).as(user + ": no download").isEmpty();
            assertThat(html.select("#laNumbers")).as(user + ": the LA numbers, administrators only")
                    .hasSize(user.equals("admin.demo") ? 1 : 0);
        }
    }

    @Test
    void aSocialWorkerCannotOpenThePage() throws Exception {
        FormSession worker = FormSession.signedIn(base, "sw.demo");
        assertThat(worker.get("returns.xhtml").status()).isEqualTo(403);
    }
}
