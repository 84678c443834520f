package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statutory returns page as an administrator uses it, by HTTP postbacks: validating a council's census in-year
 * lists what it found by child, rule, message and field; downloading it gives the council's XML file.
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
    void anAdministratorValidatesThisYearsCensusAndSeesEachFindingByChildRuleAndField() throws Exception {
        FormSession admin = FormSession.signedIn(base, "admin.demo");
        FormSession.Answer page = admin.postBack("returns.xhtml", "census", Map.of("census:council_input", "READING"),
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
        // administrators see the return, not the child records: no finding links to one for them
        assertThat(html.select("#census\\:issues_data a[href*=child.xhtml]")).isEmpty();
        assertThat(html.select("#census\\:issues_data td").eachText()).anyMatch(text -> text.matches("[A-Z]{3}\\d{6}"));
    }

    @Test
    void anAdministratorDownloadsTheCouncilsCensusXml() throws Exception {
        FormSession admin = FormSession.signedIn(base, "admin.demo");
        FormSession.Answer download = admin.postBack("returns.xhtml", "census",
                Map.of("census:council_input", "WEST_BERKSHIRE"), "census:download");

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/xml");
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(download.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("Message");
        assertThat(xml.getElementsByTagName("LEA").item(0).getTextContent()).isEqualTo("869");
        assertThat(xml.getElementsByTagName("Child").getLength()).isPositive();
    }

    @Test
    void aSocialWorkerCannotOpenThePage() throws Exception {
        FormSession worker = FormSession.signedIn(base, "sw.demo");
        assertThat(worker.get("returns.xhtml").status()).isEqualTo(403);
    }
}
