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

/** A statutory visit to the child. */
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

    @Version
    @Column(name = "row_version")
    private int version;

    protected Visit() {
    }

    public Visit(Episode episode, LocalDate visitDate, boolean childSeen, boolean seenAlone, String notAloneReason) {
        this.episode = Objects.requireNonNull(episode, "a visit belongs to an episode");
        this.visitDate = Objects.requireNonNull(visitDate, "the visit date is required");
        if (seenAlone && !childSeen) {
            throw new IllegalArgumentException("A child not seen cannot have been seen alone");
        }
        if (childSeen && !seenAlone && (notAloneReason == null || notAloneReason.isBlank())) {
            throw new IllegalArgumentException("Say why the child was not seen alone (for example, a baby)");
        }
        this.childSeen = childSeen;
        this.seenAlone = seenAlone;
        this.notAloneReason = notAloneReason;
    }

    /** The write-up on the child's record: the 2-working-day rule counts to this date. */
    public void recordWriteUp(LocalDate on) {
        Objects.requireNonNull(on, "written up on which date?");
        if (on.isBefore(visitDate)) {
            throw new IllegalArgumentException("A visit cannot be written up before it happened");
        }
        this.recordedOn = on;
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
}
