package org.cinplan.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child new to cinplan, as a worker types them when opening their first episode (the page binds to it): in one of the worker's families
 * ({@code familyId}) or in a new family, named {@code newFamilyName} or else after the child's family name.
 */
public class NewChild implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter the child's given name")
    @Size(max = 80, message = "The given name can have at most 80 characters")
    private String givenName;
    @NotBlank(message = "Enter the child's family name")
    @Size(max = 80, message = "The family name can have at most 80 characters")
    private String familyName;
    @NotNull(message = "Enter the child's date of birth")
    @PastOrPresent(message = "The date of birth cannot be in the future")
    private LocalDate dateOfBirth;
    @NotNull(message = "Choose the child's sex, or Not known")
    private Sex sex;
    @Pattern(regexp = "[A-Z]{4}", message = "The ethnicity code is four capital letters, as the DfE census codes are (e.g. WBRI)")
    private String ethnicity;
    private boolean disabled;
    private Long familyId;
    @Size(max = 120, message = "The family's name can have at most 120 characters")
    private String newFamilyName;

    /** The name of the new family: as typed, else "<family name> family". */
    public String familyNameForNewFamily() {
        return newFamilyName != null ? newFamilyName : familyName.strip() + " family";
    }

    private static String strippedOrNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
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
        this.ethnicity = strippedOrNull(ethnicity);
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public Long getFamilyId() {
        return familyId;
    }

    public void setFamilyId(Long familyId) {
        this.familyId = familyId;
    }

    public String getNewFamilyName() {
        return newFamilyName;
    }

    public void setNewFamilyName(String newFamilyName) {
        this.newFamilyName = strippedOrNull(newFamilyName);
    }
}
