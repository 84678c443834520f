package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Is this child already known?" over HTTP with the demo data: the search before a child is entered as new finds the
 * child across the council and says of each match only what the searcher may know (restricted records and other
 * councils' children give nothing away).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindChildIT {

    private static final Pattern MATCHES = Pattern.compile("<ul class=\"matches\">(.*?)</ul>", Pattern.DOTALL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aWorkerFindsAChildOfTheCouncilByPartOfTheNameInAnyOrderAndOpensTheRecord() {
        DemoCases.DemoCase known = DemoCases.firstUnrestricted(base);
        String[] names = known.childName().split(" ");
        String query = names[names.length - 1] + " " + names[0].substring(0, 3).toLowerCase();

        String results = matches(search("sw.demo", query));

        assertThat(results).contains(known.childName(), "child.xhtml?child=" + DemoCases.childIdOf(base, known));
    }

    @Test
    void aRestrictedRecordMatchesWithoutNameOrTeamForThoseOffItsAccessList() {
        DemoCases.DemoCase restricted = DemoCases.restricted(base);

        String forTheirWorker = matches(search("sw.demo", restricted.childName()));
        String forSomeoneOffTheList = matches(search("csw.demo", restricted.childName()));

        assertThat(forTheirWorker).contains(restricted.childName());
        assertThat(forSomeoneOffTheList).contains("A restricted record matches").doesNotContain(restricted.childName())
                .doesNotContain("child.xhtml");
    }

    @Test
    void anotherCouncilsChildIsNotFoundAndABadSearchSaysWhatToEnter() {
        DemoCases.DemoCase reading = DemoCases.firstUnrestricted(base);

        assertThat(search("sw.wokingham", reading.childName())).contains("No child matches")
                .doesNotContain("child.xhtml?child=");
        assertThat(search("sw.demo", "a")).contains("Enter between 2 and 100 letters of the name");
        assertThat(search("sw.demo", "Ahmed&born=2019-02-30")).contains("Enter the date of birth as a real date");
    }

    private String search(String username, String query) {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("%26", "&").replace("%3D", "=");
        var answer = WebSession.signedInAs(base, username).get("find-child.xhtml?name=" + encoded);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static String matches(String page) {
        Matcher list = MATCHES.matcher(page);
        assertThat(list.find()).as("a list of matches").isTrue();
        return list.group(1);
    }
}
