package org.cinplan.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.stream.Collectors;
import org.cinplan.platform.Role;

/**
 * Checks a username and password against the staff table. An unknown or disabled username is refused only after a
 * password check against a dummy hash, so the time taken does not tell an attacker which usernames exist.
 */
@Stateless
@PermitAll
public class StaffCredentials {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    public CredentialCheck check(String username, char[] password) {
        List<StaffMember> found = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList();
        StaffMember member = found.isEmpty() || !found.get(0).isEnabled() ? null : found.get(0);
        boolean matches = hasher.matches(password, member == null ? null : member.passwordHash());
        if (member == null || !matches) {
            return CredentialCheck.refused();
        }
        return new CredentialCheck(true, member.username(),
                member.roles().stream().map(Role::name).collect(Collectors.toSet()), member.credentialsVersion(),
                member.mustChangePassword());
    }

    /** Whether the username is a member of staff's, enabled or not (what was typed is kept in the audit trail only then). */
    public boolean exists(String username) {
        return !em.createQuery("select s.id from StaffMember s where s.username = :u", Long.class)
                .setParameter("u", username).setMaxResults(1).getResultList().isEmpty();
    }
}
