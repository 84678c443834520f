package org.cinplan.web.planning;

import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.RecipientKind;
import org.cinplan.planning.ServiceProvision;
import org.cinplan.planning.SmartOutcome;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The editable lines of the plan form: one bean per row so JSF can bind each input, turned into the plan's records
 * when saved. A row left entirely blank is no line at all, so an extra "add" click costs the user nothing.
 */
public final class PlanRows {

    private PlanRows() {
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A SMART outcome being edited. */
    public static class OutcomeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String outcome;
        private String howMeasured;
        private LocalDate targetDate;

        OutcomeRow() {
        }

        OutcomeRow(SmartOutcome value) {
            outcome = value.outcome();
            howMeasured = value.howMeasured();
            targetDate = value.targetDate();
        }

        boolean isBlank() {
            return blank(outcome) && blank(howMeasured) && targetDate == null;
        }

        SmartOutcome value() {
            return new SmartOutcome(outcome, howMeasured, targetDate);
        }

        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public String getHowMeasured() { return howMeasured; }
        public void setHowMeasured(String howMeasured) { this.howMeasured = howMeasured; }
        public LocalDate getTargetDate() { return targetDate; }
        public void setTargetDate(LocalDate targetDate) { this.targetDate = targetDate; }
    }

    /** An action being edited. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String action;
        private String owner;
        private OwnerKind ownerKind = OwnerKind.PERSON;
        private LocalDate dueDate;
        private ActionStatus status = ActionStatus.NOT_STARTED;

        ActionRow() {
        }

        ActionRow(PlanAction value) {
            action = value.action();
            owner = value.owner();
            ownerKind = value.ownerKind();
            dueDate = value.dueDate();
            status = value.status();
        }

        boolean isBlank() {
            return blank(action) && blank(owner) && dueDate == null;
        }

        PlanAction value() {
            return new PlanAction(action, owner, ownerKind, dueDate, status);
        }

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public OwnerKind getOwnerKind() { return ownerKind; }
        public void setOwnerKind(OwnerKind ownerKind) { this.ownerKind = ownerKind; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public ActionStatus getStatus() { return status; }
        public void setStatus(ActionStatus status) { this.status = status; }
    }

    /**
     * A service or resource being edited: the author says whether it needs budget approval; the budget holder's decision
     * is only shown (BUDGET_APPROVAL), never typed here.
     */
    public static class ServiceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String service;
        private String provider;
        private boolean needsBudgetApproval;
        private String budgetStatus;

        ServiceRow() {
        }

        ServiceRow(ServiceProvision value) {
            service = value.service();
            provider = value.provider();
            needsBudgetApproval = value.needsBudgetApproval();
            budgetStatus = value.needsBudgetApproval() ? value.budgetStatus() : null;
        }

        boolean isBlank() {
            return blank(service) && blank(provider);
        }

        ServiceProvision value() {
            return ServiceProvision.requested(service, provider, needsBudgetApproval);
        }

        public String getService() { return service; }
        public void setService(String service) { this.service = service; }
        public String getProvider() { return provider; }
        public void setProvider(String provider) { this.provider = provider; }
        public boolean isNeedsBudgetApproval() { return needsBudgetApproval; }
        public void setNeedsBudgetApproval(boolean needsBudgetApproval) { this.needsBudgetApproval = needsBudgetApproval; }
        /** The budget holder's decision as saved, or null for a service not (yet) saved as needing one. */
        public String getBudgetStatus() { return budgetStatus; }
    }

    /** A recipient on the distribution list being edited; the date sent is recorded once the plan is agreed. */
    public static class RecipientRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private RecipientKind kind = RecipientKind.PARENT;
        private LocalDate sentOn;
        private String email;

        RecipientRow() {
        }

        RecipientRow(PlanRecipient value) {
            name = value.name();
            kind = value.kind();
            sentOn = value.sentOn();
            email = value.email();
        }

        boolean isBlank() {
            return blank(name);
        }

        PlanRecipient value() {
            return new PlanRecipient(name, kind, sentOn, blank(email) ? null : email.strip());
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public RecipientKind getKind() { return kind; }
        public void setKind(RecipientKind kind) { this.kind = kind; }
        public LocalDate getSentOn() { return sentOn; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }
}
