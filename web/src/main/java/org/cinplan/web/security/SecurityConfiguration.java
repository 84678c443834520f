package org.cinplan.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/**
 * The roles of cinplan. Sign-in is {@link SessionAuthenticationMechanism} (a JSF sign-in page; passwords checked
 * against the staff table with PBKDF2-SHA256 at 600,000 iterations by {@code admin.StaffCredentials}).
 */
@ApplicationScoped
@FacesConfig
@DeclareRoles({"SOCIAL_WORKER", "CONSULTANT_SOCIAL_WORKER", "PRACTICE_MANAGER", "TEAM_MANAGER", "SERVICE_MANAGER",
        "FAMILY_SUPPORT_PRACTITIONER", "ADMINISTRATOR", "AUDITOR",
        "DATA_OFFICER"})
public class SecurityConfiguration {
}
