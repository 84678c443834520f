package org.cinplan.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * HTTPS only, in the production mode ({@code -Dcinplan.mode=production}, set by
 * {@code CINPLAN_MODE=production server-config/configure.sh}): the CONFIDENTIAL transport guarantee for every
 * page and the API (a plain-HTTP request is redirected to the same address over HTTPS, on port
 * {@code cinplan.https-port}, 8181 unless set) and Strict-Transport-Security on every HTTPS response, so browsers
 * never use plain HTTP for cinplan again. In the development mode (the default) it does nothing: the run command
 * and the tests use http://localhost:8080.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SecureTransportFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final boolean production;
    private final int httpsPort;

    public SecureTransportFilter() {
        this("production".equals(System.getProperty("cinplan.mode")),
                Integer.getInteger("cinplan.https-port", 8181));
    }

    SecureTransportFilter(boolean production, int httpsPort) {
        this.production = production;
        this.httpsPort = httpsPort;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!production) {
            chain.doFilter(request, response);
            return;
        }
        if (!request.isSecure()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", "https://" + request.getServerName()
                    + (httpsPort == 443 ? "" : ":" + httpsPort) + request.getRequestURI() + query);
            return;
        }
        response.setHeader("Strict-Transport-Security", HSTS);
        chain.doFilter(request, response);
    }
}
