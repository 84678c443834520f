package org.cinplan.admin;

import org.cinplan.platform.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffRulesTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy(Set.of("password", "letmein"));
    private static final String GOOD_PASSWORD = "tangerine lighthouse parade";

    private static NewStaffMember member(String username, String fullName, String email, Set<Role> roles) {
        return new NewStaffMember(username, fullName, email, 1L, roles);
    }

    @Test
    void acceptableDetailsHaveNoProblems() {
        assertThat(StaffRules.problems(member("jo.bloggs-2", "Jo Bloggs", "jo@reading.gov.uk",
                EnumSet.of(Role.SOCIAL_WORKER)), GOOD_PASSWORD, POLICY)).isEmpty();
    }

    @Test
    void anEmptyEmailIsAllowed() {
        assertThat(StaffRules.problems(member("jo.bloggs", "Jo Bloggs", "  ", EnumSet.of(Role.AUDITOR)),
                GOOD_PASSWORD, POLICY)).isEmpty();
    }

    @Test
    void usernamesHaveThreeToSixtyLettersDigitsDotsOrHyphens() {
        assertThat(StaffRules.usernameProblems("ab")).containsExactly(
                "A username has 3 to 60 characters; this one has 2.");
        assertThat(StaffRules.usernameProblems("a".repeat(61))).containsExactly(
                "A username has 3 to 60 characters; this one has 61.");
        assertThat(StaffRules.usernameProblems("a".repeat(60))).isEmpty();
        assertThat(StaffRules.usernameProblems("jo bloggs")).containsExactly(
                "A username may only hold the letters a to z, digits, dots and hyphens.");
        assertThat(StaffRules.usernameProblems("jo_bloggs")).hasSize(1);
        assertThat(StaffRules.usernameProblems("jö.bloggs")).hasSize(1);
        assertThat(StaffRules.usernameProblems(" Jo.Bloggs-1 ")).isEmpty();
        assertThat(StaffRules.usernameProblems(null)).containsExactly("Enter a username.");
        assertThat(StaffRules.usernameProblems("   ")).containsExactly("Enter a username.");
        assertThat(StaffRules.usernameProblems("a b")).hasSize(1);
        assertThat(StaffRules.usernameProblems("@")).hasSize(2);
    }

    @Test
    void aDemoLoginsNameIsRefusedBecauseProductionModeWouldThenRefuseToStart() {
        assertThat(StaffRules.usernameProblems("Admin.Demo")).containsExactly(
                "\"Admin.Demo\" is one of the demo logins, whose password is published; choose another username.");
        assertThat(StaffRules.usernameProblems("admin.council")).isEmpty();
    }

    @Test
    void aFullNameIsRequiredAndAtMost120Characters() {
        assertThat(StaffRules.fullNameProblems("")).containsExactly("Enter the person's full name.");
        assertThat(StaffRules.fullNameProblems("x".repeat(121))).hasSize(1);
        assertThat(StaffRules.fullNameProblems("x".repeat(120))).isEmpty();
    }

    @Test
    void anEmailMustLookLikeOne() {
        assertThat(StaffRules.emailProblems("not an email")).containsExactly(
                "Enter an email address like name@council.gov.uk, or leave it empty.");
        assertThat(StaffRules.emailProblems("a@b")).hasSize(1);
        assertThat(StaffRules.emailProblems("a@b.uk")).isEmpty();
        assertThat(StaffRules.emailProblems(null)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAgainstItsField() {
        Map<StaffField, List<String>> problems = StaffRules.problems(member("x", "", "nope", Set.of()), "short",
                POLICY);

        assertThat(problems).containsOnlyKeys(StaffField.USERNAME, StaffField.FULL_NAME, StaffField.EMAIL,
                StaffField.ROLES, StaffField.PASSWORD);
        assertThat(problems.get(StaffField.ROLES)).containsExactly("Choose at least one role.");
        assertThat(problems.get(StaffField.PASSWORD)).isEqualTo(POLICY.problems("short", "x", ""));
    }

    @Test
    void thePasswordIsCheckedByThePolicyAgainstTheUsernameAndName() {
        Map<StaffField, List<String>> problems = StaffRules.problems(
                member("lighthouse", "Tangerine Smith", null, EnumSet.of(Role.SOCIAL_WORKER)), GOOD_PASSWORD, POLICY);

        assertThat(problems.get(StaffField.PASSWORD)).containsExactly(
                "Your password must not contain your username.", "Your password must not contain your name.");
        assertThat(StaffRules.problems(member("jo.bloggs", "Jo Bloggs", null, EnumSet.of(Role.SOCIAL_WORKER)),
                "letmein", POLICY).get(StaffField.PASSWORD))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("This password is too common"));
    }

    @Test
    void theRefusalListsEveryProblemInFieldOrderAndKeepsThemByField() {
        StaffDetailsRefused refused = new StaffDetailsRefused(Map.of(
                StaffField.PASSWORD, List.of("Too short."),
                StaffField.USERNAME, List.of("Taken.")));

        assertThat(refused).hasMessage("Taken. Too short.");
        assertThat(refused.problemsWith(StaffField.PASSWORD)).containsExactly("Too short.");
        assertThat(refused.problemsWith(StaffField.EMAIL)).isEmpty();
        assertThatThrownBy(() -> new StaffDetailsRefused(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewStaffMemberNeverShowsAPasswordAndCopiesItsRoles() {
        EnumSet<Role> roles = EnumSet.of(Role.SOCIAL_WORKER);
        NewStaffMember member = member("jo.bloggs", "Jo Bloggs", null, roles);
        roles.add(Role.ADMINISTRATOR);

        assertThat(member.roles()).containsExactly(Role.SOCIAL_WORKER);
        assertThat(new NewStaffMember("a.b", "A B", null, null, null).roles()).isEmpty();
    }

    @Test
    void likeWildcardsInAFilterAreTakenLiterally() {
        assertThat(StaffAdministration.likeLiteral("50%_off!")).isEqualTo("50!%!_off!!");
        assertThat(StaffAdministration.likeLiteral("jo.bloggs")).isEqualTo("jo.bloggs");
    }

    @Test
    void aStaffViewLabelsItsTeamAndRoles() {
        StaffView view = new StaffView(1, "jo", "Jo", null, null, null, null,
                List.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER), true, false, 0);

        assertThat(view.teamLabel()).isEqualTo("No team");
        assertThat(view.roleLabels()).isEqualTo("Social worker, Team manager");
    }
}
