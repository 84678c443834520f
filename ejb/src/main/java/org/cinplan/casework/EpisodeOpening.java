package org.cinplan.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.cinplan.admin.Council;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.Dates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Opening a Child in Need episode on the decision that a CIN plan is needed: for a child on the worker's caseload
 * whose last episode is closed, or for a child new to cinplan in one of the worker's families or a new family, which
 * is allocated to the worker (ONE_FAMILY_ONE_WORKER holds because allocation lives on the family). One open episode
 * per child (DfE 4004). The new case's deadlines and alerts are computed as soon as it is saved.
 */
@Stateless
@RolesAllowed({Role.SOCIAL_WORKER_ROLE, Role.CONSULTANT_SOCIAL_WORKER_ROLE, Role.PRACTICE_MANAGER_ROLE,
        Role.TEAM_MANAGER_ROLE})
public class EpisodeOpening {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<CaseChanged> caseChanged;

    /** Opens an episode for a child already known; returns the new episode's id. */
    public long openForChild(@NotNull(message = "Choose the child") Long childId,
                             @NotNull(message = "Enter the decision") @Valid EpisodeDecision decision) {
        CaseAccess access = CaseAccess.forCaller(em, context, auditTrail);
        StaffMember me = access.me();
        Child child = access.editableChild(childId, "open an episode");
        List<Episode> episodes = em.createQuery("select e from Episode e where e.child = :child order by e.decisionDate",
                        Episode.class)
                .setParameter("child", child).getResultList();
        episodes.stream().filter(e -> !e.isClosed()).findFirst().ifPresent(open -> {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    child.fullName() + " already has an open CIN episode (decided on "
                    + Dates.full(open.decisionDate()) + "): a child can have only one open episode at a time (DfE 4004)."
                    + " Close it before opening another.");
        });
        episodes.stream().map(Episode::closureDate).max(Comparator.naturalOrder()).ifPresent(lastClosed -> {
            if (decision.getReferralDate().isBefore(lastClosed)) {
                throw new BusinessRuleViolation(Validity.DATE_ORDER,
                        "The referral (" + Dates.full(decision.getReferralDate()) + ") cannot come before "
                        + child.fullName() + "'s last episode closed (" + Dates.full(lastClosed) + ")");
            }
        });
        return open(child, decision, me, "Opened an episode for a child already known");
    }

    /** Records a new child (and, when asked, a new family allocated to the caller) and opens their episode. */
    public long openForNewChild(@NotNull(message = "Enter the child") @Valid NewChild form,
                                @NotNull(message = "Enter the decision") @Valid EpisodeDecision decision) {
        StaffMember me = CaseAccess.staffMember(em, caller());
        Council myCouncil = me.team().council();
        Family family;
        String how;
        if (form.getFamilyId() != null) {
            family = em.find(Family.class, form.getFamilyId());
            if (family == null || !family.council().id().equals(myCouncil.id())) {
                throw new BusinessRuleViolation(Validity.NOT_FOUND,
                        "There is no family with the id " + form.getFamilyId() + " in " + myCouncil.name());
            }
            if (family.allocatedWorker() == null) {
                family.allocateTo(me);
            } else {
                CaseAccess.forCaller(em, context, auditTrail).requireMayEdit(family, "add a child");
            }
            how = "a child new to cinplan in the " + family.name();
        } else {
            family = new Family(myCouncil, form.familyNameForNewFamily());
            family.allocateTo(me);
            em.persist(family);
            how = "a child new to cinplan in a new family (" + family.name() + ") allocated to " + me.username();
        }
        Child child = new Child(family, newLaChildId(myCouncil), form.getGivenName(), form.getFamilyName(),
                form.getDateOfBirth(), form.getSex(), form.getEthnicity(), form.isDisabled());
        em.persist(child);
        return open(child, decision, me, "Opened an episode for " + how);
    }

    private long open(Child child, EpisodeDecision decision, StaffMember me, String what) {
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = decision.effectiveDecisionDate();
        if (decided == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED, decision.getType() == EpisodeType.STEP_DOWN_FROM_CP
                    ? "A step-down from child protection needs the date the child protection plan ended"
                    : "Enter the date of the decision that a CIN plan is needed");
        }
        for (LocalDate date : new LocalDate[] {decision.getReferralDate(), decided, decision.getExceptionalRecordedOn()}) {
            if (date != null && date.isAfter(today)) {
                throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE,
                        "Dates cannot be in the future: " + Dates.full(date) + " is after today");
            }
        }
        if (decided.isBefore(decision.getReferralDate())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The decision (" + Dates.full(decided) + ") cannot come before the referral ("
                    + Dates.full(decision.getReferralDate()) + ")");
        }
        if (child.dateOfBirth() != null && decided.isBefore(child.dateOfBirth())) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER,
                    "The decision (" + Dates.full(decided) + ") cannot come before " + child.givenName()
                    + " was born (" + Dates.full(child.dateOfBirth()) + ")");
        }
        if (child.dateOfBirth() == null) {
            throw new BusinessRuleViolation(Validity.REQUIRED,
                    child.fullName() + " has no date of birth recorded: deadlines cannot be worked out"
                    + " without it");
        }
        Episode episode = decision.getType() == EpisodeType.STEP_DOWN_FROM_CP
                ? Episode.stepDownFromChildProtection(child, decision.getReferralDate(), decision.getCpPlanEndDate(),
                decision.getPrimaryNeedCode())
                : Episode.open(child, decision.getType(), decision.getReferralDate(), decided, decision.getPrimaryNeedCode(),
                decision.isDisabledChildrensTeam());
        episode.recordReferralSource(decision.getReferralSource());
        if (decision.getExceptionalCircumstance() != null) {
            episode.recordExceptionalCircumstance(decision.getExceptionalCircumstance(), decision.getExceptionalDetail(),
                    decision.getExceptionalRecordedOn());
        }
        if (decision.getType() == EpisodeType.STEP_DOWN_FROM_CP && decision.isDisabledChildrensTeam()) {
            episode.assignToDisabledChildrensTeam();
        }
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        em.persist(episode);
        em.flush();
        // the referral that led here (decided, not closed, not yet part of an episode, no child protection plan made
        // after it) becomes part of this episode, with any section 47 enquiry it went to
        em.createQuery("select r from Referral r where r.child = :c and r.episode is null and r.closedOn is null"
                        + " and r.decision is not null and not exists (select p.id from ChildProtectionPlan p"
                        + " where p.section47.referral = r) order by r.receivedOn desc, r.id desc", Referral.class)
                .setParameter("c", child).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(referral -> {
                    referral.leadsTo(episode);
                    em.createQuery("select s from Section47Enquiry s where s.referral = :r", Section47Enquiry.class)
                            .setParameter("r", referral).getResultList().forEach(enquiry -> enquiry.partOf(episode));
                });
        auditTrail.record(me.username(), AuditAction.CHANGE_RECORD, "Episode", episode.id().toString(), child.id(),
                what + ": " + decision.getType().label() + ", referral " + decision.getReferralDate() + ", decision " + decided
                        + ", referral source " + decision.getReferralSource().code() + ", primary need " + decision.getPrimaryNeedCode()
                        + (decision.isDisabledChildrensTeam() ? ", disabled children's team" : "")
                        + (decision.getExceptionalCircumstance() == null ? ""
                        : ", exceptional circumstance " + decision.getExceptionalCircumstance() + " recorded "
                        + decision.getExceptionalRecordedOn()), AuditOutcome.SUCCESS);
        caseChanged.fire(new CaseChanged(episode.id()));
        return episode.id();
    }

    /** The children on the caller's caseload with no open episode, by family and name. */
    public List<OpenableChild> childrenToOpen() {
        List<Child> children = em.createQuery("select c from Child c join fetch c.family f"
                        + " where f.allocatedWorker.username = :u", Child.class)
                .setParameter("u", caller()).getResultList();
        if (children.isEmpty()) {
            return List.of();
        }
        List<Episode> episodes = em.createQuery("select e from Episode e where e.child in :children", Episode.class)
                .setParameter("children", children).getResultList();
        Map<Long, List<Episode>> byChild = episodes.stream().collect(Collectors.groupingBy(e -> e.child().id()));
        return children.stream()
                .filter(c -> byChild.getOrDefault(c.id(), List.of()).stream().allMatch(Episode::isClosed))
                .map(c -> new OpenableChild(c.id(), c.laChildId(), c.fullName(), c.dateOfBirth(), c.family().name(),
                        byChild.getOrDefault(c.id(), List.of()).stream().map(Episode::closureDate)
                                .max(Comparator.naturalOrder()).orElse(null)))
                .sorted(Comparator.comparing(OpenableChild::familyName).thenComparing(OpenableChild::name))
                .toList();
    }

    /** The families allocated to the caller, which a new child can join. */
    public List<FamilyChoice> myFamilies() {
        List<Family> families = em.createQuery("select f from Family f where f.allocatedWorker.username = :u order by f.name",
                        Family.class)
                .setParameter("u", caller()).getResultList();
        if (families.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> children = em.createQuery("select c.family.id, count(c) from Child c where c.family in :families"
                        + " group by c.family.id", Object[].class)
                .setParameter("families", families).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
        return families.stream().map(f -> new FamilyChoice(f.id(), f.name(), children.getOrDefault(f.id(), 0L))).toList();
    }

    /** A local authority child id not yet used: the council's prefix and a number after every child's id. */
    private String newLaChildId(Council council) {
        String prefix = council.code().substring(0, Math.min(3, council.code().length()));
        Long maxId = em.createQuery("select max(c.id) from Child c", Long.class).getSingleResult();
        long number = 100_000 + (maxId == null ? 0 : maxId) + 1;
        while (true) {
            String candidate = prefix + String.format("%06d", number);
            long used = em.createQuery("select count(c) from Child c where c.laChildId = :id", Long.class)
                    .setParameter("id", candidate).getSingleResult();
            if (used == 0) {
                return candidate;
            }
            number++;
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

}
