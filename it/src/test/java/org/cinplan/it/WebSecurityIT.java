package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web protections checked on real responses: security headers, the session cookie's flags (on HTTP and on the
 * HTTPS listener), postbacks that need the page's own ViewState (CSRF), and ids guessed in page and API URLs
 * answered with 403 and written to the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    private static final Pattern FIRST_CASE = Pattern.compile("case\\.xhtml\\?episode=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void pagesCarryTheSecurityHeadersAndAreNeverCached() {
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        for (HttpResponse<String> answer : List.of(WebSession.anonymous(base).get("login.xhtml"),
                worker.get("caseload.xhtml"), worker.get("api/timescales?council=READING&rule=INITIAL_MEETING&start=2026-12-18"))) {
            String where = answer.uri().toString();
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
            assertThat(answer.headers().allValues("Content-Security-Policy")).as(where)
                    .anyMatch(csp -> csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"));
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(where).contains("same-origin");
            assertThat(answer.headers().firstValue("Cache-Control")).as(where).contains("no-store");
            assertThat(answer.headers().firstValue("Server")).as(where).isEmpty();
            assertThat(answer.headers().firstValue("X-Powered-By")).as(where).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndChangesAtSignIn() {
        WebSession session = WebSession.anonymous(base);
        HttpResponse<String> login = session.get("login.xhtml");
        String cookie = sessionCookieHeader(login.headers().allValues("Set-Cookie"));
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String before = session.sessionId();

        WebSession signedIn = WebSession.signedInAs(base, "sw.demo");
        assertThat(signedIn.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void overHttpsTheSessionCookieIsAlsoSecure() throws Exception {
        URL https = URI.create("https://" + base.getHost() + ":8181" + base.getPath() + "login.xhtml").toURL();
        HttpsURLConnection connection = (HttpsURLConnection) https.openConnection();
        connection.setSSLSocketFactory(trustingTheTestCertificate().getSocketFactory());
        connection.setHostnameVerifier((host, sslSession) -> true); // the test server's self-signed certificate
        try {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            String cookie = sessionCookieHeader(connection.getHeaderFields().entrySet().stream()
                    .filter(e -> "Set-Cookie".equalsIgnoreCase(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(List.of()));
            assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void aPostbackWithoutThePagesOwnViewStateDoesNothing() {
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        WebSession other = WebSession.signedInAs(base, "sw.demo");
        String othersViewState = WebSession.viewState(other.get("caseload.xhtml").body());

        for (String viewState : new String[] {null, othersViewState, "forged"}) {
            Map<String, String> signOut = viewState == null
                    ? Map.of("signOutForm", "signOutForm", "signOutForm:signOut", "Sign out")
                    : Map.of("signOutForm", "signOutForm", "signOutForm:signOut", "Sign out",
                    "jakarta.faces.ViewState", viewState);
            worker.post("caseload.xhtml", signOut);
            HttpResponse<String> still = worker.get("caseload.xhtml");
            assertThat(still.statusCode()).as("still signed in after a postback with ViewState " + viewState)
                    .isEqualTo(200);
            assertThat(WebSession.heading(still.body())).isEqualTo("My caseload");
        }

        String ownViewState = WebSession.viewState(worker.get("caseload.xhtml").body());
        HttpResponse<String> signedOut = worker.post("caseload.xhtml", Map.of("signOutForm", "signOutForm",
                "signOutForm:signOut", "Sign out", "jakarta.faces.ViewState", ownViewState));
        assertThat(signedOut.headers().firstValue("Location").orElse("")).contains("login.xhtml?signedOut=true");
        assertThat(worker.get("caseload.xhtml").statusCode()).as("signed out: sent to sign in").isEqualTo(302);
    }

    @Test
    void anotherCouncilsCaseIdGuessedInAPageOrApiUrlIsRefusedAndAudited() {
        Matcher link = FIRST_CASE.matcher(WebSession.signedInAs(base, "sw.demo").get("caseload.xhtml").body());
        assertThat(link.find()).isTrue();
        String readingEpisode = link.group(1);
        WebSession wokingham = WebSession.signedInAs(base, "sw.wokingham");

        HttpResponse<String> page = wokingham.get("case.xhtml?episode=" + readingEpisode);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("There is no case with the id " + readingEpisode)
                .doesNotContain("Open the record with break-glass");
        HttpResponse<String> api = wokingham.get("api/cases/" + readingEpisode + "/deadlines");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("\"status\":403").doesNotContain("dueDate");
        HttpResponse<String> unknown = wokingham.get("api/cases/987654321/deadlines");
        assertThat(unknown.statusCode()).as("an id that does not exist looks the same").isEqualTo(403);
        assertThat(unknown.body()).isEqualTo(api.body());

        String audit = WebSession.signedInAs(base, "auditor.demo")
                .get("api/audit.csv?actor=sw.wokingham&action=ACCESS_DENIED").body();
        assertThat(audit.lines().filter(line -> line.contains(",Episode," + readingEpisode + ",")))
                .as("denials of episode " + readingEpisode + " in the audit trail").hasSizeGreaterThanOrEqualTo(2);
    }

    /**
     * With a SameSite=Strict cookie a link from another site arrives signed out; the person signs in and is taken
     * on to the page the link (or a bookmark) named.
     */
    @Test
    void signingInContinuesToThePageAskedFor() {
        String caseLink = firstCaseLinkOf("sw.demo");
        WebSession arriving = WebSession.anonymous(base);
        HttpResponse<String> first = arriving.get(caseLink);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElse("")).contains("login.xhtml");

        assertThat(arriving.signIn("sw.demo", SignInPage.DEMO_PASSWORD)).endsWith(caseLink);
        assertThat(arriving.get(caseLink).statusCode()).isEqualTo(200);
    }

    /**
     * A link on another site, followed by a browser that sends the session cookie anyway, writes nothing in the
     * person's name: no view, no refusal, no export; they get a link to follow on cinplan itself instead.
     */
    @Test
    void requestsFromAnotherSiteWriteNoAuditEntries() {
        String caseLink = firstCaseLinkOf("sw.demo");
        String episode = caseLink.substring(caseLink.indexOf('=') + 1);
        WebSession auditor = WebSession.signedInAs(base, "auditor.demo");
        long views = entriesFor(auditor, "sw.demo", "VIEW_RECORD", episode);
        long denials = entriesFor(auditor, "sw.wokingham", "ACCESS_DENIED", episode);
        // Each count is itself an export, recorded after it is read: one more after each count.
        long exports = entriesFor(auditor, "auditor.demo", "EXPORT", null);

        HttpResponse<String> view = WebSession.signedInAs(base, "sw.demo").getFromAnotherSite(caseLink);
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(WebSession.heading(view.body())).isEqualTo("Continue to cinplan");
        assertThat(view.body()).contains("href=\"" + base.getPath() + caseLink + "\"");
        WebSession.signedInAs(base, "sw.wokingham").getFromAnotherSite(caseLink);
        auditor.getFromAnotherSite("api/audit.csv?actor=sw.demo");

        assertThat(entriesFor(auditor, "sw.demo", "VIEW_RECORD", episode)).isEqualTo(views);
        assertThat(entriesFor(auditor, "sw.wokingham", "ACCESS_DENIED", episode)).isEqualTo(denials);
        assertThat(entriesFor(auditor, "auditor.demo", "EXPORT", null)).isEqualTo(exports + 3);
    }

    private String firstCaseLinkOf(String worker) {
        Matcher link = FIRST_CASE.matcher(WebSession.signedInAs(base, worker).get("caseload.xhtml").body());
        assertThat(link.find()).isTrue();
        return "case.xhtml?episode=" + link.group(1);
    }

    /** How many entries of this person and action (on this episode, if given) the audit trail holds. */
    private static long entriesFor(WebSession auditor, String actor, String action, String episode) {
        String csv = auditor.get("api/audit.csv?actor=" + actor + "&action=" + action).body();
        return csv.lines().skip(1).filter(line -> episode == null || line.contains(",Episode," + episode + ","))
                .count();
    }

    private static String sessionCookieHeader(List<String> setCookies) {
        return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("No JSESSIONID cookie set: " + setCookies));
    }

    private static SSLContext trustingTheTestCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
