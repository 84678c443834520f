package org.cinplan.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.cinplan.admin.PasswordHasher;

/**
 * Sign-in: a JSF login page (custom form, so roles reach EJBs on the first request after sign-in; Payara
 * issue #4734) against the staff table, passwords checked with PBKDF2-SHA256 at 600,000 iterations.
 */
@ApplicationScoped
@FacesConfig
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "jdbc/cinplan",
        callerQuery = "select password_hash from staff_member where username = ? and enabled = true",
        groupsQuery = "select r.role from staff_role r join staff_member s on s.id = r.staff_id where s.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHasher.ITERATIONS, PasswordHasher.ALGORITHM, PasswordHasher.SALT_BYTES,
                PasswordHasher.KEY_BYTES})
@DeclareRoles({"SOCIAL_WORKER", "CONSULTANT_SOCIAL_WORKER", "PRACTICE_MANAGER", "TEAM_MANAGER", "SERVICE_MANAGER",
        "FAMILY_SUPPORT_PRACTITIONER", "ADMINISTRATOR", "AUDITOR"})
public class SecurityConfiguration {
}
