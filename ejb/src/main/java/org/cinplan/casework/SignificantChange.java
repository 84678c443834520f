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

import java.time.LocalDate;
import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/** A significant change in the family's circumstances: an early review is due (Suffolk 4.1). */
@Entity
@Table(name = "significant_change")
public class SignificantChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, updatable = false, length = 2000)
    private String description;

    protected SignificantChange() {
    }

    public SignificantChange(Episode episode, LocalDate occurredOn, String description) {
        this.episode = Objects.requireNonNull(episode, "a change belongs to an episode");
        this.occurredOn = Objects.requireNonNull(occurredOn, "when did it happen?");
        if (description == null || description.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Describe the change");
        }
        this.description = description.strip();
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }
}
