package org.cinplan.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.admin.CouncilView;
import org.cinplan.admin.NewStaffMember;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffField;
import org.cinplan.admin.StaffView;
import org.cinplan.admin.TeamAdministration;
import org.cinplan.admin.TeamView;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The users and teams page: administrators find, add, disable, re-enable staff and reset their passwords, and
 * add teams to councils.
 */
@Named
@ViewScoped
public class StaffAdministrationView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    private static final Map<StaffField, String> CREATE_FIELDS = Map.of(
            StaffField.USERNAME, "create:username",
            StaffField.FULL_NAME, "create:fullName",
            StaffField.EMAIL, "create:email",
            StaffField.TEAM, "create:team",
            StaffField.ROLES, "create:roles",
            StaffField.PASSWORD, "create:password");
    private static final Map<StaffField, String> RESET_FIELDS = Map.of(StaffField.PASSWORD, "reset:newPassword");

    @Inject
    private StaffAdministration administration;

    @Inject
    private TeamAdministration teamAdministration;

    // Listing
    private String filter;
    private List<StaffView> staff;
    private long matching;

    // A new member of staff
    private String username;
    private String fullName;
    private String email;
    private Long teamId;
    private List<String> roles = new ArrayList<>();
    private String password;

    // Resetting a password
    private StaffView selected;
    private String newPassword;

    // Teams
    private List<TeamView> teams;
    private List<CouncilView> councils;
    private String councilCode;
    private String teamName;

    @PostConstruct
    void load() {
        councils = administration.councils();
        loadTeams();
        search();
    }

    public void search() {
        matching = administration.countStaff(filter);
        staff = administration.staff(filter, 0, SHOWN);
    }

    public void create() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(name -> chosen.add(Role.valueOf(name)));
        NewStaffMember details = new NewStaffMember(username, fullName, email, teamId, chosen);
        String initialPassword = password;
        password = null;
        StaffView created = StaffMessages.orShowProblems(
                () -> administration.createStaffMember(details, initialPassword), CREATE_FIELDS);
        if (created != null) {
            StaffMessages.info("Added " + created.username() + " (" + created.fullName() + "); they can sign in now.");
            username = null;
            fullName = null;
            email = null;
            teamId = null;
            roles = new ArrayList<>();
            filter = created.username();
            search();
        }
    }

    public void disable(StaffView member) {
        StaffView changed = StaffMessages.orShowProblems(
                () -> administration.disable(member.id(), member.version()), Map.of());
        if (changed != null) {
            StaffMessages.info("Disabled " + changed.username()
                    + ": they can no longer sign in, and any session of theirs ends at its next request.");
        }
        search();
    }

    public void enable(StaffView member) {
        StaffView changed = StaffMessages.orShowProblems(
                () -> administration.enable(member.id(), member.version()), Map.of());
        if (changed != null) {
            StaffMessages.info("Re-enabled " + changed.username() + ": they can sign in again.");
        }
        search();
    }

    /** Gives the member of staff the budget-holder permission, or takes it away. */
    public void changeBudgetHolder(StaffView member, boolean budgetHolder) {
        StaffView changed = StaffMessages.orShowProblems(
                () -> administration.setBudgetHolder(member.id(), member.version(), budgetHolder), Map.of());
        if (changed != null) {
            StaffMessages.info(changed.username() + (budgetHolder
                    ? " is now a budget holder: they approve the budgets of services in their council's CIN plans."
                    : " is no longer a budget holder."));
        }
        search();
    }

    public void chooseForReset(StaffView member) {
        selected = member;
        newPassword = null;
    }

    public void cancelReset() {
        selected = null;
        newPassword = null;
    }

    public void resetPassword() {
        if (selected == null) {
            FacesMessages.error("Choose whose password to reset");
            return;
        }
        StaffView member = selected;
        String chosen = newPassword;
        newPassword = null;
        StaffView changed = StaffMessages.orShowProblems(
                () -> administration.resetPassword(member.id(), member.version(), chosen), RESET_FIELDS);
        if (changed != null) {
            StaffMessages.info("Set a new password for " + changed.username()
                    + ". Tell them it in person or by phone, never by email. They must choose their own when they next"
                    + " sign in, and any session they had open has ended.");
            selected = null;
            search();
        }
    }

    public void createTeam() {
        TeamView created = FacesMessages.orShowProblem(() -> teamAdministration.createTeam(councilCode, teamName));
        if (created != null) {
            StaffMessages.info("Added the team " + created.name() + " to " + created.councilName() + ".");
            teamName = null;
            loadTeams();
        }
    }

    private void loadTeams() {
        teams = administration.allTeams();
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    /** "Showing 50 of 73", or how many there are when all are shown. */
    public String getShowing() {
        if (matching == staff.size()) {
            return matching == 1 ? "1 user" : matching + " users";
        }
        return "Showing " + staff.size() + " of " + matching + " users; narrow the search to see the rest.";
    }

    public List<StaffView> getStaff() {
        return staff;
    }

    public List<TeamView> getTeams() {
        return teams;
    }

    public List<CouncilView> getCouncils() {
        return councils;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public StaffView getSelected() {
        return selected;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getCouncilCode() {
        return councilCode;
    }

    public void setCouncilCode(String councilCode) {
        this.councilCode = councilCode;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }
}
