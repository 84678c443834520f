package org.cinplan.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** Someone to invite to a booked meeting: a family member or a professional, with their role or agency. */
public record InviteeForm(
        @NotBlank(message = "Name the person to invite")
        @Size(max = 120, message = "The name can have at most 120 characters") String name,
        @NotBlank(message = "Give their role or agency (for example: mother, school, health visitor)")
        @Size(max = 120, message = "The role or agency can have at most 120 characters") String roleOrAgency)
        implements Serializable {
}
