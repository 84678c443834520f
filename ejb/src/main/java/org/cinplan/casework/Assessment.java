package org.cinplan.casework;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A social work (single) assessment within an episode: started (initial, six-monthly, or asked for by a review), its
 * internal review, completed by the worker with the DfE factors identified and its outcome, then authorised by a team or
 * practice manager. It meets ASSESSMENT_DUE and ASSESSMENT_REFRESH once completed and authorised.
 */
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentReason reason = AssessmentReason.REVIEW_OUTCOME;

    @Column(name = "started_by", length = 60)
    private String startedBy;

    @Column(name = "internal_review_on")
    private LocalDate internalReviewOn;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_by", length = 60)
    private String completedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_factor", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "code", length = 4)
    private Set<String> factors = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AssessmentOutcome outcome;

    @Column(name = "authorised_on")
    private LocalDate authorisedOn;

    @Column(name = "authorised_by", length = 60)
    private String authorisedBy;

    @Version
    @Column(name = "row_version")
    private int version;

    protected Assessment() {
    }

    /** An updated assessment a review asked for, starting the day of the review. */
    public Assessment(Episode episode, LocalDate startedOn) {
        this.episode = Objects.requireNonNull(episode, "an assessment belongs to an episode");
        this.startedOn = Objects.requireNonNull(startedOn, "the assessment start date is required");
    }

    /** An assessment the worker starts: on an open case, dated from the referral up to today. */
    public static Assessment start(Episode episode, LocalDate on, AssessmentReason reason, String by, LocalDate today) {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed: no assessment starts on it");
        }
        CaseRecords.requireDate(on, today, episode.referralDate(), "the referral");
        Assessment assessment = new Assessment(episode, on);
        assessment.reason = Objects.requireNonNull(reason, "Say why the assessment starts");
        assessment.startedBy = by;
        return assessment;
    }

    public void recordInternalReview(LocalDate on, LocalDate today) {
        requireOpen();
        CaseRecords.requireDate(on, today, startedOn, "the assessment started");
        this.internalReviewOn = on;
    }

    /** Completed by the worker, with the factors identified ("21 No factors identified" only on its own) and the outcome. */
    public void complete(LocalDate on, LocalDate today, String by, Collection<String> factorCodes, AssessmentOutcome outcome) {
        requireOpen();
        CaseRecords.requireDate(on, today, startedOn, "the assessment started");
        if (factorCodes == null || factorCodes.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Choose the factors identified, or 21 No factors identified");
        }
        Set<String> codes = new TreeSet<>(factorCodes);
        codes.stream().filter(c -> AssessmentFactor.ofCode(c).isEmpty()).findFirst().ifPresent(c -> {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, c + " is not a DfE assessment factor code");
        });
        if (codes.contains(AssessmentFactor.NO_FACTORS) && codes.size() > 1) {
            throw new BusinessRuleViolation(Validity.CONSISTENT, "21 No factors identified cannot stand with other factors");
        }
        this.outcome = Objects.requireNonNull(outcome, "Choose the outcome of the assessment");
        this.factors.clear();
        this.factors.addAll(codes);
        this.completedOn = on;
        this.completedBy = Objects.requireNonNull(by);
    }

    /** Authorised by a team or practice manager, once completed: from then it meets its deadlines. */
    public void authorise(LocalDate on, LocalDate today, String by) {
        if (completedOn == null) {
            throw new BusinessRuleViolation("ASSESSMENT_DUE", "The assessment is not completed yet: it cannot be authorised");
        }
        if (authorisedOn != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The assessment was already authorised");
        }
        CaseRecords.requireDate(on, today, completedOn, "the assessment was completed");
        this.authorisedOn = on;
        this.authorisedBy = Objects.requireNonNull(by);
    }

    private void requireOpen() {
        if (completedOn != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "The assessment was completed on " + completedOn + ": it cannot change");
        }
    }

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public AssessmentReason reason() {
        return reason;
    }

    public String startedBy() {
        return startedBy;
    }

    public LocalDate internalReviewOn() {
        return internalReviewOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String completedBy() {
        return completedBy;
    }

    /** The factor codes, in code order. */
    public List<String> factors() {
        return List.copyOf(factors);
    }

    public AssessmentOutcome outcome() {
        return outcome;
    }

    public LocalDate authorisedOn() {
        return authorisedOn;
    }

    public String authorisedBy() {
        return authorisedBy;
    }

    public boolean isAuthorised() {
        return authorisedOn != null;
    }

    public int version() {
        return version;
    }
}
