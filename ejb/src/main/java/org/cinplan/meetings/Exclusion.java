package org.cinplan.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;

import java.util.Objects;
import org.cinplan.platform.Validity;

/**
 * A family member excluded from a meeting, or from whom information was withheld (EXCLUSION_ENDORSED, Berkshire West
 * review meetings): only with a Team or Assistant Team Manager's endorsement (a team manager or practice manager in
 * cinplan), and the excluded person's views are still recorded.
 */
@Embeddable
public class Exclusion {

    @Column(name = "person_name", nullable = false, length = 120)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExclusionScope scope;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "endorsed_by_id", nullable = false)
    private Long endorsedById;

    @Column(name = "endorsed_by_name", nullable = false, length = 120)
    private String endorsedByName;

    @Column(name = "person_views", nullable = false, length = 2000)
    private String personViews;

    protected Exclusion() {
    }

    public Exclusion(String personName, ExclusionScope scope, String reason, StaffMember endorsedBy, String personViews) {
        this.personName = required(personName, "Name the person who was excluded");
        this.scope = Objects.requireNonNull(scope, "Say whether they were excluded from the meeting or information was withheld");
        this.reason = required(reason, "Give the reason " + this.personName + " was excluded");
        if (endorsedBy == null || !(endorsedBy.hasRole(Role.TEAM_MANAGER) || endorsedBy.hasRole(Role.PRACTICE_MANAGER))) {
            throw new BusinessRuleViolation("EXCLUSION_ENDORSED",
                    "Excluding " + this.personName + " needs the endorsement of a Team or Assistant"
                    + " Team Manager: choose the team manager or practice manager who endorsed it (EXCLUSION_ENDORSED)");
        }
        this.endorsedById = endorsedBy.id();
        this.endorsedByName = endorsedBy.fullName();
        this.personViews = required(personViews, "Record " + this.personName + "'s views: they are recorded even when the"
                + " person is excluded (EXCLUSION_ENDORSED)");
    }

    private static String required(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, message);
        }
        return text.strip();
    }

    public String personName() {
        return personName;
    }

    public ExclusionScope scope() {
        return scope;
    }

    public String reason() {
        return reason;
    }

    public String endorsedByName() {
        return endorsedByName;
    }

    public String personViews() {
        return personViews;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Exclusion e && personName.equals(e.personName) && scope == e.scope && reason.equals(e.reason)
                && Objects.equals(endorsedById, e.endorsedById) && personViews.equals(e.personViews);
    }

    @Override
    public int hashCode() {
        return Objects.hash(personName, scope, reason, endorsedById, personViews);
    }
}
