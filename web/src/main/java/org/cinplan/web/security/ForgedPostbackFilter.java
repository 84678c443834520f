package org.cinplan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * A postback that PrimeFaces refuses under its content security policy (no script nonce, or another page's) was
 * not sent by one of our pages as a user uses it: it is answered 400, not with the 500 of a fault of ours.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ForgedPostbackFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!refusedByContentSecurityPolicy(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "This form was not sent from its page: reload the page and try again.");
        }
    }

    static boolean refusedByContentSecurityPolicy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
