package org.cinplan.casework;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * A parent, carer or other key family member of a child: relationship, parental responsibility, where they live,
 * how to reach them, and any learning or communication need or interpreter language.
 */
public record PersonAroundTheChildForm(
        @NotBlank(message = "Enter their name") @Size(max = 200, message = "Give the name in at most 200 characters") String fullName,
        @NotBlank(message = "Say how they are related to the child (for example, father)")
        @Size(max = 100, message = "Give the relationship in at most 100 characters") String relationship,
        boolean parentalResponsibility,
        boolean livesWithChild,
        @Size(max = 500, message = "Give the address in at most 500 characters") String address,
        @Pattern(regexp = "^$|^[0-9 +()-]{6,40}$", message = "Enter a telephone number of digits, spaces, +, ( ) or -")
        String phone,
        @Email(message = "Enter an email address such as name@example.org")
        @Size(max = 254, message = "Give the email address in at most 254 characters") String email,
        @Size(max = 1000, message = "Describe the need in at most 1,000 characters") String communicationNeed,
        @Size(max = 100, message = "Give the language in at most 100 characters") String interpreterLanguage)
        implements Serializable {

    /** Someone who does not live with the child needs an address (the policies ask where the people around the child live). */
    @AssertTrue(message = "Give the address of someone who does not live with the child")
    public boolean isAddressGivenWhenLivingElsewhere() {
        return livesWithChild || (address != null && !address.isBlank());
    }
}
