package org.cinplan.web.security;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session settings of web.xml that no test can wait for on a running server: a 30-minute idle timeout, the
 * session id only in a cookie, and that cookie HttpOnly and SameSite=Strict (WebSecurityIT checks the real header).
 */
class SessionConfigurationTest {

    private static Element sessionConfig() throws Exception {
        return sessionConfig("web.xml");
    }

    private static Element sessionConfig(String descriptor) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document xml = factory.newDocumentBuilder().parse(new File("src/main/webapp/WEB-INF/" + descriptor));
        NodeList found = xml.getElementsByTagName("session-config");
        assertThat(found.getLength()).isEqualTo(1);
        return (Element) found.item(0);
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    @Test
    void anIdleSessionEndsAfterThirtyMinutesAndItsIdTravelsOnlyInACookie() throws Exception {
        Element session = sessionConfig();
        assertThat(text(session, "session-timeout")).isEqualTo("30");
        assertThat(text(session, "tracking-mode")).isEqualTo("COOKIE");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        Element cookie = (Element) sessionConfig().getElementsByTagName("cookie-config").item(0);
        assertThat(text(cookie, "http-only")).isEqualTo("true");
        List<String> payaraCookieProperties = new ArrayList<>();
        NodeList found = sessionConfig("glassfish-web.xml").getElementsByTagName("property");
        for (int i = 0; i < found.getLength(); i++) {
            Element property = (Element) found.item(i);
            payaraCookieProperties.add(property.getAttribute("name") + "=" + property.getAttribute("value"));
        }
        assertThat(payaraCookieProperties).contains("cookieSameSite=Strict");
    }
}
