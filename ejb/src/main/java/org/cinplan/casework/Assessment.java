package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/** A social work assessment (single assessment) within an episode. */
@Entity
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Assessment() {
    }

    public Assessment(Episode episode, LocalDate startedOn) {
        this.episode = Objects.requireNonNull(episode, "an assessment belongs to an episode");
        this.startedOn = Objects.requireNonNull(startedOn, "the assessment start date is required");
    }

    public void complete(LocalDate on) {
        Objects.requireNonNull(on, "completed on which date?");
        if (on.isBefore(startedOn)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "An assessment cannot be completed before it started");
        }
        this.completedOn = on;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }
}
