package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/** A child known to children's social care, identified as the DfE census does (LAchildID). */
@Entity
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "family_id")
    private Family family;

    @Column(name = "la_child_id", nullable = false, unique = true, length = 20)
    private String laChildId;

    @Column(name = "given_name", nullable = false, length = 80)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 80)
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(length = 4)
    private String ethnicity;

    @Column(length = 13)
    private String upn;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "former_upn", length = 13)
    private String formerUpn;

    @Column(name = "upn_unknown", length = 4)
    private String upnUnknown;

    @Column(name = "expected_birth_date")
    private LocalDate expectedBirthDate;

    @Column(name = "death_date")
    private LocalDate deathDate;

    /** The census disability codes, comma-separated; null when never recorded. */
    @Column(name = "disability_codes", length = 80)
    private String disabilityCodes;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Child() {
    }

    /**
     * A child new to cinplan. A child said not to be disabled has the census disability "No disability"; a disabled
     * child's disabilities are chosen on their record (until then the census's rule 8540 names them).
     */
    public Child(Family family, String laChildId, String givenName, String familyName, LocalDate dateOfBirth,
                 Sex sex, String ethnicity, boolean disabled) {
        this.family = Objects.requireNonNull(family, "a child belongs to a family");
        this.laChildId = requireText(laChildId, "local authority child id");
        this.givenName = requireText(givenName, "given name");
        this.familyName = requireText(familyName, "family name");
        this.dateOfBirth = dateOfBirth;
        this.sex = Objects.requireNonNull(sex, "sex is required (U when not known)");
        this.ethnicity = ethnicity;
        this.disabled = disabled;
        this.disabilityCodes = disabled ? null : Disability.NONE.name();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "A " + what + " is required");
        }
        return value.strip();
    }

    /** Records the census characteristics as a worker corrected them (validated by the service). */
    public void recordCharacteristics(ChildCharacteristics details) {
        this.givenName = requireText(details.getGivenName(), "given name");
        this.familyName = requireText(details.getFamilyName(), "family name");
        this.dateOfBirth = details.getDateOfBirth();
        this.expectedBirthDate = details.getExpectedBirthDate();
        this.sex = Objects.requireNonNull(details.getSex(), "sex is required (U when not known)");
        this.ethnicity = details.getEthnicity();
        this.upn = details.getUpn();
        this.formerUpn = details.getFormerUpn();
        this.upnUnknown = details.getUpnUnknown();
        this.deathDate = details.getDeathDate();
        this.disabilityCodes = details.getDisabilities().stream().map(Disability::name).sorted()
                .collect(Collectors.joining(","));
        this.disabled = details.isDisabled();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String upn() {
        return upn;
    }

    public String formerUpn() {
        return formerUpn;
    }

    public String upnUnknown() {
        return upnUnknown;
    }

    public LocalDate expectedBirthDate() {
        return expectedBirthDate;
    }

    public LocalDate deathDate() {
        return deathDate;
    }

    /** The recorded census disability codes; empty when none were recorded. */
    public Set<Disability> disabilities() {
        if (disabilityCodes == null || disabilityCodes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(disabilityCodes.split(",")).map(Disability::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Disability.class)));
    }

    public Family family() {
        return family;
    }

    public String laChildId() {
        return laChildId;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Sex sex() {
        return sex;
    }

    public String ethnicity() {
        return ethnicity;
    }

    public boolean isDisabled() {
        return disabled;
    }
}
