package org.cinplan.web.planning;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.BudgetApproval;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanContext;
import org.cinplan.planning.PlanVersionView;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanView;
import org.cinplan.planning.RecipientKind;
import org.cinplan.web.FacesMessages;
import org.cinplan.web.planning.PlanRows.ActionRow;
import org.cinplan.web.planning.PlanRows.OutcomeRow;
import org.cinplan.web.planning.PlanRows.RecipientRow;
import org.cinplan.web.planning.PlanRows.ServiceRow;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CIN plan page: the worker edits the draft and submits it; a budget holder decides the budget of the services it
 * asks for; a consultant social worker or practice manager other than its author approves it or returns it with
 * comments; every version's history is shown. What the user typed stays on the page
 * when a change is refused, including when someone else changed the plan meanwhile.
 */
@Named
@ViewScoped
public class PlanEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CinPlanning planning;

    private Long episodeId;
    private PlanView plan;

    private String needs;
    private List<OutcomeRow> outcomes = new ArrayList<>();
    private List<ActionRow> actions = new ArrayList<>();
    private List<ServiceRow> services = new ArrayList<>();
    private String childViews;
    private String familyViews;
    private String rolesAndResponsibilities;
    private String contingency;
    private PlanContextFields context = PlanContextFields.of(PlanContext.none());
    private LocalDate orderStart;
    private LocalDate orderEnd;
    private String bottomLine;
    private String reviewPoints;
    private List<RecipientRow> recipients = new ArrayList<>();

    private String returnComments;
    private String signedOffBy;
    private LocalDate signedOffOn;
    private LocalDate sentOn;

    /** Loads on the view's first request (f:viewAction), and again when the user reloads. */
    public void load() {
        if (episodeId == null) {
            FacesMessages.error("No case was chosen: open a case from your caseload");
            return;
        }
        PlanView loaded = FacesMessages.loadOrRefuse(() -> planning.plan(episodeId));
        if (loaded != null) {
            show(loaded);
        }
    }

    public void saveDraft() {
        change(() -> planning.saveDraft(episodeId, lockVersion(), contents()), "Draft saved.");
    }

    public void submit() {
        change(() -> planning.submit(episodeId, lockVersion(), contents()),
                "Submitted for approval by a consultant social worker or practice manager.");
    }

    public void startNewVersion() {
        change(() -> planning.startNewVersion(episodeId, lockVersion()), "A new draft has started from the last version.");
    }

    public void approve() {
        change(() -> planning.approve(episodeId, lockVersion()),
                "Plan approved: it is now the plan in force, and the case's deadlines are up to date.");
    }

    /** A budget holder approves or refuses the budget of the service at this line of the version waiting for approval. */
    public void decideBudget(int serviceLine, boolean approve) {
        change(() -> planning.decideBudget(episodeId, lockVersion(), serviceLine,
                        approve ? BudgetApproval.APPROVED : BudgetApproval.REFUSED),
                approve ? "Budget approved." : "Budget refused: the plan cannot be approved with that service in it.");
    }

    public void returnForChanges() {
        change(() -> planning.returnForChanges(episodeId, lockVersion(), returnComments),
                "Plan returned to the worker with your comments.");
    }

    public void recordFamilySignOff() {
        change(() -> planning.recordFamilySignOff(episodeId, lockVersion(), signedOffBy, signedOffOn),
                "The family's sign-off is recorded.");
    }

    public void recordDistribution() {
        change(() -> planning.recordDistribution(episodeId, lockVersion(), sentOn),
                "The plan is recorded as sent to its distribution list.");
    }

    /** Emails the plan in force to those on its distribution list with an address; they are recorded once sent. */
    public void emailPlan() {
        List<String> to = FacesMessages.orShowProblem(() -> planning.emailPlan(episodeId, lockVersion()));
        if (to != null) {
            FacesMessages.info("The plan is being emailed to " + String.join(", ", to) + ". They are recorded as sent it"
                    + " as soon as the mail server has accepted it; see Emails about this case on the case page.");
        }
    }

    /** Records the supervision order's dates; the draft being typed stays as it is. */
    public void recordSupervisionOrder() {
        PlanView changed = FacesMessages.orShowProblem(() -> planning.recordSupervisionOrder(episodeId, orderStart, orderEnd));
        if (changed != null) {
            plan = changed;
            FacesMessages.info("The supervision order's dates are recorded; the case's deadlines are up to date.");
        }
    }

    public PlanContextFields getContext() {
        return context;
    }

    public LocalDate getOrderStart() {
        return orderStart;
    }

    public void setOrderStart(LocalDate orderStart) {
        this.orderStart = orderStart;
    }

    public LocalDate getOrderEnd() {
        return orderEnd;
    }

    public void setOrderEnd(LocalDate orderEnd) {
        this.orderEnd = orderEnd;
    }

    public void addOutcome() {
        outcomes.add(new OutcomeRow());
    }

    public void removeOutcome(int index) {
        outcomes.remove(index);
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void removeAction(int index) {
        actions.remove(index);
    }

    public void addService() {
        services.add(new ServiceRow());
    }

    public void removeService(int index) {
        services.remove(index);
    }

    public void addRecipient() {
        recipients.add(new RecipientRow());
    }

    /** Adds someone chosen from the people around the child to the draft's distribution list, their address filled in. */
    public void addChosenRecipient(PlanRecipient chosen) {
        recipients.add(new RecipientRow(chosen));
    }

    public void removeRecipient(int index) {
        recipients.remove(index);
    }

    /** A UTC time from the plan as UK local time, "3 Feb 2027, 14:05". */
    public String when(LocalDateTime utc) {
        return UkTime.of(utc);
    }

    /** Calls the service; on success shows the new state and the message, on refusal keeps everything typed. */
    private void change(Supplier<PlanView> call, String done) {
        PlanView changed = FacesMessages.orShowProblem(call);
        if (changed != null) {
            show(changed);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        }
    }

    private void show(PlanView view) {
        plan = view;
        PlanVersionView latest = view.latest();
        PlanContents contents = latest == null ? PlanContents.none() : latest.contents();
        needs = contents.needs();
        outcomes = new ArrayList<>(contents.outcomes().stream().map(OutcomeRow::new).toList());
        actions = new ArrayList<>(contents.actions().stream().map(ActionRow::new).toList());
        services = new ArrayList<>(contents.services().stream().map(ServiceRow::new).toList());
        childViews = contents.childViews();
        familyViews = contents.familyViews();
        rolesAndResponsibilities = contents.rolesAndResponsibilities();
        contingency = contents.contingency();
        bottomLine = contents.bottomLine();
        reviewPoints = contents.reviewPoints();
        context = PlanContextFields.of(contents.context());
        orderStart = view.orderStart();
        orderEnd = view.orderEnd();
        recipients = new ArrayList<>(contents.recipients().stream().map(RecipientRow::new).toList());
        if (outcomes.isEmpty()) {
            outcomes.add(new OutcomeRow());
        }
        if (actions.isEmpty()) {
            actions.add(new ActionRow());
        }
        returnComments = null;
        signedOffBy = null;
        signedOffOn = null;
        sentOn = null;
    }

    private Integer lockVersion() {
        return plan == null ? null : plan.lockVersion();
    }

    private PlanContents contents() {
        return new PlanContents(needs,
                outcomes.stream().filter(r -> !r.isBlank()).map(OutcomeRow::value).toList(),
                actions.stream().filter(r -> !r.isBlank()).map(ActionRow::value).toList(),
                services.stream().filter(r -> !r.isBlank()).map(ServiceRow::value).toList(),
                childViews, familyViews, rolesAndResponsibilities, contingency, bottomLine, reviewPoints,
                recipients.stream().filter(r -> !r.isBlank()).map(RecipientRow::value).toList(), context.value());
    }

    public OwnerKind[] getOwnerKinds() {
        return OwnerKind.values();
    }

    public ActionStatus[] getActionStatuses() {
        return ActionStatus.values();
    }

    public RecipientKind[] getRecipientKinds() {
        return RecipientKind.values();
    }

    public Long getEpisodeId() {
        return episodeId;
    }

    public void setEpisodeId(Long episodeId) {
        this.episodeId = episodeId;
    }

    public PlanView getPlan() {
        return plan;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public List<OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public List<ServiceRow> getServices() {
        return services;
    }

    public List<RecipientRow> getRecipients() {
        return recipients;
    }

    public String getChildViews() {
        return childViews;
    }

    public void setChildViews(String childViews) {
        this.childViews = childViews;
    }

    public String getFamilyViews() {
        return familyViews;
    }

    public void setFamilyViews(String familyViews) {
        this.familyViews = familyViews;
    }

    public String getRolesAndResponsibilities() {
        return rolesAndResponsibilities;
    }

    public void setRolesAndResponsibilities(String rolesAndResponsibilities) {
        this.rolesAndResponsibilities = rolesAndResponsibilities;
    }

    public String getContingency() {
        return contingency;
    }

    public void setContingency(String contingency) {
        this.contingency = contingency;
    }

    public String getBottomLine() {
        return bottomLine;
    }

    public void setBottomLine(String bottomLine) {
        this.bottomLine = bottomLine;
    }

    public String getReviewPoints() {
        return reviewPoints;
    }

    public void setReviewPoints(String reviewPoints) {
        this.reviewPoints = reviewPoints;
    }

    public String getReturnComments() {
        return returnComments;
    }

    public void setReturnComments(String returnComments) {
        this.returnComments = returnComments;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public void setSignedOffBy(String signedOffBy) {
        this.signedOffBy = signedOffBy;
    }

    public LocalDate getSignedOffOn() {
        return signedOffOn;
    }

    public void setSignedOffOn(LocalDate signedOffOn) {
        this.signedOffOn = signedOffOn;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }
}
