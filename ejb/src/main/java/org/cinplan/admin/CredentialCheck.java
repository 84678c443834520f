package org.cinplan.admin;

import java.util.Set;

/**
 * The answer to a sign-in: refused, or who signed in with which roles, which version of their password, and whether
 * they must choose a new one before doing anything else.
 */
public record CredentialCheck(boolean accepted, String username, Set<String> roles, int credentialsVersion,
                              boolean mustChangePassword) {

    public CredentialCheck {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static CredentialCheck refused() {
        return new CredentialCheck(false, null, Set.of(), 0, false);
    }
}
