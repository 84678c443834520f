package org.cinplan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Decided;
import org.cinplan.platform.CheckRule;
import org.cinplan.platform.Validity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A review's proposal to close the case or step it down (CLOSURE_APPROVED, SF 4.11(i); BW outcomes): the case closes
 * only when a manager of its team agrees, on the day they agree, with the DfE reason for closure they choose; or the
 * manager returns it with comments and the case goes on.
 */
@Entity
@Table(name = "closure_proposal")
public class ClosureProposal {

    /** Where a proposal stands. */
    public enum State {
        PROPOSED, AGREED, RETURNED
    }

    private static final String CLOSURE_APPROVED = CheckRule.CLOSURE_APPROVED.name();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "step_down", nullable = false, updatable = false)
    private boolean stepDown;

    @Column(name = "proposed_on", nullable = false, updatable = false)
    private LocalDate proposedOn;

    @Column(name = "proposed_by", nullable = false, updatable = false, length = 60)
    private String proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Embedded
    private Decided decided;

    @Column(name = "reason_code", length = 4)
    private String reasonCode;

    @Version
    @Column(name = "row_version", nullable = false)
    private int version;

    protected ClosureProposal() {
    }

    /** The review held on {@code proposedOn} proposes to close (or step down) the open case. */
    public static ClosureProposal propose(Episode episode, Long meetingId, boolean stepDown, LocalDate proposedOn,
                                          String proposedBy) {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED, "The case has closed already");
        }
        ClosureProposal proposal = new ClosureProposal();
        proposal.episode = episode;
        proposal.meetingId = meetingId;
        proposal.stepDown = stepDown;
        proposal.proposedOn = Objects.requireNonNull(proposedOn, "proposed when?");
        proposal.proposedBy = Objects.requireNonNull(proposedBy, "proposed by whom?");
        proposal.state = State.PROPOSED;
        return proposal;
    }

    /**
     * The manager agrees: the case closes today (the agreement's date) with the DfE reason for closure chosen.
     *
     * @param changedAt now in UTC, by the caller's clock
     */
    void agree(String manager, LocalDate today, String reason, LocalDateTime changedAt) {
        requireOpenDecision(manager);
        if (reason == null || !reason.matches("RC[1-9]")) {
            throw new BusinessRuleViolation(Validity.KNOWN_VALUE, "Choose the reason for closure (RC1 to RC9)");
        }
        episode.close(today, reason, changedAt);
        episode.markChanged(changedAt);
        state = State.AGREED;
        decided = new Decided(manager, changedAt, null);
        reasonCode = reason;
    }

    /** The manager does not agree yet: the case goes on, and the worker reads why. */
    void returnWithComments(String manager, String why, LocalDateTime at) {
        requireOpenDecision(manager);
        if (why == null || why.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say why the case should not close yet");
        }
        state = State.RETURNED;
        decided = new Decided(manager, at, why.strip());
    }

    private void requireOpenDecision(String manager) {
        if (state != State.PROPOSED) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "This proposal was already decided");
        }
        if (manager.equals(proposedBy)) {
            throw new BusinessRuleViolation(CLOSURE_APPROVED, "The closure you proposed is agreed by another manager"
                    + " of the team (CLOSURE_APPROVED)");
        }
    }

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public boolean isStepDown() {
        return stepDown;
    }

    public LocalDate proposedOn() {
        return proposedOn;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public State state() {
        return state;
    }

    public String decidedBy() {
        return decided == null ? null : decided.by();
    }

    /** UTC. */
    public LocalDateTime decidedAt() {
        return decided == null ? null : decided.at();
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String comments() {
        return decided == null ? null : decided.comments();
    }

    public int version() {
        return version;
    }
}
