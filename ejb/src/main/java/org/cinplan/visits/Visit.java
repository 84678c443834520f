package org.cinplan.visits;

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

import java.time.LocalDate;
import java.util.Objects;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

/**
 * A statutory visit to the child: when, announced or not, face to face or not, who visited (and their role), whether
 * the child was seen (alone), who was there and what it was for; then its write-up, the observations and outcomes on
 * the child's record, on the date the VISIT_RECORDED rule counts to. Only a face-to-face visit that saw the child
 * counts towards VISIT_INTERVAL. A visit to someone around the child ({@link VisitOf}) is kept on the record and
 * counts for nothing else.
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

    @Column(name = "face_to_face", nullable = false)
    private boolean faceToFace = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_of", nullable = false, length = 30)
    private VisitOf visitOf = VisitOf.CHILD;

    @Column(name = "person_visited", length = 200)
    private String personVisited;

    @Column(name = "visited_by", length = 200)
    private String visitedBy;

    @Column(name = "visitor_role", length = 100)
    private String visitorRole;

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

    /**
     * Who visited and how, and whom: face to face or not (BW App. 4: visits "take place, face to face"), the visitor
     * and their role, and the child or a person around the child, named.
     */
    public void describe(boolean faceToFace, String visitedBy, String visitorRole, VisitOf visitOf, String personVisited) {
        if (visitedBy == null || visitedBy.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say who visited");
        }
        if (visitorRole == null || visitorRole.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say the visitor's role");
        }
        VisitOf whom = visitOf == null ? VisitOf.CHILD : visitOf;
        if (whom != VisitOf.CHILD && (personVisited == null || personVisited.isBlank())) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Name the person visited (" + whom.label().toLowerCase() + ")");
        }
        this.faceToFace = faceToFace;
        this.visitedBy = visitedBy.strip();
        this.visitorRole = visitorRole.strip();
        this.visitOf = whom;
        this.personVisited = whom == VisitOf.CHILD ? null : personVisited.strip();
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

    public boolean isFaceToFace() {
        return faceToFace;
    }

    public VisitOf visitOf() {
        return visitOf;
    }

    /** The person around the child visited; null for a visit to the child. */
    public String personVisited() {
        return personVisited;
    }

    /** Absent for visits recorded before cinplan asked. */
    public String visitedBy() {
        return visitedBy;
    }

    /** Absent for visits recorded before cinplan asked. */
    public String visitorRole() {
        return visitorRole;
    }
}
