package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.cinplan.admin.NewStaffMember;
import org.cinplan.admin.PasswordPolicy;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffDetailsRefused;
import org.cinplan.admin.StaffField;
import org.cinplan.admin.StaffView;
import org.cinplan.admin.TeamView;
import org.cinplan.platform.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Adding, refusing, disabling and resetting staff through the administration EJB on a real Payara and its database. */
@ExtendWith(ArquillianExtension.class)
class StaffAdministrationIT {

    private static final String PASSWORD = "tangerine lighthouse parade";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(StaffAdministrationIT.class);
    }

    @Inject
    private StaffAdministration administration;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PersistenceContext
    private EntityManager em;

    private static String newUsername() {
        return "it." + UUID.randomUUID().toString().substring(0, 8);
    }

    private TeamView aTeam() {
        List<TeamView> teams = asAdministrator.call(() -> administration.allTeams());
        assertThat(teams).as("the demo data's teams").isNotEmpty();
        return teams.get(0);
    }

    private StaffView create(String username, String fullName, String password) {
        TeamView team = aTeam();
        return asAdministrator.call(() -> administration.createStaffMember(new NewStaffMember(username, fullName,
                username + "@cinplan.example", team.id(), EnumSet.of(Role.SOCIAL_WORKER)), password));
    }

    @Test
    void aNewUserIsStoredWithAHashedPasswordAndTheChangeIsAuditedWithoutIt() {
        String username = newUsername();
        TeamView team = aTeam();

        StaffView created = create(username, "Robin Ashdown", PASSWORD);

        assertThat(created.id()).isPositive();
        assertThat(created.enabled()).isTrue();
        assertThat(created.teamId()).isEqualTo(team.id());
        assertThat(created.roles()).containsExactly(Role.SOCIAL_WORKER);
        String stored = storedHash(username);
        assertThat(stored).isNotNull().doesNotContain(PASSWORD).contains(":600000:");
        assertThat(passwordHash.verify(PASSWORD.toCharArray(), stored)).isTrue();

        List<String> audited = auditDetails(created.id());
        assertThat(audited).singleElement().asString().contains("Created " + username, "Robin Ashdown")
                .doesNotContain(PASSWORD, stored);
        assertThat(asAdministrator.call(() -> administration.staff("robin ASHDOWN", 0, 200)))
                .extracting(StaffView::username).contains(username);
    }

    @Test
    void aUsernameAlreadyTakenIsRefusedIgnoringCase() {
        String username = newUsername();
        create(username, "Sam Penhallow", PASSWORD);

        StaffDetailsRefused refused = catchThrowableOfType(
                () -> create(username.toUpperCase(), "Another Person", PASSWORD), StaffDetailsRefused.class);

        assertThat(refused).isNotNull();
        assertThat(refused.problemsWith(StaffField.USERNAME))
                .containsExactly("The username " + username.toUpperCase() + " is already taken; choose another.");
        assertThat(asAdministrator.call(() -> administration.countStaff(username))).isEqualTo(1);
    }

    @Test
    void aWeakPasswordIsRefusedWithThePolicysMessagesAndNothingIsStored() {
        String username = newUsername();

        StaffDetailsRefused refused = catchThrowableOfType(() -> create(username, "Kit Marlowe", "short"),
                StaffDetailsRefused.class);

        assertThat(refused).isNotNull();
        assertThat(refused.problemsWith(StaffField.PASSWORD))
                .isEqualTo(PasswordPolicy.standard().problems("short", username, "Kit Marlowe"))
                .contains("Your password must be at least 12 characters long; this one has 5."
                        + " Three random words together make a long password that is easy to remember.");
        assertThat(refused.problems()).containsOnlyKeys(StaffField.PASSWORD);
        assertThat(storedHash(username)).isNull();

        StaffDetailsRefused common = catchThrowableOfType(() -> create(username, "Kit Marlowe", "password1234"),
                StaffDetailsRefused.class);
        assertThat(common.problemsWith(StaffField.PASSWORD)).anySatisfy(p -> assertThat(p).startsWith("This password is too common"));
    }

    @Test
    void badDetailsAreAllReportedAtTheirFields() {
        StaffDetailsRefused refused = catchThrowableOfType(() -> asAdministrator.call(() ->
                administration.createStaffMember(new NewStaffMember("a b", " ", "nope", null, EnumSet.noneOf(Role.class)),
                        PASSWORD)), StaffDetailsRefused.class);

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).containsOnlyKeys(StaffField.USERNAME, StaffField.FULL_NAME, StaffField.EMAIL,
                StaffField.ROLES);
    }

    @Test
    void aDisabledUserCannotSignInUntilReEnabled() {
        String username = newUsername();
        StaffView created = create(username, "Alex Trevithick", PASSWORD);
        assertThat(signInHash(username)).isNotNull();

        StaffView disabled = asAdministrator.call(() -> administration.disable(created.id(), created.version()));

        assertThat(disabled.enabled()).isFalse();
        assertThat(signInHash(username)).as("the identity store's query finds no disabled user").isNull();
        assertThatThrownBy(() -> asAdministrator.call(() -> administration.disable(created.id(), disabled.version())))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage(username + " is already disabled");

        StaffView enabled = asAdministrator.call(() -> administration.enable(created.id(), disabled.version()));
        assertThat(enabled.enabled()).isTrue();
        assertThat(signInHash(username)).isNotNull();
        assertThat(auditDetails(created.id())).hasSize(3)
                .anySatisfy(d -> assertThat(d).startsWith("Disabled " + username))
                .anySatisfy(d -> assertThat(d).startsWith("Re-enabled " + username));
    }

    @Test
    void aChangeToAUserSomeoneElseChangedMeanwhileIsRefused() {
        StaffView created = create(newUsername(), "Jo Polglaze", PASSWORD);
        asAdministrator.call(() -> administration.disable(created.id(), created.version()));

        assertThatThrownBy(() -> asAdministrator.call(() -> administration.enable(created.id(), created.version())))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("Someone else changed this user; reload and try again");
        assertThat(asAdministrator.call(() -> administration.staffMember(created.id())).enabled()).isFalse();
    }

    @Test
    void aPasswordResetIsCheckedByThePolicyAndReplacesTheHash() {
        String username = newUsername();
        StaffView created = create(username, "Morgan Tregear", PASSWORD);
        String before = storedHash(username);

        StaffDetailsRefused refused = catchThrowableOfType(() -> asAdministrator.call(() ->
                administration.resetPassword(created.id(), created.version(), "morgan tregear 2026")),
                StaffDetailsRefused.class);
        assertThat(refused.problemsWith(StaffField.PASSWORD)).contains("Your password must not contain your name.");
        assertThat(storedHash(username)).isEqualTo(before);

        String replacement = "velvet harbour compass";
        asAdministrator.call(() -> administration.resetPassword(created.id(), created.version(), replacement));

        String after = storedHash(username);
        assertThat(after).isNotEqualTo(before);
        assertThat(passwordHash.verify(replacement.toCharArray(), after)).isTrue();
        assertThat(auditDetails(created.id())).anySatisfy(d -> assertThat(d).startsWith("Password reset for " + username + ": must choose a new one at next sign-in"))
                .allSatisfy(d -> assertThat(d).doesNotContain(replacement));
    }

    @Test
    void aCallerWithoutTheAdministratorRoleIsRefused() {
        assertThatThrownBy(() -> administration.staff(null, 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> administration.createStaffMember(new NewStaffMember("it.nobody", "No Body", null,
                null, EnumSet.of(Role.ADMINISTRATOR)), PASSWORD)).isInstanceOf(EJBAccessException.class);
    }

    private String storedHash(String username) {
        List<?> rows = em.createNativeQuery("select password_hash from staff_member where username = ?")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** The hash as the sign-in identity store's own query finds it: only for enabled users. */
    private String signInHash(String username) {
        List<?> rows = em.createNativeQuery("select password_hash from staff_member where username = ? and enabled = true")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    private List<String> auditDetails(long staffId) {
        return em.createQuery("select e.detail from AuditEntry e where e.recordType = 'StaffMember'"
                        + " and e.recordId = :id order by e.id", String.class)
                .setParameter("id", String.valueOf(staffId))
                .getResultList();
    }
}
