package org.cinplan.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** An exclusion as the minute-taker records it (EXCLUSION_ENDORSED); the endorsing manager is chosen from staff. */
public class ExclusionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Name the person who was excluded")
    @Size(max = 120, message = "The excluded person's name can have at most 120 characters")
    private String personName;
    @NotNull(message = "Say whether they were excluded from the meeting or information was withheld")
    private ExclusionScope scope;
    @NotBlank(message = "Give the reason for the exclusion")
    @Size(max = 2000, message = "The reason can have at most 2,000 characters")
    private String reason;
    @NotNull(message = "Choose the Team or Assistant Team Manager who endorsed the exclusion (EXCLUSION_ENDORSED)")
    private Long endorsedByStaffId;
    @NotBlank(message = "Record the excluded person's views: they are recorded even when the person is excluded"
            + " (EXCLUSION_ENDORSED)")
    @Size(max = 2000, message = "The excluded person's views can have at most 2,000 characters")
    private String personViews;

    /** An empty row on the form. */
    public ExclusionForm() {
    }

    public ExclusionForm(String personName, ExclusionScope scope, String reason, Long endorsedByStaffId, String personViews) {
        this.personName = personName;
        this.scope = scope;
        this.reason = reason;
        this.endorsedByStaffId = endorsedByStaffId;
        this.personViews = personViews;
    }

    /** Nothing typed in this row: the form's spare row, which records no exclusion. */
    public boolean isBlank() {
        return !MinutesForm.given(personName) && scope == null && !MinutesForm.given(reason) && endorsedByStaffId == null
                && !MinutesForm.given(personViews);
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public ExclusionScope getScope() {
        return scope;
    }

    public void setScope(ExclusionScope scope) {
        this.scope = scope;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getEndorsedByStaffId() {
        return endorsedByStaffId;
    }

    public void setEndorsedByStaffId(Long endorsedByStaffId) {
        this.endorsedByStaffId = endorsedByStaffId;
    }

    public String getPersonViews() {
        return personViews;
    }

    public void setPersonViews(String personViews) {
        this.personViews = personViews;
    }
}
