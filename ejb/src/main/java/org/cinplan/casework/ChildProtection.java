package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.StatutoryTarget;
import org.cinplan.schedule.store.ScheduleCatalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.FAMILY_SUPPORT_PRACTITIONER_ROLE;
import static org.cinplan.platform.Role.PRACTICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SERVICE_MANAGER_ROLE;
import static org.cinplan.platform.Role.SOCIAL_WORKER_ROLE;
import static org.cinplan.platform.Role.TEAM_MANAGER_ROLE;

/**
 * A child's section 47 enquiries and child protection plans (issue 13 item 3: facts, not a child protection
 * workflow): the strategy discussion (during the open CIN plan, or straight after a referral), with the initial
 * conference's target from the deadline engine (ICPC_WITHIN_15WD); the enquiry's start; the conference held or not
 * required; the plan from the conference, with its categories of abuse and review conferences; its end, with or without
 * a step-down to a CIN plan. A plan started during a CIN plan ends that plan on its start and keeps the episode open; a
 * step-down opens a CIN plan from the plan's end. Recorded by whoever may change the child's record (not a family
 * support practitioner); read by whoever may read it; every view and change audited.
 */
@Stateless
@RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE,
        SERVICE_MANAGER_ROLE, FAMILY_SUPPORT_PRACTITIONER_ROLE})
public class ChildProtection {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private ScheduleCatalog catalog;

    @Inject
    private Event<CaseChanged> caseChanged;

    /** The child's enquiries and plans, for a caller who may read the record; the view is audited. */
    public ChildProtectionPage pageOf(@NotNull(message = "Choose a child") Long childId) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.readableChild(childId, "see a child's section 47 enquiries and child protection plans");
        List<Section47Enquiry> enquiries = em.createQuery("select s from Section47Enquiry s where s.child = :c"
                + " order by s.strategyDiscussionOn desc, s.id desc", Section47Enquiry.class).setParameter("c", child)
                .getResultList();
        List<ChildProtectionPlan> plans = em.createQuery("select p from ChildProtectionPlan p where p.child = :c"
                + " order by p.startOn desc, p.id desc", ChildProtectionPlan.class).setParameter("c", child).getResultList();
        Set<Long> withPlan = plans.stream().map(p -> p.section47().id()).collect(Collectors.toSet());
        Set<Long> withEnquiry = enquiries.stream().filter(s -> s.referral() != null).map(s -> s.referral().id())
                .collect(Collectors.toSet());
        List<ChildProtectionPage.Choice> awaiting = em.createQuery("select r from Referral r where r.child = :c"
                        + " and r.decision = :d order by r.receivedOn desc", Referral.class)
                .setParameter("c", child).setParameter("d", ReferralDecision.STRATEGY_DISCUSSION).getResultList().stream()
                .filter(r -> !withEnquiry.contains(r.id()))
                .map(r -> new ChildProtectionPage.Choice(r.id(), "Referral of " + r.receivedOn())).toList();
        DeadlineEngine engine = new DeadlineEngine(catalog.calendar());
        Episode open = Referrals.openEpisodeOf(em, child);
        ChildProtectionPage page = new ChildProtectionPage(child.id(), child.fullName(), child.family().council().name(),
                open == null ? null : open.id(), awaiting,
                enquiries.stream().map(s -> new ChildProtectionPage.Enquiry(s.id(), s.version(), s.strategyDiscussionOn(),
                        s.conferenceTarget(), engine.initialConferenceTarget(s.strategyDiscussionOn()).explanation(),
                        s.enquiryStartedOn(), s.conferenceHeldOn(), s.isConferenceNotRequired(),
                        s.referral() != null ? "After the referral of " + s.referral().receivedOn()
                                : "During the CIN plan " + CaseAccess.caseReference(s.episode().id()),
                        withPlan.contains(s.id()))).toList(),
                plans.stream().map(p -> new ChildProtectionPage.Plan(p.id(), p.version(), p.startOn(),
                        category(p.initialCategory()), category(p.latestCategory()), p.reviews(), p.endOn(),
                        p.stepDownEpisode() != null)).toList(),
                access.levelFor(child) == AccessLevel.EDIT && Referrals.mayRecord(context));
        auditTrail.record(access.username(), AuditAction.VIEW_RECORD, "Child", childId.toString(), child.id(),
                "Viewed the child's section 47 enquiries and child protection plans", AuditOutcome.SUCCESS);
        return page;
    }

    /**
     * Records a strategy discussion: after the referral {@code referralId} that went straight to one, or (none given)
     * during the child's open CIN plan. The conference's target comes from the deadline engine. Returns its id.
     */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public long recordStrategyDiscussion(@NotNull(message = "Choose a child") Long childId, Long referralId,
                                         @NotNull(message = "Enter the date of the strategy discussion") LocalDate heldOn) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Child child = access.editableChild(childId, "record a strategy discussion");
        StatutoryTarget target = new DeadlineEngine(catalog.calendar()).initialConferenceTarget(heldOn);
        Section47Enquiry enquiry;
        if (referralId != null) {
            Referral referral = em.find(Referral.class, referralId);
            if (referral == null || !referral.child().equals(child)) {
                throw new BusinessRuleViolation(Validity.NOT_FOUND, "That referral is not this child's");
            }
            enquiry = Section47Enquiry.afterReferral(referral, heldOn, target, access.username(), today());
        } else {
            Episode open = Referrals.openEpisodeOf(em, child);
            if (open == null) {
                throw new BusinessRuleViolation(Validity.REQUIRED, "The child has no open CIN plan: choose the referral"
                        + " that went straight to a strategy discussion");
            }
            enquiry = Section47Enquiry.duringEpisode(open, heldOn, target, access.username(), today());
        }
        em.persist(enquiry);
        em.flush();
        audit(access.username(), child, enquiry.id(), "Recorded a strategy discussion on " + heldOn + "; "
                + target.explanation());
        return enquiry.id();
    }

    /** The section 47 enquiry started. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public void startEnquiry(@NotNull(message = "Choose a strategy discussion") Long enquiryId, int version,
                             @NotNull(message = "Enter the date the section 47 enquiry started") LocalDate on) {
        changeEnquiry(enquiryId, version, "record a section 47 enquiry's start", s -> s.startEnquiry(on, today()),
                "Section 47 enquiry started on " + on);
    }

    /** The initial child protection conference was held. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public void recordConference(@NotNull(message = "Choose a section 47 enquiry") Long enquiryId, int version,
                                 @NotNull(message = "Enter the date of the conference") LocalDate heldOn) {
        changeEnquiry(enquiryId, version, "record an initial child protection conference",
                s -> s.recordConference(heldOn, today()), "Initial child protection conference held on " + heldOn);
    }

    /** The enquiry found no initial child protection conference is needed. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public void conferenceNotRequired(@NotNull(message = "Choose a section 47 enquiry") Long enquiryId, int version) {
        changeEnquiry(enquiryId, version, "record that no conference is needed", Section47Enquiry::conferenceNotRequired,
                "Initial child protection conference not required");
    }

    /** The child protection plan the conference made, from the conference's date: a step-up from an open CIN plan. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public long startPlan(@NotNull(message = "Choose a section 47 enquiry") Long enquiryId, int version,
                          @NotNull(message = "Choose the category of abuse") CategoryOfAbuse category) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Section47Enquiry enquiry = em.find(Section47Enquiry.class, Objects.requireNonNull(enquiryId));
        Child child = access.editableChild(enquiry == null ? null : enquiry.child().id(), "start a child protection plan");
        requireVersion(enquiry.version(), version);
        if (!em.createQuery("select p.id from ChildProtectionPlan p where p.section47 = :s", Long.class)
                .setParameter("s", enquiry).getResultList().isEmpty()) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE, "This conference's plan is already recorded");
        }
        if (!em.createQuery("select p.id from ChildProtectionPlan p where p.child = :c and p.endOn is null", Long.class)
                .setParameter("c", child).getResultList().isEmpty()) {
            throw new BusinessRuleViolation(Validity.CONSISTENT, "The child already has an open child protection plan");
        }
        Episode cinPlan = enquiry.episode();
        boolean stepUp = cinPlan != null && !cinPlan.isClosed();
        ChildProtectionPlan plan = ChildProtectionPlan.fromConference(enquiry, category, access.username(), now());
        em.persist(plan);
        flush();
        audit(access.username(), child, enquiry.id(), "Child protection plan started on " + plan.startOn() + ", category "
                + category.name() + (stepUp ? "; the CIN plan " + CaseAccess.caseReference(cinPlan.id())
                + " ends that day (step-up) and the episode goes on" : ""));
        if (stepUp) {
            caseChanged.fire(new CaseChanged(cinPlan.id()));
        }
        return plan.id();
    }

    /** A review conference of the plan. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public void recordReview(@NotNull(message = "Choose a child protection plan") Long planId, int version,
                             @NotNull(message = "Enter the date of the review conference") LocalDate heldOn) {
        changePlan(planId, version, "record a child protection review", p -> p.recordReview(heldOn, today()),
                "Child protection review conference held on " + heldOn);
    }

    /** The latest category of abuse. */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public void changeCategory(@NotNull(message = "Choose a child protection plan") Long planId, int version,
                               @NotNull(message = "Choose the category of abuse") CategoryOfAbuse category) {
        changePlan(planId, version, "change a plan's category of abuse", p -> p.changeCategory(category),
                "Latest category of abuse " + category.name());
    }

    /**
     * The plan ends; with {@code stepDown} a CIN plan opens from its end in the same episode of need (its referral and
     * primary need carry on). Returns the step-down case's id, or null.
     */
    @RolesAllowed({SOCIAL_WORKER_ROLE, CONSULTANT_SOCIAL_WORKER_ROLE, PRACTICE_MANAGER_ROLE, TEAM_MANAGER_ROLE})
    public Long endPlan(@NotNull(message = "Choose a child protection plan") Long planId, int version,
                        @NotNull(message = "Enter the date the plan ended") LocalDate endedOn, boolean stepDown) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        ChildProtectionPlan plan = em.find(ChildProtectionPlan.class, Objects.requireNonNull(planId));
        Child child = access.editableChild(plan == null ? null : plan.child().id(), "end a child protection plan");
        requireVersion(plan.version(), version);
        Episode stepDownTo = null;
        if (stepDown) {
            if (Referrals.openEpisodeOf(em, child) != null) {
                throw new BusinessRuleViolation(Validity.CONSISTENT, "The child already has an open CIN plan");
            }
            Section47Enquiry enquiry = plan.section47();
            Episode before = enquiry.episode();
            LocalDate referralDate = before != null ? before.referralDate() : enquiry.referral().receivedOn();
            String need = before != null ? before.primaryNeedCode() : enquiry.referral().primaryNeed();
            stepDownTo = Episode.stepDownFromChildProtection(child, referralDate, endedOn, need);
            ReferralSource source = before != null ? before.referralSource() : enquiry.referral().source();
            if (source != null) {
                stepDownTo.recordReferralSource(source);
            }
            stepDownTo.markChanged(now());
        }
        plan.end(endedOn, today(), stepDownTo);
        if (stepDownTo != null) {
            em.persist(stepDownTo);
        }
        flush();
        audit(access.username(), child, plan.section47().id(), "Child protection plan started " + plan.startOn()
                + " ended on " + endedOn + (stepDownTo == null ? "" : "; stepped down to the CIN plan "
                + CaseAccess.caseReference(stepDownTo.id())));
        if (stepDownTo != null) {
            caseChanged.fire(new CaseChanged(stepDownTo.id()));
            return stepDownTo.id();
        }
        return null;
    }

    private void changeEnquiry(Long enquiryId, int version, String attempted, Consumer<Section47Enquiry> action,
                               String detail) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        Section47Enquiry enquiry = em.find(Section47Enquiry.class, Objects.requireNonNull(enquiryId));
        Child child = access.editableChild(enquiry == null ? null : enquiry.child().id(), attempted);
        requireVersion(enquiry.version(), version);
        action.accept(enquiry);
        flush();
        audit(access.username(), child, enquiryId, detail + " (strategy discussion of " + enquiry.strategyDiscussionOn() + ")");
    }

    private void changePlan(Long planId, int version, String attempted, Consumer<ChildProtectionPlan> action, String detail) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        ChildProtectionPlan plan = em.find(ChildProtectionPlan.class, Objects.requireNonNull(planId));
        Child child = access.editableChild(plan == null ? null : plan.child().id(), attempted);
        requireVersion(plan.version(), version);
        action.accept(plan);
        flush();
        audit(access.username(), child, plan.section47().id(), detail + " (plan started " + plan.startOn() + ")");
    }

    private void audit(String username, Child child, Long enquiryId, String detail) {
        auditTrail.record(username, AuditAction.CHANGE_RECORD, "Section47Enquiry", enquiryId.toString(), child.id(), detail,
                AuditOutcome.SUCCESS);
    }

    private static void requireVersion(int current, int expected) {
        if (current != expected) {
            throw CaseRecords.changedMeanwhile();
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw CaseRecords.changedMeanwhile();
        }
    }

    private static String category(CategoryOfAbuse category) {
        return category.name() + " " + category.label();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
