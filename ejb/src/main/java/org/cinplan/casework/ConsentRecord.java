package org.cinplan.casework;

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
import jakarta.persistence.Table;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.EpisodeType;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The family's consent to the CIN plan, or its refusal or withdrawal, with the date and who gave it (CONSENT; BW "During
 * the meeting", App. 2). A refusal or withdrawal on a plan after child protection is put to a manager of the case's team,
 * named here. Never changed once recorded: a later change of mind is a new record.
 */
@Entity
@Table(name = "consent_record")
class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ConsentKind kind;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(name = "given_by", nullable = false, updatable = false, length = 200)
    private String givenBy;

    @Column(updatable = false, length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    @Column(name = "escalated_to", updatable = false, length = 60)
    private String escalatedTo;

    protected ConsentRecord() {
    }

    /**
     * On an open case, dated from the CIN decision to today; who gave it (a parent, the young person); on a step-down case
     * a refusal or withdrawal names the manager it was put to.
     */
    public static ConsentRecord record(Episode episode, ConsentKind kind, LocalDate on, LocalDate today, String givenBy,
                                       String note, String recordedBy, String escalatedTo) {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed: nothing more is recorded on it");
        }
        CaseRecords.requireDate(on, today, episode.decisionDate(), "the CIN decision");
        if (givenBy == null || givenBy.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say who gave or refused consent (for example, the mother)");
        }
        boolean afterChildProtection = episode.type() == EpisodeType.STEP_DOWN_FROM_CP;
        if (Objects.requireNonNull(kind, "Say whether consent was given, refused or withdrawn").isRefusal()
                && afterChildProtection && (escalatedTo == null || escalatedTo.isBlank())) {
            throw new BusinessRuleViolation("CONSENT", "This plan followed child protection: a refusal or withdrawal of consent is"
                    + " put to a manager of the case's team. Choose the manager (CONSENT)");
        }
        ConsentRecord record = new ConsentRecord();
        record.episode = episode;
        record.kind = kind;
        record.givenOn = on;
        record.givenBy = givenBy.strip();
        record.note = note == null || note.isBlank() ? null : note.strip();
        record.recordedBy = Objects.requireNonNull(recordedBy);
        record.escalatedTo = kind.isRefusal() && afterChildProtection ? escalatedTo : null;
        return record;
    }

    public Long id() {
        return id;
    }

    public ConsentKind kind() {
        return kind;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String givenBy() {
        return givenBy;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String escalatedTo() {
        return escalatedTo;
    }
}
