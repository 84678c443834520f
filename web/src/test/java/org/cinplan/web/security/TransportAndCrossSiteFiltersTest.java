package org.cinplan.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTPS only in the production mode (SecureTransportFilter) and requests from other sites (CrossSiteRequestFilter). */
class TransportAndCrossSiteFiltersTest {

    private final Map<String, String> headers = new HashMap<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final StringWriter body = new StringWriter();
    private final AtomicBoolean passedOn = new AtomicBoolean();

    private static HttpServletRequest request(String method, String uri, String query, boolean secure,
                                              String secFetchSite) {
        return (HttpServletRequest) Proxy.newProxyInstance(TransportAndCrossSiteFiltersTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getQueryString" -> query;
                    case "getContextPath" -> "/cinplan";
                    case "getServerName" -> "cinplan.example.org";
                    case "isSecure" -> secure;
                    case "getHeader" -> "Sec-Fetch-Site".equals(args[0]) ? secFetchSite : null;
                    case "toString" -> "request " + uri;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(TransportAndCrossSiteFiltersTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "sendError" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "setContentType" -> null;
                    case "getWriter" -> new PrintWriter(body);
                    case "toString" -> "response";
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void inProductionPlainHttpIsRedirectedToTheSameAddressOverHttps() throws Exception {
        new SecureTransportFilter(true, 8181).doFilter(request("GET", "/cinplan/child.xhtml", "child=6", false, null),
                response(), (req, res) -> passedOn.set(true));

        assertThat(passedOn).isFalse();
        assertThat(status.get()).isEqualTo(301);
        assertThat(headers).containsEntry("Location", "https://cinplan.example.org:8181/cinplan/child.xhtml?child=6");
    }

    @Test
    void inProductionHttpsResponsesCarryStrictTransportSecurity() throws Exception {
        new SecureTransportFilter(true, 443).doFilter(request("GET", "/cinplan/caseload.xhtml", null, true, null),
                response(), (req, res) -> passedOn.set(true));

        assertThat(passedOn).isTrue();
        assertThat(headers).containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void inDevelopmentPlainHttpIsServedWithoutStrictTransportSecurity() throws Exception {
        new SecureTransportFilter(false, 8181).doFilter(request("GET", "/cinplan/caseload.xhtml", null, false, null),
                response(), (req, res) -> passedOn.set(true));

        assertThat(passedOn).isTrue();
        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void aLinkFromAnotherSiteGetsALinkToTheSamePageInsteadOfThePage() throws Exception {
        new CrossSiteRequestFilter().doFilter(request("GET", "/cinplan/child.xhtml", "child=6&x=\"><script>", false,
                "cross-site"), response(), (req, res) -> passedOn.set(true));

        assertThat(passedOn).as("the page (and its audit entry) is never reached").isFalse();
        assertThat(body.toString()).contains("href=\"/cinplan/child.xhtml?child=6&amp;x=&quot;&gt;&lt;script&gt;\"")
                .doesNotContain("<script>");
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() throws Exception {
        new CrossSiteRequestFilter().doFilter(request("POST", "/cinplan/caseload.xhtml", null, false, "cross-site"),
                response(), (req, res) -> passedOn.set(true));

        assertThat(passedOn).isFalse();
        assertThat(status.get()).isEqualTo(403);
    }

    @Test
    void sameOriginBookmarkedAndTypedRequestsAndTheSignInPagePassThrough() throws Exception {
        for (String site : new String[] {null, "none", "same-origin", "same-site"}) {
            passedOn.set(false);
            new CrossSiteRequestFilter().doFilter(request("GET", "/cinplan/child.xhtml", "child=6", false, site),
                    response(), (req, res) -> passedOn.set(true));
            assertThat(passedOn).as("Sec-Fetch-Site " + site).isTrue();
        }
        passedOn.set(false);
        new CrossSiteRequestFilter().doFilter(request("GET", "/cinplan/login.xhtml", null, false, "cross-site"),
                response(), (req, res) -> passedOn.set(true));
        assertThat(passedOn).isTrue();
    }
}
