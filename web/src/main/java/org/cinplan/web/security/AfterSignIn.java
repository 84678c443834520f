package org.cinplan.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The page someone asked for before signing in (a bookmark, a link in an email), to go on to once they have signed in.
 * Only a page of cinplan itself is remembered, and only a GET, so that signing in never repeats a form.
 */
final class AfterSignIn {

    static final String ATTRIBUTE = AfterSignIn.class.getName();

    private AfterSignIn() {
    }

    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || "partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return;
        }
        String query = request.getQueryString();
        request.getSession(true).setAttribute(ATTRIBUTE, request.getRequestURI() + (query == null ? "" : "?" + query));
    }

    /** Where to go now the person has signed in: the page they asked for, or else their caseload; forgotten once read. */
    static String target(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String remembered = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
        return isOwnPage(request.getContextPath(), remembered) ? remembered : request.getContextPath() + "/caseload.xhtml";
    }

    static boolean isOwnPage(String contextPath, String path) {
        return path != null && path.startsWith(contextPath + "/") && !path.startsWith("//")
                && path.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c))
                && !path.startsWith(contextPath + "/login.xhtml");
    }
}
