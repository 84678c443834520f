package org.cinplan.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Whether a signed-in session may go on, asked on every request so that disabling an account or resetting its
 * password ends its sessions at once, on every server of a cluster, with no registry of sessions to keep in step.
 */
@Stateless
@PermitAll
public class SignInStatus {

    /** What a session signed in as someone may do next. */
    public enum Standing {
        /** Go on. */
        SIGNED_IN,
        /** Only choose a new password (after an administrator's reset, or the first administrator's first sign-in). */
        MUST_CHANGE_PASSWORD,
        /** End the session: the account is disabled or gone, or its password changed since this session signed in. */
        ENDED
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * @param credentialsVersion the version of the password the session signed in with
     */
    public Standing standing(String username, int credentialsVersion) {
        List<Object[]> rows = em.createQuery("select s.enabled, s.credentialsVersion, s.mustChangePassword"
                        + " from StaffMember s where s.username = :u", Object[].class)
                .setParameter("u", username).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return Standing.ENDED;
        }
        Object[] row = rows.get(0);
        if (!Boolean.TRUE.equals(row[0]) || ((Number) row[1]).intValue() != credentialsVersion) {
            return Standing.ENDED;
        }
        return Boolean.TRUE.equals(row[2]) ? Standing.MUST_CHANGE_PASSWORD : Standing.SIGNED_IN;
    }
}
