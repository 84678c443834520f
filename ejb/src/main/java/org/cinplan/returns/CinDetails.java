package org.cinplan.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One episode of need ({@code CINdetails}): the referral, its source and the primary need, the closure and its reason,
 * and the episode's assessments, CIN plan periods, section 47 enquiries and child protection plans. {@code referralNfa}
 * is null when not known: it is then left out of the file, and rule 8568 refuses the episode.
 */
public record CinDetails(LocalDate referralDate, String referralSource, String primaryNeedCode, LocalDate closureDate,
                         String reasonForClosure, LocalDate dateOfInitialCpc, List<CensusAssessment> assessments,
                         List<CinPlanPeriod> cinPlans, List<Section47Enquiry> section47s, Boolean referralNfa,
                         List<ChildProtectionPlan> childProtectionPlans) {

    public CinDetails {
        assessments = List.copyOf(Objects.requireNonNullElse(assessments, List.of()));
        cinPlans = List.copyOf(Objects.requireNonNullElse(cinPlans, List.of()));
        section47s = List.copyOf(Objects.requireNonNullElse(section47s, List.of()));
        childProtectionPlans = List.copyOf(Objects.requireNonNullElse(childProtectionPlans, List.of()));
    }

    /** A referral that led to no further action. */
    public boolean isNoFurtherAction() {
        return Boolean.TRUE.equals(referralNfa);
    }

    /** The same episode with only these modules (the ones a return includes). */
    CinDetails withModules(List<CensusAssessment> keptAssessments, List<CinPlanPeriod> keptPlans,
                           List<Section47Enquiry> keptSection47s, List<ChildProtectionPlan> keptCpPlans) {
        return new CinDetails(referralDate, referralSource, primaryNeedCode, closureDate, reasonForClosure,
                dateOfInitialCpc, keptAssessments, keptPlans, keptSection47s, referralNfa, keptCpPlans);
    }
}
