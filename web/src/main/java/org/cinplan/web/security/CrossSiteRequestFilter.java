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
 * A request that a browser says comes from another site ({@code Sec-Fetch-Site: cross-site}) never reaches a page
 * or the API, so a link or form elsewhere cannot make a signed-in person's browser view a record, be refused one or
 * export the audit trail in their name (and fill the trail with entries they did not make). The session cookie is
 * SameSite=Strict, so such a request normally arrives signed out and goes to the sign-in page, which then continues
 * to the page asked for; this filter covers browsers and clients that send the cookie anyway. A link followed from
 * elsewhere gets a page with a link to the same address on cinplan: following it is a same-origin request.
 * Other methods are refused. The sign-in page, the error page and static resources are left alone.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site")) || isOpenToAll(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "A request from another site is refused.");
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(continuePage(request));
    }

    static boolean isOpenToAll(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/login.xhtml") || path.equals("/error.xhtml")
                || path.startsWith(SecurityHeadersFilter.RESOURCE_PREFIX);
    }

    /** A page with a link to the address asked for, on cinplan itself. */
    static String continuePage(HttpServletRequest request) {
        String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Continue to cinplan</title></head>"
                + "<body><main><h1>Continue to cinplan</h1><p>You followed a link from another site. To open the page"
                + " it names, follow this link:</p><p><a id=\"continue\" href=\"" + escape(target) + "\">"
                + escape(target) + "</a></p></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
