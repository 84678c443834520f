package org.cinplan.meetings;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/**
 * Someone to invite to a booked meeting: a family member or a professional, with their role or agency, and the email
 * address their calendar invitation goes to (optional: without one nobody is emailed).
 */
public record InviteeForm(
        @NotBlank(message = "Name the person to invite")
        @Size(max = 120, message = "The name can have at most 120 characters") String name,
        @NotBlank(message = "Give their role or agency (for example: mother, school, health visitor)")
        @Size(max = 120, message = "The role or agency can have at most 120 characters") String roleOrAgency,
        @Email(message = "Enter an email address such as name@example.org, or leave it empty")
        @Size(max = 254, message = "An email address can have at most 254 characters") String email)
        implements Serializable {

    /** Someone invited without an email address (told of the meeting some other way). */
    public InviteeForm(String name, String roleOrAgency) {
        this(name, roleOrAgency, null);
    }
}
