package org.cinplan.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One cinplan episode, or one referral that stands on its own (closed with no further action, or not yet part of an
 * episode), as the census read model reads it, and how a child's records become episodes of need ({@code CINdetails}).
 * cinplan opens a new episode when a child steps down from a child protection plan, but for the DfE the child's episode
 * of need went on all along: a step-up (a child protection plan replaced the CIN plan, with no reason for closure) and
 * the step-down episode after it are one {@code CINdetails}, with both CIN plans and, between them, the child
 * protection plan: as recorded (categories of abuse, reviews) or, for a step-up recorded before child protection plans
 * were (V105), from its start to its end only (rules 8905 and 8910 then name it). A referral that went straight to a
 * strategy discussion and a child protection plan is the start of such an episode of need, with no CIN plan of its own.
 *
 * @param decisionDate  the decision that a CIN plan is needed; null for a referral on its own (no CIN plan)
 * @param section47s    the section 47 enquiries recorded on it
 * @param cpPlans       the child protection plans recorded from those enquiries
 * @param referralNfa   whether it is a referral closed with no further action
 */
record EpisodeRecord(String type, LocalDate referralDate, String referralSource, LocalDate decisionDate, String primaryNeedCode,
                     LocalDate closureDate, String closureReason, LocalDate cpPlanStartDate, LocalDate cpPlanEndDate,
                     List<CensusAssessment> assessments, List<Section47Enquiry> section47s,
                     List<ChildProtectionPlan> cpPlans, boolean referralNfa) {

    static final String STEP_DOWN_FROM_CP = "STEP_DOWN_FROM_CP";
    /** The type of a referral on its own. */
    static final String REFERRAL = "REFERRAL";
    /** The reason for closure of a referral closed with no further action. */
    static final String NFA_REASON = "RC8";

    EpisodeRecord {
        section47s = List.copyOf(section47s);
        cpPlans = List.copyOf(cpPlans);
    }

    /** A referral on its own: closed with no further action, or leading (so far) to no CIN plan. */
    static EpisodeRecord referral(LocalDate receivedOn, String source, String primaryNeed, LocalDate closedOn,
                                  boolean noFurtherAction, List<Section47Enquiry> section47s,
                                  List<ChildProtectionPlan> cpPlans) {
        LocalDate cpStart = cpPlans.stream().map(ChildProtectionPlan::startDate).min(LocalDate::compareTo).orElse(null);
        return new EpisodeRecord(REFERRAL, receivedOn, source, null, primaryNeed, closedOn,
                noFurtherAction ? NFA_REASON : null, cpStart, null, List.of(), section47s, cpPlans, noFurtherAction);
    }

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
        private final boolean referralNfa;
        private final List<CensusAssessment> assessments = new ArrayList<>();
        private final List<CinPlanPeriod> plans = new ArrayList<>();
        private final List<Section47Enquiry> section47s = new ArrayList<>();
        private final List<ChildProtectionPlan> cpPlans = new ArrayList<>();
        private LocalDate closureDate;
        private String reason;
        private boolean steppedUp;
        private boolean planRecorded;
        private LocalDate cpPlanStart;

        Need(EpisodeRecord first) {
            this.referralDate = first.referralDate();
            this.referralSource = first.referralSource();
            this.primaryNeedCode = first.primaryNeedCode();
            this.referralNfa = first.referralNfa();
            add(first);
        }

        private void add(EpisodeRecord record) {
            assessments.addAll(record.assessments());
            section47s.addAll(record.section47s());
            cpPlans.addAll(record.cpPlans());
            planRecorded = !record.cpPlans().isEmpty();
            steppedUp = record.steppedUp();
            cpPlanStart = record.cpPlanStartDate();
            if (record.decisionDate() != null) {
                plans.add(new CinPlanPeriod(record.decisionDate(), steppedUp ? cpPlanStart : record.closureDate()));
            }
            closureDate = steppedUp ? null : record.closureDate();
            reason = steppedUp ? null : record.closureReason();
        }

        void stepDown(EpisodeRecord record) {
            if (!planRecorded) {
                cpPlans.add(new ChildProtectionPlan(cpPlanStart, record.cpPlanEndDate(), null, null, null, List.of()));
            }
            add(record);
        }

        CinDetails build() {
            if (steppedUp && !planRecorded) {
                cpPlans.add(new ChildProtectionPlan(cpPlanStart, null, null, null, null, List.of()));
            }
            return new CinDetails(referralDate, referralSource, primaryNeedCode, closureDate, reason, null, assessments, plans,
                    section47s, referralNfa, cpPlans);
        }
    }
}
