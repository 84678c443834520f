package org.cinplan.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which pages the menu offers the person signed in ({@code #{navigation.mayOpen('dashboard.xhtml')}}): the container
 * answers from the same security constraints that guard the pages (web.xml), so no page repeats a list of roles. The
 * answers are kept for the session, whose roles are fixed when it signs in.
 */
@Named
@SessionScoped
public class Navigation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Boolean> mayOpen = new ConcurrentHashMap<>();
    /** Whose answers {@link #mayOpen} holds: a session that signs in again as someone else starts afresh. */
    private volatile String answersFor;

    @Inject
    private transient SecurityContext security;

    /** Whether the page (a path under the application, such as {@code dashboard.xhtml}) would open for a GET. */
    public boolean mayOpen(String page) {
        // The request's remote user, not SecurityContext.getCallerPrincipal(): Soteria works that out by reflection over
        // several servers' subject classes on every call (6% of the server's CPU under load, a score of times a page).
        String caller = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        if (caller == null) {
            return false; // not kept: the same session signs in next
        }
        if (!caller.equals(answersFor)) {
            mayOpen.clear();
            answersFor = caller;
        }
        return mayOpen.computeIfAbsent(page, path -> security.hasAccessToWebResource("/" + path, "GET"));
    }
}
