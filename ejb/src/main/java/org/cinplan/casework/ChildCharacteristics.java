package org.cinplan.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A child's identity and characteristics as the DfE Children in Need census asks for them, as the child page shows
 * them and as a worker edits them (the form binds to a {@link #copy()}); codes typed blank read as none.
 * {@code version} is the record's version when the worker opened it, so a change made meanwhile is not overwritten.
 */
public class ChildCharacteristics implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the child's given name")
    @Size(max = 80, message = "The given name can have at most 80 characters")
    private String givenName;
    @NotBlank(message = "Enter the child's family name")
    @Size(max = 80, message = "The family name can have at most 80 characters")
    private String familyName;
    @PastOrPresent(message = "The date of birth cannot be in the future")
    private LocalDate dateOfBirth;
    private LocalDate expectedBirthDate;
    @NotNull(message = "Choose the child's sex, or Not known")
    private Sex sex;
    @Pattern(regexp = "[A-Z]{4}", message = "The ethnicity code is four capital letters, as the DfE census codes are (e.g. WBRI)")
    private String ethnicity;
    @Pattern(regexp = UPN, message = "A UPN is a capital letter, 11 digits and a final digit or capital letter (13 characters)")
    private String upn;
    @Pattern(regexp = UPN, message = "A former UPN is a capital letter, 11 digits and a final digit or capital letter")
    private String formerUpn;
    @Pattern(regexp = "UN([1-9]|10)", message = "Choose the reason there is no UPN from the list")
    private String upnUnknown;
    @NotEmpty(message = "Choose the child's disabilities, or \"No disability\"")
    private Set<Disability> disabilities = new TreeSet<>();
    @PastOrPresent(message = "The date of death cannot be in the future")
    private LocalDate deathDate;
    private int version;

    static final String UPN = "[A-Z][0-9]{11}[0-9A-Z]";

    /** The child's details as recorded. */
    public static ChildCharacteristics of(Child child) {
        ChildCharacteristics details = new ChildCharacteristics();
        details.givenName = child.givenName();
        details.familyName = child.familyName();
        details.dateOfBirth = child.dateOfBirth();
        details.expectedBirthDate = child.expectedBirthDate();
        details.sex = child.sex();
        details.ethnicity = child.ethnicity();
        details.upn = child.upn();
        details.formerUpn = child.formerUpn();
        details.upnUnknown = child.upnUnknown();
        details.disabilities = new TreeSet<>(child.disabilities());
        details.deathDate = child.deathDate();
        details.version = child.version();
        return details;
    }

    /** The same details, for a form to edit while the page still shows what is recorded. */
    public ChildCharacteristics copy() {
        ChildCharacteristics copy = new ChildCharacteristics();
        copy.givenName = givenName;
        copy.familyName = familyName;
        copy.dateOfBirth = dateOfBirth;
        copy.expectedBirthDate = expectedBirthDate;
        copy.sex = sex;
        copy.ethnicity = ethnicity;
        copy.upn = upn;
        copy.formerUpn = formerUpn;
        copy.upnUnknown = upnUnknown;
        copy.disabilities = new TreeSet<>(disabilities);
        copy.deathDate = deathDate;
        copy.version = version;
        return copy;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.UK);
    }

    /**
     * A UPN and a reason for having none contradict each other. Having neither is allowed: a record is often opened
     * before the school answers, and the rest of it must still be saved; the census check asks for one in-year.
     */
    @AssertTrue(message = "Give either the UPN or the reason there is none, not both")
    public boolean isUpnOrReasonForNone() {
        return upn == null || upnUnknown == null;
    }

    @AssertTrue(message = "Give the date of birth or, for an unborn child, the expected date of birth")
    public boolean isBirthOrExpectedBirth() {
        return dateOfBirth != null ^ expectedBirthDate != null;
    }

    @AssertTrue(message = "\"No disability\" cannot be chosen with a disability")
    public boolean isNoneAlone() {
        return !disabilities.contains(Disability.NONE) || disabilities.size() == 1;
    }

    @AssertTrue(message = "The date of death cannot come before the date of birth")
    public boolean isDeathAfterBirth() {
        return deathDate == null || dateOfBirth == null || !deathDate.isBefore(dateOfBirth);
    }

    /** The ethnicity as people read it ("WBRI White British"), or null when none is recorded. */
    public String ethnicityLabel() {
        return Ethnicity.labelOf(ethnicity);
    }

    /** Disabled, for the deadline rules that exempt disabled children: any disability but NONE. */
    public boolean isDisabled() {
        return !disabilities.isEmpty() && !disabilities.contains(Disability.NONE);
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public LocalDate getExpectedBirthDate() {
        return expectedBirthDate;
    }

    public void setExpectedBirthDate(LocalDate expectedBirthDate) {
        this.expectedBirthDate = expectedBirthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = blankToNull(ethnicity);
    }

    public String getUpn() {
        return upn;
    }

    public void setUpn(String upn) {
        this.upn = blankToNull(upn);
    }

    public String getFormerUpn() {
        return formerUpn;
    }

    public void setFormerUpn(String formerUpn) {
        this.formerUpn = blankToNull(formerUpn);
    }

    public String getUpnUnknown() {
        return upnUnknown;
    }

    public void setUpnUnknown(String upnUnknown) {
        this.upnUnknown = blankToNull(upnUnknown);
    }

    public Set<Disability> getDisabilities() {
        return disabilities;
    }

    public void setDisabilities(Set<Disability> disabilities) {
        this.disabilities = disabilities == null ? new TreeSet<>() : new TreeSet<>(disabilities);
    }

    public LocalDate getDeathDate() {
        return deathDate;
    }

    public void setDeathDate(LocalDate deathDate) {
        this.deathDate = deathDate;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
