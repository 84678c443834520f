package org.cinplan.admin;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.platform.Validity;

/** A member of staff who signs in to cinplan. The password is only ever held as a PBKDF2 hash. */
@Entity
@EntityListeners(SignInStandings.Listener.class)
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ElementCollection(fetch = FetchType.LAZY) // read when asked for: an access check loads many staff, needs no roles
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** May approve the budget of a service a CIN plan of their council needs (BUDGET_APPROVAL); set by administrators. */
    @Column(name = "budget_holder", nullable = false)
    private boolean budgetHolder;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Moves on with every change of password, so that sessions signed in with an old one end. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Version
    @Column(name = "row_version")
    private int version;

    protected StaffMember() {
    }

    public StaffMember(String username, String fullName, String email, String passwordHash, Team team, Set<Role> roles) {
        this.username = Council.requireText(username, "username");
        this.fullName = Council.requireText(fullName, "full name");
        this.email = email;
        this.passwordHash = Council.requireText(passwordHash, "password hash");
        this.team = team;
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "A member of staff needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Team team() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(Objects.requireNonNull(role));
    }

    public boolean isBudgetHolder() {
        return budgetHolder;
    }

    /** Gives or takes away the permission to approve services' budgets (BUDGET_APPROVAL). */
    public void setBudgetHolder(boolean budgetHolder) {
        this.budgetHolder = budgetHolder;
    }

    /** The optimistic-locking version, which a form sends back so a stale change is refused. */
    public int version() {
        return version;
    }

    /** Stops this person signing in; their records and history stay. */
    public void disable() {
        this.enabled = false;
    }

    /** Lets this person sign in again. */
    public void enable() {
        this.enabled = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public int credentialsVersion() {
        return credentialsVersion;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /**
     * An administrator sets a password for someone who has forgotten theirs: they must choose their own at their next
     * sign-in, and the sessions they have open end.
     */
    public void resetPassword(String passwordHash) {
        replacePasswordHash(passwordHash);
        this.mustChangePassword = true;
    }

    /** Set-up gave this password (the first administrator's): the person must choose their own at sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The person chooses their own password: their other sessions end. */
    public void changeOwnPassword(String passwordHash) {
        replacePasswordHash(passwordHash);
        this.mustChangePassword = false;
    }

    private void replacePasswordHash(String passwordHash) {
        this.credentialsVersion++;
        this.passwordHash = Council.requireText(passwordHash, "password hash");
    }
}
