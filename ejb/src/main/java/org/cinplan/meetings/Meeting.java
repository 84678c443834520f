package org.cinplan.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.cinplan.casework.Episode;
import org.cinplan.schedule.MeetingKind;

import java.time.LocalDate;
import java.util.Objects;

/** A CIN meeting that was held, with the dates its minutes set. */
@Entity
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "minutes_distributed_on")
    private LocalDate minutesDistributedOn;

    @Column(name = "next_review_date")
    private LocalDate nextReviewDate;

    @Column(name = "plan_update_date")
    private LocalDate planUpdateDate;

    @Column(name = "outside_window_rationale", length = 2000)
    private String outsideWindowRationale;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Meeting() {
    }

    public Meeting(Episode episode, MeetingKind kind, LocalDate heldOn) {
        this.episode = Objects.requireNonNull(episode, "a meeting belongs to an episode");
        this.kind = Objects.requireNonNull(kind, "initial or review?");
        this.heldOn = Objects.requireNonNull(heldOn, "the date the meeting was held is required");
        if (heldOn.isBefore(episode.decisionDate())) {
            throw new IllegalArgumentException("A CIN meeting cannot be held before the decision");
        }
    }

    /** The minutes set the next review date and the date to update the plan. */
    public void setDatesInMinutes(LocalDate nextReview, LocalDate planUpdate) {
        if (nextReview != null && !nextReview.isAfter(heldOn)) {
            throw new IllegalArgumentException("The next review must be after this meeting");
        }
        this.nextReviewDate = nextReview;
        this.planUpdateDate = planUpdate;
    }

    public void recordMinutesDistributed(LocalDate on) {
        Objects.requireNonNull(on, "distributed on which date?");
        if (on.isBefore(heldOn)) {
            throw new IllegalArgumentException("Minutes cannot be distributed before the meeting");
        }
        this.minutesDistributedOn = on;
    }

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public MeetingKind kind() {
        return kind;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalDate minutesDistributedOn() {
        return minutesDistributedOn;
    }

    public LocalDate nextReviewDate() {
        return nextReviewDate;
    }

    public LocalDate planUpdateDate() {
        return planUpdateDate;
    }

    public String outsideWindowRationale() {
        return outsideWindowRationale;
    }
}
