package org.cinplan.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.cinplan.casework.Episode;

import java.time.LocalDate;
import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/**
 * A statutory visit to the child: when, announced or not, whether the child was seen (alone), who was there and
 * what it was for; then its write-up, the observations and outcomes on the child's record, on the date the
 * VISIT_RECORDED rule counts to.
 */
@Entity
public class Visit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(name = "child_seen", nullable = false)
    private boolean childSeen;

    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;

    @Column(name = "not_alone_reason", length = 500)
    private String notAloneReason;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "announced")
    private Boolean announced;

    @Column(name = "people_present", length = 500)
    private String peoplePresent;

    @Column(length = 1000)
    private String purpose;

    @Column(length = 4000)
    private String observations;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Visit() {
    }

    public Visit(Episode episode, LocalDate visitDate, boolean announced, boolean childSeen, boolean seenAlone,
                 String notAloneReason, String peoplePresent, String purpose) {
        this.episode = Objects.requireNonNull(episode, "a visit belongs to an episode");
        this.visitDate = Objects.requireNonNull(visitDate, "the visit date is required");
        if (purpose == null || purpose.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say what the visit was for");
        }
        if (seenAlone && !childSeen) {
            throw new BusinessRuleViolation(Validity.CONSISTENT, "A child not seen cannot have been seen alone");
        }
        if (childSeen && !seenAlone && (notAloneReason == null || notAloneReason.isBlank())) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Say why the child was not seen alone (for example, a baby)");
        }
        this.childSeen = childSeen;
        this.seenAlone = seenAlone;
        this.notAloneReason = notAloneReason;
        this.announced = announced;
        this.peoplePresent = peoplePresent;
        this.purpose = purpose.strip();
    }

    /** The write-up on the child's record: the 2-working-day rule counts to this date. Written up once. */
    public void recordWriteUp(LocalDate on, String observations) {
        Objects.requireNonNull(on, "written up on which date?");
        if (recordedOn != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "This visit was already written up on " + recordedOn);
        }
        if (on.isBefore(visitDate)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "A visit cannot be written up before it happened");
        }
        if (observations == null || observations.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Write what you observed and its outcomes to record the write-up");
        }
        this.recordedOn = on;
        this.observations = observations.strip();
    }

    public boolean isWrittenUp() {
        return recordedOn != null;
    }

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public LocalDate visitDate() {
        return visitDate;
    }

    public boolean isChildSeen() {
        return childSeen;
    }

    public boolean isSeenAlone() {
        return seenAlone;
    }

    public String notAloneReason() {
        return notAloneReason;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    /** Absent for visits recorded before cinplan asked. */
    public Boolean announced() {
        return announced;
    }

    public String peoplePresent() {
        return peoplePresent;
    }

    public String purpose() {
        return purpose;
    }

    public String observations() {
        return observations;
    }
}
