package org.cinplan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SecurityHeadersFilterTest {

    private final SecurityHeadersFilter filter = new SecurityHeadersFilter();

    /** A request that answers only what the filter asks: its URI and context path. */
    private static HttpServletRequest request(String contextPath, String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> contextPath;
                    case "toString" -> "request " + uri;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response that records the headers set on it. */
    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "toString" -> "response";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private Map<String, String> headersFor(String uri) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        AtomicReference<Map<String, String>> seenByChain = new AtomicReference<>();
        HttpServletRequest request = request("/cinplan", uri);
        HttpServletResponse response = response(headers);
        FilterChain chain = (ServletRequest req, ServletResponse res) -> {
            assertThat(req).isSameAs(request);
            assertThat(res).isSameAs(response);
            seenByChain.set(Map.copyOf(headers));
        };

        filter.doFilter(request, response, chain);

        assertThat(seenByChain.get()).as("headers are set before the page is written").isEqualTo(headers);
        return headers;
    }

    @Test
    void aPageGetsEverySecurityHeaderAndIsNeverCached() throws Exception {
        assertThat(headersFor("/cinplan/caseload.xhtml")).containsOnly(
                entry("X-Content-Type-Options", "nosniff"),
                entry("Content-Security-Policy",
                        "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"),
                entry("Referrer-Policy", "same-origin"),
                entry("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
                entry("Cross-Origin-Opener-Policy", "same-origin"),
                entry("Cache-Control", "no-store"),
                entry("Pragma", "no-cache"));
    }

    @Test
    void theContentSecurityPolicyLeavesScriptsToPrimeFaces() throws Exception {
        assertThat(headersFor("/cinplan/login.xhtml").get("Content-Security-Policy")).doesNotContain("script-src");
    }

    @Test
    void staticResourcesKeepTheirCachingButGetTheOtherHeaders() throws Exception {
        Map<String, String> headers =
                headersFor("/cinplan/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga");
        assertThat(headers).doesNotContainKeys("Cache-Control", "Pragma");
        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Cross-Origin-Opener-Policy", "same-origin");
    }

    @Test
    void onlyTheFacesResourcePathCountsAsStatic() {
        assertThat(SecurityHeadersFilter.isStaticResource(request("", "/jakarta.faces.resource/x.js.xhtml")))
                .isTrue();
        assertThat(SecurityHeadersFilter.isStaticResource(request("/cinplan", "/cinplan/jakarta.faces.resource/x")))
                .isTrue();
        assertThat(SecurityHeadersFilter.isStaticResource(request("/cinplan", "/cinplan/child.xhtml")))
                .isFalse();
        assertThat(SecurityHeadersFilter.isStaticResource(request("/cinplan", "/jakarta.faces.resource/x")))
                .as("outside this application's context path").isFalse();
        assertThat(SecurityHeadersFilter.isStaticResource(request("/cinplan", "/cinplan/x/jakarta.faces.resource/")))
                .isFalse();
    }
}
