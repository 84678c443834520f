package org.cinplan.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.casework.Episode;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A CIN meeting that was held: its minutes, the dates they set, who came, and what it decided for the case. */
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

    @Column(name = "chair_name", length = 120)
    private String chairName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chair_staff_id")
    private StaffMember chairStaff;

    @Column(name = "minute_taker_name", length = 120)
    private String minuteTakerName;

    @Column(name = "child_attended")
    private Boolean childAttended;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_views_form", length = 20)
    private ChildViewsForm childViewsForm;

    @Column(name = "child_absence_reason", length = 500)
    private String childAbsenceReason;

    @Column(name = "equality_diversity")
    private Boolean equalityDiversityConsidered;

    @Column(name = "recorded_by", length = 60)
    private String recordedBy;

    @Embedded
    private MinutesSections minutes;

    @Column(name = "child_views", length = 2000)
    private String childViews;

    /** Whether a review found the plan progressed since the last meeting; null for an initial meeting. */
    @Column(name = "plan_progressed")
    private Boolean planProgressed;

    @Column(name = "disagreement", length = 2000)
    private String disagreement;

    @Column(name = "disagreement_action", length = 2000)
    private String disagreementAction;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private ReviewOutcome outcome;

    @Column(name = "plan_amendments", length = 4000)
    private String planAmendments;

    @Column(name = "lead_professional_name", length = 120)
    private String leadProfessionalName;

    @Column(name = "lead_professional_agency", length = 120)
    private String leadProfessionalAgency;

    @ElementCollection
    @CollectionTable(name = "meeting_exclusion", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "list_position")
    private List<Exclusion> exclusions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "minutes_recipient", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "list_position")
    @Column(name = "recipient", length = 200)
    private List<String> minutesRecipients = new ArrayList<>();

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
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "A CIN meeting cannot be held before the decision");
        }
    }

    /** The minutes set the next review date and the date to update the plan. */
    public void setDatesInMinutes(LocalDate nextReview, LocalDate planUpdate) {
        if (nextReview != null && !nextReview.isAfter(heldOn)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The next review must be after this meeting");
        }
        this.nextReviewDate = nextReview;
        this.planUpdateDate = planUpdate;
    }

    /**
     * Who chaired and who took the minutes: never the same person (CHAIR_NOT_MINUTE_TAKER), and never a Family
     * Support Practitioner in the chair (CHAIR_NOT_FSP). A chair from the staff list is named by their record.
     */
    public void recordChairAndMinuteTaker(StaffMember chairFromStaff, String chairName, String minuteTaker) {
        String chair = chairFromStaff != null ? chairFromStaff.fullName() : chairName;
        if (chair == null || chair.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Name the chair of the meeting");
        }
        if (minuteTaker == null || minuteTaker.isBlank()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Name the minute-taker");
        }
        if (chairFromStaff != null && chairFromStaff.hasRole(Role.FAMILY_SUPPORT_PRACTITIONER)) {
            throw new BusinessRuleViolation("CHAIR_NOT_FSP",
                    chairFromStaff.fullName() + " is a Family Support Practitioner and cannot chair"
                    + " a CIN meeting (CHAIR_NOT_FSP, Suffolk 4.3)");
        }
        if (samePerson(chair, minuteTaker)) {
            throw new BusinessRuleViolation("CHAIR_NOT_MINUTE_TAKER",
                    "The chair cannot also take the minutes: name a different minute-taker"
                    + " (CHAIR_NOT_MINUTE_TAKER)");
        }
        this.chairStaff = chairFromStaff;
        this.chairName = chair.strip();
        this.minuteTakerName = minuteTaker.strip();
    }

    /** Two names are one person when they match ignoring case and spacing ("Sam  Walker" = "sam walker"). */
    public static boolean samePerson(String one, String other) {
        return one != null && other != null && normalised(one).equals(normalised(other));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }

    /**
     * The child's part in the meeting (CHILD_VIEWS): they attended, or their views came in another form, or the
     * reason they did not attend is recorded; and equality and diversity were on the agenda (EQUALITY_DIVERSITY).
     */
    public void recordChildAndAgenda(boolean attended, ChildViewsForm viewsForm, String absenceReason,
                                     boolean equalityDiversityConsidered) {
        boolean reasonGiven = absenceReason != null && !absenceReason.isBlank();
        if (!attended && viewsForm == null && !reasonGiven) {
            throw new BusinessRuleViolation("CHILD_VIEWS",
                    "Record the child's views: that they attended, the form their views took,"
                    + " or why they did not attend (CHILD_VIEWS)");
        }
        if (!equalityDiversityConsidered) {
            throw new BusinessRuleViolation("EQUALITY_DIVERSITY",
                    "Equality, diversity and the child's cultural background must be considered"
                    + " at every CIN meeting (EQUALITY_DIVERSITY)");
        }
        this.childAttended = attended;
        this.childViewsForm = attended ? null : viewsForm;
        this.childAbsenceReason = attended || !reasonGiven ? null : absenceReason.strip();
        this.equalityDiversityConsidered = true;
    }

    /** Why the next review was set outside the council's window (Suffolk 4.6). */
    public void recordOutsideWindowRationale(String rationale) {
        this.outsideWindowRationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
    }

    public void recordedBy(String username) {
        this.recordedBy = Objects.requireNonNull(username, "recorded by whom?");
    }

    /**
     * The written minutes, and the child's views as given (CHILD_VIEWS): required when the child attended or gave their
     * views in another form, so call {@link #recordChildAndAgenda} first.
     */
    public void recordMinutes(MinutesSections sections, String childViewsGiven) {
        this.minutes = Objects.requireNonNull(sections, "the sections of the minutes are required");
        boolean viewsGiven = Boolean.TRUE.equals(childAttended) || childViewsForm != null;
        if (viewsGiven && (childViewsGiven == null || childViewsGiven.isBlank())) {
            throw new BusinessRuleViolation("CHILD_VIEWS",
                    "Record what the child said: their views are part of the minutes (CHILD_VIEWS)");
        }
        this.childViews = childViewsGiven == null || childViewsGiven.isBlank() ? null : childViewsGiven.strip();
    }

    /**
     * Whether the plan progressed since the last meeting: every review says (CONSULTANT_MAY_CHAIR_3RD counts reviews
     * without progress); an initial meeting has no plan yet, so it records nothing.
     */
    public void recordPlanProgress(Boolean progressed) {
        if (kind == MeetingKind.REVIEW && progressed == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Say whether the plan has progressed since the last meeting");
        }
        this.planProgressed = kind == MeetingKind.REVIEW ? progressed : null;
    }

    /** A difference of opinion, with the action proposed under the escalation policy (DIFFERENCE_OF_OPINION). */
    public void recordDifferenceOfOpinion(String whatWasDisputed, String proposedAction) {
        boolean disputed = whatWasDisputed != null && !whatWasDisputed.isBlank();
        boolean actionGiven = proposedAction != null && !proposedAction.isBlank();
        if (disputed != actionGiven) {
            throw new BusinessRuleViolation("DIFFERENCE_OF_OPINION", disputed
                    ? "Record the action proposed to resolve the difference of opinion (DIFFERENCE_OF_OPINION)"
                    : "Describe the difference of opinion the proposed action resolves (DIFFERENCE_OF_OPINION)");
        }
        this.disagreement = disputed ? whatWasDisputed.strip() : null;
        this.disagreementAction = actionGiven ? proposedAction.strip() : null;
    }

    public void recordExclusion(Exclusion exclusion) {
        exclusions.add(Objects.requireNonNull(exclusion, "which exclusion?"));
    }

    /**
     * What the meeting decided for the case. Closing or stepping down names the lead professional who takes over
     * (LEAD_PROFESSIONAL_ON_CLOSE) and sets no next review; any other outcome sets one. A review that continues the plan
     * notes its amendments (or that there are none).
     */
    public void recordOutcome(ReviewOutcome decided, String amendments, String leadProfessional, String leadAgency) {
        Objects.requireNonNull(decided, "Choose the outcome of the meeting");
        boolean leadNamed = leadProfessional != null && !leadProfessional.isBlank();
        boolean agencyNamed = leadAgency != null && !leadAgency.isBlank();
        if (decided.endsThePlan()) {
            if (!leadNamed || !agencyNamed) {
                throw new BusinessRuleViolation("LEAD_PROFESSIONAL_ON_CLOSE",
                        "Name the lead professional who takes over, and their role or agency,"
                        + " before the case closes (LEAD_PROFESSIONAL_ON_CLOSE)");
            }
            if (nextReviewDate != null) {
                throw new BusinessRuleViolation(Validity.CONSISTENT,
                        "The case closes at this meeting: leave the next review date empty");
            }
        } else if (nextReviewDate == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter the date of the next review set in the minutes");
        }
        boolean amendmentsNoted = amendments != null && !amendments.isBlank();
        if (decided == ReviewOutcome.CONTINUE && kind == MeetingKind.REVIEW && !amendmentsNoted) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Note the amendments to the plan, or that there are none, when it continues");
        }
        this.outcome = decided;
        this.planAmendments = amendmentsNoted ? amendments.strip() : null;
        this.leadProfessionalName = decided.endsThePlan() ? leadProfessional.strip() : null;
        this.leadProfessionalAgency = decided.endsThePlan() ? leadAgency.strip() : null;
    }

    /** The minutes were sent on this date to these people (MINUTES_DISTRIBUTED). */
    public void recordMinutesDistributed(LocalDate on, List<String> recipients) {
        List<String> named = recipients == null ? List.of()
                : recipients.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        if (named.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say who the minutes were sent to");
        }
        if (minutesDistributedOn != null) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "The distribution of these minutes was already recorded, on "
                    + Dates.full(minutesDistributedOn));
        }
        recordMinutesDistributed(on);
        minutesRecipients.clear();
        minutesRecipients.addAll(named);
    }

    public void recordMinutesDistributed(LocalDate on) {
        Objects.requireNonNull(on, "distributed on which date?");
        if (on.isBefore(heldOn)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "Minutes cannot be distributed before the meeting");
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

    public String chairName() {
        return chairName;
    }

    public StaffMember chairStaff() {
        return chairStaff;
    }

    public String minuteTakerName() {
        return minuteTakerName;
    }

    public Boolean childAttended() {
        return childAttended;
    }

    public ChildViewsForm childViewsForm() {
        return childViewsForm;
    }

    public String childAbsenceReason() {
        return childAbsenceReason;
    }

    public Boolean equalityDiversityConsidered() {
        return equalityDiversityConsidered;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public MinutesSections minutes() {
        return minutes;
    }

    public String childViews() {
        return childViews;
    }

    public Boolean planProgressed() {
        return planProgressed;
    }

    public String disagreement() {
        return disagreement;
    }

    public String disagreementAction() {
        return disagreementAction;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String planAmendments() {
        return planAmendments;
    }

    public String leadProfessionalName() {
        return leadProfessionalName;
    }

    public String leadProfessionalAgency() {
        return leadProfessionalAgency;
    }

    public List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }

    public List<String> minutesRecipients() {
        return List.copyOf(minutesRecipients);
    }
}
