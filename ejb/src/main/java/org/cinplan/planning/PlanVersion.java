package org.cinplan.planning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cinplan.platform.Decided;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Objects;

/**
 * One numbered version of a CIN plan. Only its {@link CinPlan} changes it: a draft's contents are replaced as the
 * worker edits; once submitted the contents are frozen, and only the decision, the family's sign-off and the dates
 * the agreed plan was sent are added.
 */
@Entity
@Table(name = "cin_plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", updatable = false)
    private CinPlan plan;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    /** UTC. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "submitted_by", length = 60)
    private String submittedBy;

    /** UTC. */
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Embedded
    @AttributeOverride(name = "comments", column = @Column(name = "decision_comments", length = 2000))
    private Decided decided;

    @Column(length = 4000)
    private String needs;

    @Column(name = "child_views", length = 4000)
    private String childViews;

    @Column(name = "family_views", length = 4000)
    private String familyViews;

    @Column(name = "roles_responsibilities", length = 4000)
    private String rolesAndResponsibilities;

    @Column(length = 4000)
    private String contingency;

    @Column(name = "bottom_line", length = 4000)
    private String bottomLine;

    @Column(name = "review_points", length = 4000)
    private String reviewPoints;

    @Column(length = 4000)
    private String strengths;

    @Column(name = "protective_factors", length = 4000)
    private String protectiveFactors;

    @Column(length = 4000)
    private String risks;

    @Column(name = "grey_areas", length = 4000)
    private String greyAreas;

    @Column(name = "target_sustainability", length = 4000)
    private String targetSustainability;

    @Column(name = "fgc_considered", length = 4000)
    private String familyGroupConference;

    @Column(name = "young_carers", length = 4000)
    private String youngCarers;

    @Column(name = "made_understandable", length = 4000)
    private String madeUnderstandable;

    @Column(name = "court_agreement", length = 4000)
    private String courtAgreement;

    @ElementCollection
    @CollectionTable(name = "cin_plan_outcome", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    private List<OutcomeLine> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cin_plan_action", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    private List<ActionLine> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cin_plan_service", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    private List<ServiceLine> services = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cin_plan_recipient", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    private List<RecipientLine> recipients = new ArrayList<>();

    @Column(name = "family_signed_off_by", length = 200)
    private String familySignedOffBy;

    @Column(name = "family_signed_off_on")
    private LocalDate familySignedOffOn;

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected PlanVersion() {
    }

    PlanVersion(CinPlan plan, int number, String createdBy, LocalDateTime createdAt, PlanContents contents) {
        this.plan = Objects.requireNonNull(plan, "a version belongs to a plan");
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(createdBy, "created by whom?");
        this.createdAt = Objects.requireNonNull(createdAt, "created when?");
        replaceContents(contents);
    }

    void replaceContents(PlanContents contents) {
        needs = PlanText.tidy(contents.needs());
        childViews = PlanText.tidy(contents.childViews());
        familyViews = PlanText.tidy(contents.familyViews());
        rolesAndResponsibilities = PlanText.tidy(contents.rolesAndResponsibilities());
        contingency = PlanText.tidy(contents.contingency());
        bottomLine = PlanText.tidy(contents.bottomLine());
        reviewPoints = PlanText.tidy(contents.reviewPoints());
        PlanContext context = contents.context();
        strengths = PlanText.tidy(context.strengths());
        protectiveFactors = PlanText.tidy(context.protectiveFactors());
        risks = PlanText.tidy(context.risks());
        greyAreas = PlanText.tidy(context.greyAreas());
        targetSustainability = PlanText.tidy(context.targetSustainability());
        familyGroupConference = PlanText.tidy(context.familyGroupConference());
        youngCarers = PlanText.tidy(context.youngCarers());
        madeUnderstandable = PlanText.tidy(context.madeUnderstandable());
        courtAgreement = PlanText.tidy(context.courtAgreement());
        outcomes.clear();
        contents.outcomes().forEach(o -> outcomes.add(new OutcomeLine(o)));
        actions.clear();
        contents.actions().forEach(a -> actions.add(new ActionLine(a)));
        services.clear();
        contents.services().forEach(s -> services.add(new ServiceLine(s)));
        recipients.clear();
        contents.recipients().forEach(r -> recipients.add(new RecipientLine(r)));
    }

    void submit(String by, LocalDateTime at) {
        status = VersionStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    void decide(VersionStatus decision, String by, LocalDateTime at, String comments) {
        status = decision;
        decided = new Decided(by, at, PlanText.tidy(comments));
    }

    /** Records the budget holder's decision on the service at this line. */
    void recordBudgetDecision(int line, ServiceProvision decided) {
        services.set(line, new ServiceLine(decided));
    }

    /** Whether this person wrote or submitted this version: its author, who may not approve it (SEPARATION_OF_DUTIES). */
    public boolean isAuthoredBy(String username) {
        return username != null && (username.equals(createdBy) || username.equals(submittedBy));
    }

    void supersede() {
        status = VersionStatus.SUPERSEDED;
    }

    void recordFamilySignOff(String signedBy, LocalDate on) {
        familySignedOffBy = signedBy.strip();
        familySignedOffOn = on;
    }

    /** Marks every recipient not yet sent the plan as sent it on this date; how many that was. */
    int recordSent(LocalDate on) {
        return recordSent(on, recipient -> true);
    }

    /** Records these recipients, of those not yet sent it, as sent this version on this date; returns how many. */
    int recordSent(LocalDate on, Predicate<PlanRecipient> which) {
        int sent = 0;
        for (int i = 0; i < recipients.size(); i++) {
            PlanRecipient recipient = recipients.get(i).value();
            if (recipient.sentOn() == null && which.test(recipient)) {
                recipients.set(i, new RecipientLine(recipient.sent(on)));
                sent++;
            }
        }
        return sent;
    }

    public PlanContents contents() {
        return new PlanContents(needs, outcomes.stream().map(OutcomeLine::value).toList(),
                actions.stream().map(ActionLine::value).toList(), services.stream().map(ServiceLine::value).toList(),
                childViews, familyViews, rolesAndResponsibilities, contingency, bottomLine, reviewPoints,
                recipients.stream().map(RecipientLine::value).toList(), new PlanContext(strengths, protectiveFactors, risks,
                greyAreas, targetSustainability, familyGroupConference, youngCarers, madeUnderstandable, courtAgreement));
    }

    public CinPlan plan() {
        return plan;
    }

    public int number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decided == null ? null : decided.by();
    }

    /** UTC. */
    public LocalDateTime decidedAt() {
        return decided == null ? null : decided.at();
    }

    public String decisionComments() {
        return decided == null ? null : decided.comments();
    }

    public String familySignedOffBy() {
        return familySignedOffBy;
    }

    public LocalDate familySignedOffOn() {
        return familySignedOffOn;
    }
}
