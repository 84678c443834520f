package org.cinplan.admin;

import java.util.Set;
import org.cinplan.platform.Role;

/**
 * A member of staff an administrator is adding, without the password (passed apart, so it never appears in
 * this record's text).
 *
 * @param teamId the team they work in; null for staff outside any team, such as administrators and auditors
 */
public record NewStaffMember(String username, String fullName, String email, Long teamId, Set<Role> roles) {

    public NewStaffMember {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
