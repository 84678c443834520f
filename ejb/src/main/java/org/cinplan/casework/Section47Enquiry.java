package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.StatutoryTarget;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A strategy discussion and the section 47 enquiry it started (issue 13 item 3; the census's Section47 group): facts,
 * not a child protection workflow. It is held during a CIN plan (a step-up, on the {@link Episode}) or straight after a
 * referral (on the {@link Referral}). The initial child protection conference's target is ICPC_WITHIN_15WD from the
 * strategy discussion, as the deadline engine works it out; the conference is then held, or found not required.
 */
@Entity
@Table(name = "section47_enquiry")
public class Section47Enquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "strategy_discussion_on", nullable = false)
    private LocalDate strategyDiscussionOn;

    @Column(name = "icpc_target", nullable = false)
    private LocalDate conferenceTarget;

    @Column(name = "enquiry_started_on")
    private LocalDate enquiryStartedOn;

    @Column(name = "icpc_held_on")
    private LocalDate conferenceHeldOn;

    @Column(name = "icpc_not_required", nullable = false)
    private boolean conferenceNotRequired;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Section47Enquiry() {
    }

    /** A strategy discussion held during the child's open CIN plan (a step-up). */
    public static Section47Enquiry duringEpisode(Episode episode, LocalDate heldOn, StatutoryTarget conference,
                                                 String by, LocalDate today) {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed: no strategy discussion is recorded on it");
        }
        Section47Enquiry enquiry = held(episode.child(), heldOn, episode.referralDate(), "the referral", conference, by, today);
        enquiry.episode = episode;
        return enquiry;
    }

    /** A strategy discussion the referral went straight to. */
    public static Section47Enquiry afterReferral(Referral referral, LocalDate heldOn, StatutoryTarget conference,
                                                 String by, LocalDate today) {
        if (referral.decision() != ReferralDecision.STRATEGY_DISCUSSION) {
            throw new BusinessRuleViolation(Validity.CONSISTENT,
                    "Record the decision to hold a strategy discussion on the referral first");
        }
        Section47Enquiry enquiry = held(referral.child(), heldOn, referral.receivedOn(), "the referral", conference, by, today);
        enquiry.referral = referral;
        enquiry.episode = referral.episode();
        return enquiry;
    }

    private static Section47Enquiry held(Child child, LocalDate heldOn, LocalDate notBefore, String what,
                                         StatutoryTarget conference, String by, LocalDate today) {
        if (heldOn == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the strategy discussion");
        }
        CaseRecords.requireDate(heldOn, today, notBefore, what);
        Objects.requireNonNull(conference, "the conference's target from the deadline engine");
        if (!conference.countsFrom().equals(heldOn)) {
            throw new BusinessRuleViolation(Validity.CONSISTENT,
                    "The conference's target counts from another day than the strategy discussion");
        }
        Section47Enquiry enquiry = new Section47Enquiry();
        enquiry.child = child;
        enquiry.strategyDiscussionOn = heldOn;
        enquiry.conferenceTarget = conference.dueDate();
        enquiry.recordedBy = Objects.requireNonNull(by);
        return enquiry;
    }

    /** The referral it followed led to this episode: the enquiry is part of it. */
    void partOf(Episode opened) {
        if (episode == null && referral != null && referral.episode() == opened) {
            this.episode = opened;
        }
    }

    /** The section 47 enquiry started: not before the strategy discussion, nor after its conference. */
    public void startEnquiry(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date the section 47 enquiry started");
        }
        CaseRecords.requireDate(on, today, strategyDiscussionOn, "the strategy discussion");
        if (conferenceHeldOn != null && on.isAfter(conferenceHeldOn)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The enquiry cannot start after its conference");
        }
        this.enquiryStartedOn = on;
    }

    /** The initial child protection conference was held (on a working day, after the enquiry started). */
    public void recordConference(LocalDate heldOn, LocalDate today) {
        requireUndecided();
        if (enquiryStartedOn == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Record the date the section 47 enquiry started first");
        }
        if (heldOn == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the conference");
        }
        CaseRecords.requireDate(heldOn, today, enquiryStartedOn, "the section 47 enquiry started");
        if (heldOn.getDayOfWeek().getValue() > 5) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "A conference is not held at a weekend: check the date");
        }
        this.conferenceHeldOn = heldOn;
    }

    /** The enquiry found that no initial child protection conference is needed. */
    public void conferenceNotRequired() {
        requireUndecided();
        if (enquiryStartedOn == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Record the date the section 47 enquiry started first");
        }
        this.conferenceNotRequired = true;
    }

    private void requireUndecided() {
        if (conferenceHeldOn != null || conferenceNotRequired) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The enquiry's conference is already recorded");
        }
    }

    /** Neither held nor found not required yet. */
    public boolean isOpen() {
        return conferenceHeldOn == null && !conferenceNotRequired;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Child child() {
        return child;
    }

    /** The CIN episode it was held during, or the one its referral joined; null otherwise. */
    public Episode episode() {
        return episode;
    }

    public Referral referral() {
        return referral;
    }

    public LocalDate strategyDiscussionOn() {
        return strategyDiscussionOn;
    }

    public LocalDate conferenceTarget() {
        return conferenceTarget;
    }

    public LocalDate enquiryStartedOn() {
        return enquiryStartedOn;
    }

    public LocalDate conferenceHeldOn() {
        return conferenceHeldOn;
    }

    public boolean isConferenceNotRequired() {
        return conferenceNotRequired;
    }
}
