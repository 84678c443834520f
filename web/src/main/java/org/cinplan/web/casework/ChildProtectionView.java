package org.cinplan.web.casework;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cinplan.casework.CategoryOfAbuse;
import org.cinplan.casework.ChildProtection;
import org.cinplan.casework.ChildProtectionPage;
import org.cinplan.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * A child's section 47 enquiries and child protection plans ({@code protection.xhtml?child=ID}): the strategy
 * discussion (the conference's target comes from the deadline engine, ICPC_WITHIN_15WD), the enquiry's start, the
 * conference held or not required, the plan it made, its reviews and categories, and its end with or without a
 * step-down. What was typed stays on a refusal.
 */
@Named
@ViewScoped
public class ChildProtectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChildProtection protection;

    private Long childId;
    private ChildProtectionPage page;

    private Long referral;
    private LocalDate heldOn;
    private Long enquiry;
    private LocalDate startedOn;
    private LocalDate conferenceOn;
    private CategoryOfAbuse category;
    private Long plan;
    private LocalDate reviewOn;
    private LocalDate endedOn;
    private boolean stepDown = true;

    /** Loads on the view's first request (f:viewAction). */
    public void load() {
        if (childId == null) {
            FacesMessages.error("No child was chosen: open a child's record from your caseload");
            return;
        }
        page = FacesMessages.loadOrRefuse(() -> protection.pageOf(childId));
    }

    public void recordStrategyDiscussion() {
        if (FacesMessages.done(() -> protection.recordStrategyDiscussion(childId, referral, heldOn),
                "Strategy discussion recorded, with the conference's target date.")) {
            referral = null;
            heldOn = null;
            reload();
        }
    }

    public void startEnquiry() {
        ChildProtectionPage.Enquiry chosen = enquiry(enquiry);
        if (FacesMessages.done(() -> protection.startEnquiry(idOf(chosen), versionOf(chosen), startedOn),
                "Section 47 enquiry start recorded.")) {
            enquiry = null;
            startedOn = null;
            reload();
        }
    }

    public void recordConference() {
        ChildProtectionPage.Enquiry chosen = enquiry(enquiry);
        if (FacesMessages.done(() -> protection.recordConference(idOf(chosen), versionOf(chosen), conferenceOn),
                "Initial child protection conference recorded.")) {
            enquiry = null;
            conferenceOn = null;
            reload();
        }
    }

    public void conferenceNotRequired() {
        ChildProtectionPage.Enquiry chosen = enquiry(enquiry);
        if (FacesMessages.done(() -> protection.conferenceNotRequired(idOf(chosen), versionOf(chosen)),
                "Recorded that no conference is needed.")) {
            enquiry = null;
            reload();
        }
    }

    public void startPlan() {
        ChildProtectionPage.Enquiry chosen = enquiry(enquiry);
        if (FacesMessages.done(() -> protection.startPlan(idOf(chosen), versionOf(chosen), category),
                "Child protection plan recorded from the conference's date.")) {
            enquiry = null;
            category = null;
            reload();
        }
    }

    public void recordReview() {
        ChildProtectionPage.Plan chosen = plan(plan);
        if (FacesMessages.done(() -> protection.recordReview(chosen == null ? null : chosen.id(),
                chosen == null ? 0 : chosen.version(), reviewOn), "Review conference recorded.")) {
            reviewOn = null;
            reload();
        }
    }

    public void changeCategory() {
        ChildProtectionPage.Plan chosen = plan(plan);
        if (FacesMessages.done(() -> protection.changeCategory(chosen == null ? null : chosen.id(),
                chosen == null ? 0 : chosen.version(), category), "Latest category of abuse recorded.")) {
            category = null;
            reload();
        }
    }

    public void endPlan() {
        ChildProtectionPage.Plan chosen = plan(plan);
        if (FacesMessages.done(() -> protection.endPlan(chosen == null ? null : chosen.id(),
                chosen == null ? 0 : chosen.version(), endedOn, stepDown),
                stepDown ? "Plan ended: the child stepped down to a CIN plan from that day." : "Plan ended.")) {
            plan = null;
            endedOn = null;
            reload();
        }
    }

    private void reload() {
        page = protection.pageOf(childId);
    }

    private ChildProtectionPage.Enquiry enquiry(Long id) {
        return page == null || id == null ? null
                : page.enquiries().stream().filter(e -> e.id() == id).findFirst().orElse(null);
    }

    private ChildProtectionPage.Plan plan(Long id) {
        return page == null || id == null ? null : page.plans().stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private static Long idOf(ChildProtectionPage.Enquiry enquiry) {
        return enquiry == null ? null : enquiry.id();
    }

    private static int versionOf(ChildProtectionPage.Enquiry enquiry) {
        return enquiry == null ? 0 : enquiry.version();
    }

    private List<ChildProtectionPage.Enquiry> enquiries(Predicate<ChildProtectionPage.Enquiry> which) {
        return page == null ? List.of() : page.enquiries().stream().filter(which).toList();
    }

    /** Enquiries whose start is not recorded yet. */
    public List<ChildProtectionPage.Enquiry> getNotStarted() {
        return enquiries(e -> e.isOpen() && e.enquiryStartedOn() == null);
    }

    /** Enquiries started whose conference is not recorded yet. */
    public List<ChildProtectionPage.Enquiry> getAwaitingConference() {
        return enquiries(e -> e.isOpen() && e.enquiryStartedOn() != null);
    }

    /** Conferences held with no plan recorded. */
    public List<ChildProtectionPage.Enquiry> getAwaitingPlan() {
        return enquiries(ChildProtectionPage.Enquiry::isAwaitingPlan);
    }

    public List<ChildProtectionPage.Plan> getOpenPlans() {
        return page == null ? List.of() : page.plans().stream().filter(ChildProtectionPage.Plan::isOpen).toList();
    }

    public CategoryOfAbuse[] getCategories() {
        return CategoryOfAbuse.values();
    }

    public ChildProtectionPage getPage() {
        return page;
    }

    public Long getChildId() {
        return childId;
    }

    public void setChildId(Long childId) {
        this.childId = childId;
    }

    public Long getReferral() {
        return referral;
    }

    public void setReferral(Long referral) {
        this.referral = referral;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Long getEnquiry() {
        return enquiry;
    }

    public void setEnquiry(Long enquiry) {
        this.enquiry = enquiry;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getConferenceOn() {
        return conferenceOn;
    }

    public void setConferenceOn(LocalDate conferenceOn) {
        this.conferenceOn = conferenceOn;
    }

    public CategoryOfAbuse getCategory() {
        return category;
    }

    public void setCategory(CategoryOfAbuse category) {
        this.category = category;
    }

    public Long getPlan() {
        return plan;
    }

    public void setPlan(Long plan) {
        this.plan = plan;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public boolean isStepDown() {
        return stepDown;
    }

    public void setStepDown(boolean stepDown) {
        this.stepDown = stepDown;
    }
}
