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

/**
 * A child's identity and characteristics as the DfE Children in Need census asks for them, as a worker edits them.
 * {@code version} is the record's version when the worker opened it, so a change made meanwhile is not overwritten.
 */
public record ChildCharacteristics(
        @NotBlank(message = "Enter the child's given name") @Size(max = 80, message = "The given name can have at most 80 characters")
        String givenName,
        @NotBlank(message = "Enter the child's family name") @Size(max = 80, message = "The family name can have at most 80 characters")
        String familyName,
        @PastOrPresent(message = "The date of birth cannot be in the future") LocalDate dateOfBirth,
        LocalDate expectedBirthDate,
        @NotNull(message = "Choose the child's sex, or Not known") Sex sex,
        @Pattern(regexp = "[A-Z]{4}", message = "The ethnicity code is four capital letters, as the DfE census codes are (e.g. WBRI)")
        String ethnicity,
        @Pattern(regexp = UPN, message = "A UPN is a capital letter, 11 digits and a final digit or capital letter (13 characters)")
        String upn,
        @Pattern(regexp = UPN, message = "A former UPN is a capital letter, 11 digits and a final digit or capital letter")
        String formerUpn,
        @Pattern(regexp = "UN([1-9]|10)", message = "Choose the reason there is no UPN from the list")
        String upnUnknown,
        @NotEmpty(message = "Choose the child's disabilities, or \"No disability\"") Set<Disability> disabilities,
        @PastOrPresent(message = "The date of death cannot be in the future") LocalDate deathDate,
        int version) implements Serializable {

    static final String UPN = "[A-Z][0-9]{11}[0-9A-Z]";

    public ChildCharacteristics {
        ethnicity = blankToNull(ethnicity);
        upn = blankToNull(upn);
        formerUpn = blankToNull(formerUpn);
        upnUnknown = blankToNull(upnUnknown);
        disabilities = disabilities == null ? Set.of() : Set.copyOf(disabilities);
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
}
