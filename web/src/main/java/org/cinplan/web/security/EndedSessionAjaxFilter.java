package org.cinplan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * An ajax postback sent after the session ended is redirected to the sign-in page, and the browser's XMLHttpRequest
 * follows that redirect with the ajax header still on: a GET of the sign-in page "as ajax", which nothing else sends.
 * It is answered with an ajax redirect, so the page goes to the sign-in page, which says the session ended (rather
 * than the button doing nothing, or PrimeFaces refusing the request for want of its script nonce).
 */
@WebFilter(urlPatterns = "/login.xhtml")
public class EndedSessionAjaxFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The sign-in page saying the session ended (login.xhtml shows its notice for this parameter). */
    static final String SESSION_ENDED_PAGE = "/login.xhtml?ended=timeout";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isAjaxRequestForTheSignInPage(request.getMethod(), request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + request.getContextPath() + SESSION_ENDED_PAGE + "\"/></partial-response>");
    }

    /** A GET with the JSF ajax header: a followed redirect of an ajax postback, never a page a person opened. */
    static boolean isAjaxRequestForTheSignInPage(String method, String facesRequestHeader) {
        return "GET".equals(method) && "partial/ajax".equals(facesRequestHeader);
    }
}
