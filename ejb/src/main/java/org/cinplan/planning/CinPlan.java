package org.cinplan.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cinplan.admin.Council;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.casework.Episode;
import org.cinplan.platform.BusinessRuleViolation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cinplan.platform.Validity;

/**
 * The CIN plan of an episode, kept as numbered versions. The latest version is edited while it is a draft; submitting
 * freezes it for a consultant social worker or practice manager (PLAN_APPROVAL, Suffolk procedure 3.8), who approves
 * it (it becomes the plan in force) or returns it with comments; no one approves a version they wrote or submitted, nor
 * the budget of a service it asks for (SEPARATION_OF_DUTIES), and a budget holder of the case's council decides each
 * service's budget (BUDGET_APPROVAL) before the plan can be approved. A change after that starts a new draft from the
 * latest version, so every earlier version stays readable.
 */
@Entity
@Table(name = "cin_plan")
class CinPlan {

    private static final Set<Role> APPROVERS = Set.of(Role.CONSULTANT_SOCIAL_WORKER, Role.PRACTICE_MANAGER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "episode_id", updatable = false)
    private Episode episode;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private int rowVersion;

    protected CinPlan() {
    }

    private CinPlan(Episode episode) {
        this.episode = Objects.requireNonNull(episode, "a plan belongs to an episode");
    }

    /** A new plan for the episode: an empty first draft. */
    public static CinPlan draftFor(Episode episode, String author, LocalDateTime at) {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED,
                    "The case closed on " + PlanText.date(episode.closureDate())
                    + ": a plan cannot be started on it");
        }
        CinPlan plan = new CinPlan(episode);
        plan.versions.add(new PlanVersion(plan, 1, author, at, PlanContents.none()));
        return plan;
    }

    /**
     * Replaces the draft's contents with what the worker entered. The author only asks for services: each keeps the
     * budget holder's decision on the same request already in the draft, and any other awaits its budget holder.
     */
    public void editDraft(PlanContents contents) {
        requireOpenCase();
        PlanVersion draft = draft("changed");
        Objects.requireNonNull(contents, "the plan's contents");
        List<ServiceProvision> decided = draft.contents().services().stream()
                .filter(s -> s.budgetApproval().isDecided()).toList();
        List<ServiceProvision> services = contents.services().stream()
                .map(asked -> decided.stream().filter(asked::isSameBudgetRequestAs).findFirst()
                        .map(d -> asked.decided(d.budgetApproval(), d.budgetHolder(), d.budgetDecidedOn()))
                        .orElseGet(asked::asked))
                .toList();
        draft.replaceContents(contents.with(services, contents.recipients()));
    }

    /** Freezes the draft and asks for it to be agreed. A plan needs its needs, outcomes, actions and contingency. */
    public PlanVersion submit(String by, LocalDateTime at) {
        requireOpenCase();
        PlanVersion draft = draft("submitted");
        PlanContents contents = draft.contents();
        List<String> missing = new ArrayList<>();
        if (PlanText.isBlank(contents.needs())) {
            missing.add("the child's needs");
        }
        if (contents.outcomes().isEmpty()) {
            missing.add("at least one SMART outcome");
        }
        if (contents.actions().isEmpty()) {
            missing.add("at least one action with the person or agency responsible");
        }
        if (PlanText.isBlank(contents.contingency())) {
            missing.add("a contingency plan");
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "The plan cannot be submitted for approval without " + String.join(", ", missing) + ".");
        }
        draft.submit(by, at);
        return draft;
    }

    /**
     * Agrees the submitted version: it becomes the plan in force and the one it replaces is kept as superseded.
     * Services that need resources must have their budget holder's approval first (BUDGET_APPROVAL).
     */
    public PlanVersion approve(String by, Set<Role> approverRoles, LocalDateTime at) {
        PlanVersion submitted = submittedFor("approve", approverRoles);
        if (submitted.isAuthoredBy(by)) {
            throw new BusinessRuleViolation("PLAN_APPROVAL",
                    "You wrote or submitted version " + submitted.number() + " of this plan, so you"
                    + " cannot approve it: another consultant social worker or practice manager must"
                    + " (SEPARATION_OF_DUTIES: no one approves their own plan)");
        }
        List<String> unfunded = submitted.contents().services().stream()
                .filter(s -> s.needsBudgetApproval() && s.budgetApproval() != BudgetApproval.APPROVED)
                .map(s -> PlanText.quote(s.service()) + " (" + s.budgetApproval().label().toLowerCase(Locale.UK) + ")")
                .toList();
        if (!unfunded.isEmpty()) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL",
                    "The plan cannot be agreed until the budget holder has approved "
                    + String.join(", ", unfunded) + " (BUDGET_APPROVAL): return it, or wait for the budget decision.");
        }
        currentApproved().ifPresent(PlanVersion::supersede);
        submitted.decide(VersionStatus.APPROVED, by, at, null);
        return submitted;
    }

    /** Whether this person, in these roles, may approve the version now waiting for approval. */
    public boolean mayBeApprovedBy(String username, Set<Role> roles) {
        PlanVersion latest = latest();
        return latest.status() == VersionStatus.SUBMITTED && roles.stream().anyMatch(APPROVERS::contains)
                && !latest.isAuthoredBy(username);
    }

    /**
     * A budget holder approves or refuses the budget of a service the version waiting for approval asks for
     * (BUDGET_APPROVAL). Only a budget holder of the case's council decides, never on a plan they wrote or submitted
     * (SEPARATION_OF_DUTIES), and only once: the decision, who made it and the day are kept with the service.
     */
    public ServiceProvision decideBudget(int line, BudgetApproval decision, StaffMember holder, LocalDate on) {
        if (decision == null || !decision.isDecided()) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL", "Approve or refuse the service's budget");
        }
        Council council = episode.child().family().council();
        if (!mayDecideBudgets(holder)) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL", "Only a budget holder of " + council.name()
                    + " can approve or refuse the budget of a service in this plan (BUDGET_APPROVAL)");
        }
        PlanVersion latest = latest();
        if (latest.status() != VersionStatus.SUBMITTED) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL",
                    "Version " + latest.number() + " is " + latest.status().label().toLowerCase(Locale.UK)
                    + ": a service's budget is decided while the plan waits for approval");
        }
        if (latest.isAuthoredBy(holder.username())) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL",
                    "You wrote or submitted version " + latest.number() + " of this plan, so you"
                    + " cannot decide the budget it asks for: another budget holder of " + council.name()
                    + " must (SEPARATION_OF_DUTIES: no one approves their own request)");
        }
        List<ServiceProvision> services = latest.contents().services();
        if (line < 0 || line >= services.size()) {
            throw new BusinessRuleViolation(Validity.STALE,
                    "That service is not in version " + latest.number() + ": reload the plan");
        }
        ServiceProvision asked = services.get(line);
        if (!asked.needsBudgetApproval()) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL",
                    "The service " + PlanText.quote(asked.service()) + " needs no budget approval");
        }
        if (asked.budgetApproval() != BudgetApproval.AWAITING) {
            throw new BusinessRuleViolation("BUDGET_APPROVAL",
                    "The budget of " + PlanText.quote(asked.service()) + " was already "
                    + asked.budgetApproval().label().toLowerCase(Locale.UK) + " by " + asked.budgetHolder() + " on "
                    + PlanText.date(asked.budgetDecidedOn()));
        }
        ServiceProvision decided = asked.decided(decision, holder.username(), Objects.requireNonNull(on, "decided on?"));
        latest.recordBudgetDecision(line, decided);
        return decided;
    }

    /**
     * Whether this member of staff may decide the budgets this plan asks for now: a budget holder of the case's council
     * who did not write or submit the version waiting for approval, while one of its services awaits its budget holder.
     */
    public boolean budgetsMayBeDecidedBy(StaffMember holder) {
        PlanVersion latest = latest();
        return mayDecideBudgets(holder) && latest.status() == VersionStatus.SUBMITTED
                && !latest.isAuthoredBy(holder.username())
                && latest.contents().services().stream().anyMatch(s -> s.budgetApproval() == BudgetApproval.AWAITING);
    }

    /** A budget holder of the case's council. */
    private boolean mayDecideBudgets(StaffMember staff) {
        return staff.isBudgetHolder() && staff.team() != null
                && staff.team().council().code().equals(episode.child().family().council().code());
    }

    /** Sends the submitted version back to the worker with what needs to change; they revise it in a new draft. */
    public PlanVersion returnForChanges(String by, Set<Role> approverRoles, String comments, LocalDateTime at) {
        PlanVersion submitted = submittedFor("return", approverRoles);
        if (PlanText.isBlank(comments)) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Say what needs to change before returning the plan");
        }
        submitted.decide(VersionStatus.RETURNED, by, at, comments);
        return submitted;
    }

    /** A new draft, starting from the latest version, once that version is approved or was returned. */
    public PlanVersion startNewDraft(String by, LocalDateTime at) {
        requireOpenCase();
        PlanVersion latest = latest();
        switch (latest.status()) {
            case DRAFT -> throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "Version " + latest.number() + " is already a draft: edit it");
            case SUBMITTED -> throw new BusinessRuleViolation("PLAN_APPROVAL", "Version " + latest.number()
                    + " is waiting to be approved: it can be changed once it is approved or returned");
            default -> { }
        }
        PlanContents last = latest.contents();
        List<PlanRecipient> notYetSent = last.recipients().stream()
                .map(r -> r.sent(null)).toList();
        // Approved budgets carry on; a refused one is asked for again if the new version keeps it.
        List<ServiceProvision> services = last.services().stream()
                .map(s -> s.budgetApproval() == BudgetApproval.REFUSED ? s.asked() : s).toList();
        PlanVersion draft = new PlanVersion(this, latest.number() + 1, by, at, last.with(services, notYetSent));
        versions.add(draft);
        return draft;
    }

    /** The family's sign-off of the plan in force (Suffolk procedure 2.10). */
    public PlanVersion recordFamilySignOff(String signedBy, LocalDate on, LocalDate today) {
        PlanVersion agreed = agreed("signed off by the family");
        if (PlanText.isBlank(signedBy)) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "Enter who in the family signed the plan off");
        }
        if (on == null || on.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Enter the date the family signed the plan off; it cannot be in the future");
        }
        if (on.isBefore(agreed.createdAt().toLocalDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "Version " + agreed.number() + " was written on " + PlanText.date(agreed.createdAt().toLocalDate())
                    + ": the family cannot have signed it off before that");
        }
        agreed.recordFamilySignOff(signedBy, on);
        return agreed;
    }

    /** The plan in force was sent to everyone on its distribution list not yet sent it (Suffolk procedure 3.5). */
    public PlanVersion recordDistribution(LocalDate sentOn, LocalDate today) {
        PlanVersion agreed = agreed("distributed");
        if (sentOn == null || sentOn.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "Enter the date the plan was sent; it cannot be in the future");
        }
        if (sentOn.isBefore(agreed.decidedAt().toLocalDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "Version " + agreed.number() + " was approved on "
                    + PlanText.date(agreed.decidedAt().toLocalDate()) + ": it cannot have been sent before that");
        }
        if (agreed.contents().recipients().isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    "The plan in force has no distribution list: start a new version to add its recipients");
        }
        if (agreed.recordSent(sentOn) == 0) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "Everyone on the distribution list has already been sent version " + agreed.number());
        }
        return agreed;
    }

    /**
     * Who on the plan in force's distribution list is to be emailed it: those with an address not yet sent it. Refused
     * (naming what to do instead) when there is no plan in force or no one to email.
     */
    public List<PlanRecipient> recipientsToEmail() {
        PlanVersion agreed = agreed("emailed");
        List<PlanRecipient> toEmail = agreed.contents().recipients().stream()
                .filter(r -> r.email() != null && !r.email().isBlank() && r.sentOn() == null).toList();
        if (toEmail.isEmpty()) {
            throw new BusinessRuleViolation(Validity.REQUIRED, "No one on the distribution list of version "
                    + agreed.number() + " has an email address and is still to be sent it: record the distribution by"
                    + " hand, or start a new version to add recipients' addresses");
        }
        return toEmail;
    }

    /**
     * The mail server accepted version {@code number} for these addresses: those recipients are recorded as sent it
     * on {@code sentOn}. Returns how many were; none when that version is no longer in force or they were recorded
     * meanwhile.
     */
    public int recordEmailed(int number, LocalDate sentOn, Collection<String> addresses) {
        return currentApproved().filter(v -> v.number() == number)
                .map(v -> v.recordSent(sentOn, r -> r.email() != null && addresses.contains(r.email()))).orElse(0);
    }

    /** The newest version, whatever its state. */
    public PlanVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version in force: the last one approved. */
    public Optional<PlanVersion> currentApproved() {
        return versions.stream().filter(v -> v.status() == VersionStatus.APPROVED).reduce((a, b) -> b);
    }

    /** Every version, oldest first. */
    public List<PlanVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public Long id() {
        return id;
    }

    public Episode episode() {
        return episode;
    }

    public int rowVersion() {
        return rowVersion;
    }

    private PlanVersion draft(String attempted) {
        PlanVersion latest = latest();
        if (latest.status() != VersionStatus.DRAFT) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "Version " + latest.number() + " is " + latest.status().label().toLowerCase(Locale.UK)
                    + " and cannot be " + attempted + ": start a new version to change the plan");
        }
        return latest;
    }

    private PlanVersion submittedFor(String decision, Set<Role> approverRoles) {
        if (approverRoles.stream().noneMatch(APPROVERS::contains)) {
            throw new BusinessRuleViolation("PLAN_APPROVAL",
                    "Only a consultant social worker or a practice manager can " + decision
                    + " a CIN plan (PLAN_APPROVAL, Suffolk procedure 3.8)");
        }
        PlanVersion latest = latest();
        return switch (latest.status()) {
            case SUBMITTED -> latest;
            case DRAFT -> throw new BusinessRuleViolation("PLAN_APPROVAL", "Version " + latest.number()
                    + " is still a draft: it can be approved or returned only once it has been submitted for approval");
            default -> throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    "Version " + latest.number() + " has already been decided ("
                    + latest.status().label().toLowerCase(Locale.UK) + "): there is nothing waiting for approval");
        };
    }

    private PlanVersion agreed(String attempted) {
        return currentApproved().orElseThrow(() -> new BusinessRuleViolation("PLAN_APPROVAL", 
                "No version of the plan has been approved yet: only the plan in force can be " + attempted));
    }

    private void requireOpenCase() {
        if (episode.isClosed()) {
            throw new BusinessRuleViolation(Validity.CASE_CLOSED,
                    "The case closed on " + PlanText.date(episode.closureDate())
                    + ": its plan can no longer change");
        }
    }
}
