package org.cinplan.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Whether a signed-in user's account still lets them in, asked on every request so that disabling an account
 * ends its sessions at once, on every server of a cluster, with no registry of sessions to keep in step.
 */
@Stateless
@PermitAll
public class SignInStatus {

    @PersistenceContext
    private EntityManager em;

    /** True while a member of staff with this username exists and is enabled. */
    public boolean mayStaySignedIn(String username) {
        return !em.createQuery("select s.id from StaffMember s where s.username = :u and s.enabled = true", Long.class)
                .setParameter("u", username).setMaxResults(1).getResultList().isEmpty();
    }
}
