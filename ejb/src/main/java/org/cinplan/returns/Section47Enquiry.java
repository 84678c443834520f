package org.cinplan.returns;

import java.time.LocalDate;

/**
 * A {@code Section47} group: the enquiry's start, the target date for the initial child protection conference, the
 * conference's date, and whether none was needed ({@code ICPCnotRequired}).
 */
public record Section47Enquiry(LocalDate actualStartDate, LocalDate initialCpcTarget, LocalDate dateOfInitialCpc,
                               Boolean icpcNotRequired) {
}
