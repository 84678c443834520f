package org.cinplan.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session, with their roles and the version of the password they signed in with: kept in the
 * session and handed to the container on every request by {@link SessionAuthenticationMechanism}.
 */
record SignedInCaller(String username, Set<String> roles, int credentialsVersion) implements Serializable {

    static final String ATTRIBUTE = SignedInCaller.class.getName();

    SignedInCaller {
        roles = Set.copyOf(roles);
    }

    /** The caller of the request's session, or null when nobody has signed in on it. */
    static SignedInCaller of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInCaller) session.getAttribute(ATTRIBUTE);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    SignedInCaller withCredentialsVersion(int version) {
        return new SignedInCaller(username, roles, version);
    }
}
