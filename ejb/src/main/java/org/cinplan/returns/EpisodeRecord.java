package org.cinplan.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cinplan episode as the census read model reads it, and how a child's episodes become episodes of need
 * ({@code CINdetails}). cinplan opens a new episode when a child steps down from a child protection plan, but for the
 * DfE the child's episode of need went on all along: a step-up (a child protection plan replaced the CIN plan, with no
 * reason for closure) and the step-down episode after it are one {@code CINdetails}, with both CIN plans and, between
 * them, the child protection plan from its start to its end (its categories of abuse are not recorded yet, so rules
 * 8905 and 8910 name it).
 */
record EpisodeRecord(String type, LocalDate referralDate, String referralSource, LocalDate decisionDate, String primaryNeedCode,
                     LocalDate closureDate, String closureReason, LocalDate cpPlanStartDate, LocalDate cpPlanEndDate,
                     List<CensusAssessment> assessments) {

    static final String STEP_DOWN_FROM_CP = "STEP_DOWN_FROM_CP";

    /** A child protection plan replaced this episode's CIN plan, and the child's episode of need goes on. */
    boolean steppedUp() {
        return cpPlanStartDate != null && closureReason == null;
    }

    /** The child's episodes of need, from their cinplan episodes in referral order. */
    static List<CinDetails> episodesOfNeed(List<EpisodeRecord> inReferralOrder) {
        List<CinDetails> episodes = new ArrayList<>();
        Need current = null;
        for (EpisodeRecord record : inReferralOrder) {
            if (current != null && current.steppedUp && STEP_DOWN_FROM_CP.equals(record.type())) {
                current.stepDown(record);
            } else {
                if (current != null) {
                    episodes.add(current.build());
                }
                current = new Need(record);
            }
        }
        if (current != null) {
            episodes.add(current.build());
        }
        return episodes;
    }

    /** An episode of need being put together. */
    private static final class Need {
        private final LocalDate referralDate;
        private final String referralSource;
        private final String primaryNeedCode;
        private final List<CensusAssessment> assessments = new ArrayList<>();
        private final List<CinPlanPeriod> plans = new ArrayList<>();
        private final List<ChildProtectionPlan> cpPlans = new ArrayList<>();
        private LocalDate closureDate;
        private String reason;
        private boolean steppedUp;
        private LocalDate cpPlanStart;

        Need(EpisodeRecord first) {
            this.referralDate = first.referralDate();
            this.referralSource = first.referralSource();
            this.primaryNeedCode = first.primaryNeedCode();
            add(first);
        }

        private void add(EpisodeRecord record) {
            assessments.addAll(record.assessments());
            steppedUp = record.steppedUp();
            cpPlanStart = record.cpPlanStartDate();
            plans.add(new CinPlanPeriod(record.decisionDate(), steppedUp ? cpPlanStart : record.closureDate()));
            closureDate = steppedUp ? null : record.closureDate();
            reason = steppedUp ? null : record.closureReason();
        }

        void stepDown(EpisodeRecord record) {
            cpPlans.add(new ChildProtectionPlan(cpPlanStart, record.cpPlanEndDate(), null, null, null, List.of()));
            add(record);
        }

        CinDetails build() {
            if (steppedUp) {
                cpPlans.add(new ChildProtectionPlan(cpPlanStart, null, null, null, null, List.of()));
            }
            return new CinDetails(referralDate, referralSource, primaryNeedCode, closureDate, reason, null, assessments, plans,
                    List.of(), false, cpPlans);
        }
    }
}
