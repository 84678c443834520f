package org.cinplan.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * The signed-in person's roles for the pages' menus and forms ({@code #{roles.has('TEAM_MANAGER')}}): the roles this
 * session signed in with, which are the container's roles of every request ({@link SessionAuthenticationMechanism}),
 * read from the session instead of asking the container's authorization policy a score of times a page.
 */
@Named("roles")
@RequestScoped
public class SignedInRoles {

    private Set<String> roles;

    @Inject
    private HttpServletRequest request;

    /** Whether the person signed in holds the role; false when nobody is signed in. */
    public boolean has(String role) {
        if (roles == null) {
            SignedInCaller caller = SignedInCaller.of(request);
            roles = caller == null ? Set.of() : caller.roles();
        }
        return roles.contains(role);
    }
}
