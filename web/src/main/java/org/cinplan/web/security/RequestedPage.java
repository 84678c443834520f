package org.cinplan.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.net.URI;

/**
 * The page a signed-out person asked for (a bookmark, or a link from another site, which arrives without the
 * SameSite=Strict session cookie) before being sent to sign in, so that signing in takes them on to it. Payara's
 * Jakarta Security (Soteria) keeps that request in the session, but forgets it when the sign-in page authenticates
 * with {@code newAuthentication(true)} (which cinplan needs: Payara issue #4734), so the sign-in page reads it
 * first. Only a GET of a page of this application is continued to, as a path, so it can never send anyone off-site.
 */
final class RequestedPage {

    /** Where Soteria keeps the request (its LoginToContinueInterceptor; a RequestData with getFullRequestURL). */
    static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    private RequestedPage() {
    }

    /** The path (and query) to continue to after signing in, or null to go to the start page. */
    static String savedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_REQUEST);
        if (saved == null) {
            return null;
        }
        try {
            String method = (String) saved.getClass().getMethod("getMethod").invoke(saved);
            String url = (String) saved.getClass().getMethod("getFullRequestURL").invoke(saved);
            return "GET".equals(method) ? withinApplication(request.getContextPath(), url) : null;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null; // another Soteria: sign-in still works and goes to the start page
        }
    }

    /** The URL's path and query when it is a page of the application at this context path, else null. */
    static String withinApplication(String contextPath, String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.contains("/../") || path.contains("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
