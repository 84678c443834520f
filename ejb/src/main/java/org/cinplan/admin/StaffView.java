package org.cinplan.admin;

import java.util.List;
import java.util.stream.Collectors;
import org.cinplan.platform.Role;

/**
 * A member of staff as administration pages show them; never the password hash.
 *
 * @param budgetHolder whether they may approve the budget of services in their council's CIN plans (BUDGET_APPROVAL)
 * @param version      the optimistic-locking version to send back with a change
 */
public record StaffView(long id, String username, String fullName, String email, Long teamId, String teamName,
                        String councilName, List<Role> roles, boolean enabled, boolean budgetHolder, int version) {

    public StaffView {
        roles = List.copyOf(roles);
    }

    static StaffView of(StaffMember member) {
        Team team = member.team();
        return new StaffView(member.id(), member.username(), member.fullName(), member.email(),
                team == null ? null : team.id(), team == null ? null : team.name(),
                team == null ? null : team.council().name(),
                member.roles().stream().sorted().toList(), member.isEnabled(), member.isBudgetHolder(), member.version());
    }

    /** The roles as people read them, such as "Social worker, Team manager". */
    public String roleLabels() {
        return roles.stream().map(Role::label).collect(Collectors.joining(", "));
    }

    /** The team and its council, or "No team". */
    public String teamLabel() {
        return teamName == null ? "No team" : teamName + " (" + councilName + ")";
    }
}
