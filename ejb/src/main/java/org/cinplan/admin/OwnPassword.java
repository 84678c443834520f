package org.cinplan.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cinplan.platform.Role;

/** Every member of staff changes their own password: the one they have, then a new one the policy accepts. */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE, Role.SERVICE_MANAGER_ROLE, Role.FAMILY_SUPPORT_PRACTITIONER_ROLE,
        Role.ADMINISTRATOR_ROLE, Role.AUDITOR_ROLE, Role.DATA_OFFICER_ROLE})
public class OwnPassword {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail auditTrail;

    /**
     * Replaces the caller's password. Their other sessions end at their next request.
     *
     * @return the new version of the caller's credentials, for the session that made the change to go on with
     * @throws StaffDetailsRefused with the problems by field: the current password wrong, the new one refused by the
     *                             policy, or the same as the current one
     */
    public int change(String currentPassword, String newPassword) {
        String username = context.getCallerPrincipal().getName();
        StaffMember member = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getSingleResult();
        Map<StaffField, List<String>> problems = new LinkedHashMap<>();
        boolean currentRight = currentPassword != null
                && hasher.matches(currentPassword.toCharArray(), member.passwordHash());
        if (!currentRight) {
            problems.put(StaffField.CURRENT_PASSWORD, List.of("That is not your current password."));
        }
        List<String> policy = PasswordPolicy.standard().problems(newPassword, member.username(), member.fullName());
        if (!policy.isEmpty()) {
            problems.put(StaffField.PASSWORD, policy);
        } else if (currentRight && newPassword.equals(currentPassword)) {
            problems.put(StaffField.PASSWORD, List.of("Choose a password different from your current one."));
        }
        if (!problems.isEmpty()) {
            auditTrail.recordIndependently(username, AuditAction.ADMIN_CHANGE, "StaffMember",
                    String.valueOf(member.id()), null, "Own password change refused", AuditOutcome.FAILURE);
            throw new StaffDetailsRefused(problems);
        }
        member.changeOwnPassword(hasher.hash(newPassword.toCharArray()));
        em.flush();
        auditTrail.record(username, AuditAction.ADMIN_CHANGE, "StaffMember", String.valueOf(member.id()), null,
                "Changed own password; other sessions ended", AuditOutcome.SUCCESS);
        return member.credentialsVersion();
    }
}
