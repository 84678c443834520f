package org.cinplan.casework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A child protection plan (issue 13 item 3; the census's ChildProtectionPlans with Reviews): started by an initial
 * child protection conference, on its date, with the initial category of abuse; the latest category and the review
 * conferences as they come; and its end. Started during a CIN plan it steps the case up: the CIN plan ends that day and
 * the episode goes on ({@link Episode#endForChildProtectionPlan}); ended with a step-down it starts a new CIN plan period
 * from its end ({@link Episode#stepDownFromChildProtection}).
 */
@Entity
@Table(name = "child_protection_plan")
public class ChildProtectionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "section47_id")
    private Section47Enquiry section47;

    @Column(name = "start_on", nullable = false)
    private LocalDate startOn;

    @Column(name = "initial_category", nullable = false, length = 3)
    private String initialCategory;

    @Column(name = "latest_category", nullable = false, length = 3)
    private String latestCategory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "child_protection_review", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "held_on")
    private Set<LocalDate> reviews = new TreeSet<>();

    @Column(name = "end_on")
    private LocalDate endOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "step_down_episode_id")
    private Episode stepDownEpisode;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Version
    @Column(name = "row_version")
    private int version;

    protected ChildProtectionPlan() {
    }

    /**
     * The plan the enquiry's initial conference made, starting on the conference's date. During a CIN plan this is the
     * step-up: the CIN plan ends that day and the episode stays open.
     */
    public static ChildProtectionPlan fromConference(Section47Enquiry enquiry, CategoryOfAbuse category, String by,
                                                     LocalDateTime changedAt) {
        if (enquiry.conferenceHeldOn() == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Record the initial child protection conference first: the plan starts on its date");
        }
        if (category == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose the category of abuse");
        }
        ChildProtectionPlan plan = new ChildProtectionPlan();
        plan.child = enquiry.child();
        plan.section47 = enquiry;
        plan.startOn = enquiry.conferenceHeldOn();
        plan.initialCategory = category.name();
        plan.latestCategory = category.name();
        plan.recordedBy = Objects.requireNonNull(by);
        Episode cinPlan = enquiry.episode();
        if (cinPlan != null && !cinPlan.isClosed()) {
            cinPlan.endForChildProtectionPlan(plan.startOn, changedAt);
        }
        return plan;
    }

    /** A review conference: after the plan started, while it is open, not in the future. */
    public void recordReview(LocalDate heldOn, LocalDate today) {
        requireOpen();
        if (heldOn == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the review conference");
        }
        CaseRecords.requireDate(heldOn, today, startOn.plusDays(1), "the day after the plan started");
        if (!reviews.add(heldOn)) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "A review conference on that day is already recorded");
        }
    }

    /** The category of abuse as it now stands (the census's LatestCategoryOfAbuse). */
    public void changeCategory(CategoryOfAbuse category) {
        requireOpen();
        this.latestCategory = Objects.requireNonNull(category, "Choose the category of abuse").name();
    }

    /**
     * The plan ends: after its start (not the same day, DfE 8840), not before its last review, not in the future. With
     * {@code stepDownTo} (the CIN plan opened from the end), the child steps down to a CIN plan in the same episode.
     */
    public void end(LocalDate on, LocalDate today, Episode stepDownTo) {
        requireOpen();
        if (on == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date the plan ended");
        }
        LocalDate notBefore = reviews.stream().max(LocalDate::compareTo).orElse(startOn.plusDays(1));
        CaseRecords.requireDate(on, today, notBefore, reviews.isEmpty() ? "the day after the plan started"
                : "its last review conference");
        if (stepDownTo != null && !on.equals(stepDownTo.childProtectionPlanEndDate())) {
            throw new BusinessRuleViolation(Validity.CONSISTENT, "The step-down plan starts from another day than this plan's end");
        }
        this.endOn = on;
        this.stepDownEpisode = stepDownTo;
    }

    private void requireOpen() {
        if (endOn != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The plan ended on " + endOn + ": it cannot change");
        }
    }

    public boolean isOpen() {
        return endOn == null;
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

    public Section47Enquiry section47() {
        return section47;
    }

    public LocalDate startOn() {
        return startOn;
    }

    public CategoryOfAbuse initialCategory() {
        return CategoryOfAbuse.valueOf(initialCategory);
    }

    public CategoryOfAbuse latestCategory() {
        return CategoryOfAbuse.valueOf(latestCategory);
    }

    /** The review conferences, in date order. */
    public List<LocalDate> reviews() {
        return List.copyOf(reviews);
    }

    public LocalDate endOn() {
        return endOn;
    }

    public Episode stepDownEpisode() {
        return stepDownEpisode;
    }
}
