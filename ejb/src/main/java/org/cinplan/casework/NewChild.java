package org.cinplan.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child new to cinplan, as a worker types them when opening their first episode: in one of the worker's families
 * ({@code familyId}) or in a new family, named {@code newFamilyName} or else after the child's family name.
 */
public record NewChild(
        @NotBlank(message = "Enter the child's given name") @Size(max = 80, message = "The given name can have at most 80 characters")
        String givenName,
        @NotBlank(message = "Enter the child's family name") @Size(max = 80, message = "The family name can have at most 80 characters")
        String familyName,
        @NotNull(message = "Enter the child's date of birth")
        @PastOrPresent(message = "The date of birth cannot be in the future") LocalDate dateOfBirth,
        @NotNull(message = "Choose the child's sex, or Not known") Sex sex,
        @Pattern(regexp = "[A-Z]{4}", message = "The ethnicity code is four capital letters, as the DfE census codes are (e.g. WBRI)")
        String ethnicity,
        boolean disabled,
        Long familyId,
        @Size(max = 120, message = "The family's name can have at most 120 characters") String newFamilyName)
        implements Serializable {

    public NewChild {
        ethnicity = ethnicity == null || ethnicity.isBlank() ? null : ethnicity.strip();
        newFamilyName = newFamilyName == null || newFamilyName.isBlank() ? null : newFamilyName.strip();
    }

    /** The name of the new family: as typed, else "<family name> family". */
    public String familyNameForNewFamily() {
        return newFamilyName != null ? newFamilyName : familyName.strip() + " family";
    }
}
