package org.cinplan.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cinplan.casework.Episode;

import java.time.LocalDate;
import java.util.Objects;

/** The approval of an episode's CIN plan (Suffolk 3.8: before the plan is in force). */
@Entity
@Table(name = "plan_approval")
class PlanApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Column(name = "approved_on", nullable = false, updatable = false)
    private LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false, updatable = false, length = 60)
    private String approvedBy;

    protected PlanApproval() {
    }

    public PlanApproval(Episode episode, LocalDate approvedOn, String approvedBy) {
        this.episode = Objects.requireNonNull(episode, "an approval belongs to an episode");
        this.approvedOn = Objects.requireNonNull(approvedOn, "approved on which date?");
        this.approvedBy = Objects.requireNonNull(approvedBy, "approved by whom?");
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }
}
