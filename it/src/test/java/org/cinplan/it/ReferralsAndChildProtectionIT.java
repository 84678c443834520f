package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.casework.BreakGlass;
import org.cinplan.casework.CategoryOfAbuse;
import org.cinplan.casework.ChildProtection;
import org.cinplan.casework.ChildProtectionPage;
import org.cinplan.casework.Episode;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.casework.RecordRestriction;
import org.cinplan.casework.ReferralDecision;
import org.cinplan.casework.ReferralForm;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.Referrals;
import org.cinplan.casework.ReferralsPage;
import org.cinplan.casework.RestrictionReason;
import org.cinplan.platform.Role;
import org.cinplan.schedule.EpisodeType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Referrals and the child protection facts through their services: a referral for a child already open joins the open
 * case; one closed with no further action closes that day; a strategy discussion gets its conference's target from the
 * deadline engine (ICPC_WITHIN_15WD); the plan the conference made steps the CIN plan up and its end steps down to a
 * new CIN plan. Record access holds: a family support practitioner reads but does not record, and a restricted record
 * is refused to a manager off its list, who may read it through break-glass but never change it. Every change audited.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralsAndChildProtectionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(ReferralsAndChildProtectionIT.class, CaseFixtures.class);
    }

    @Inject
    private Referrals referrals;

    @Inject
    private ChildProtection protection;

    @Inject
    private BreakGlass breakGlass;

    @Inject
    private InRole inRole;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeEach
    void aPracticeManagerInTheWorkersTeam() throws Exception {
        fixtures.staffInItWorkersTeam(InRole.principal(Role.PRACTICE_MANAGER), "Pat Practice", Role.PRACTICE_MANAGER);
        fixtures.staffInItWorkersTeam(InRole.principal(Role.FAMILY_SUPPORT_PRACTITIONER), "Fay Support",
                Role.FAMILY_SUPPORT_PRACTITIONER);
    }

    @Test
    void aReferralJoinsTheOpenCaseAndAStrategyDiscussionStepsTheCinPlanUpAndBackDown() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Protect-",
                EpisodeType.STANDARD, today.minusDays(100), today.minusYears(8));
        long childId = childOf(episodeId);

        inRole.call(Role.SOCIAL_WORKER, () -> referrals.receive(childId, referral(today.minusDays(50))));

        ReferralsPage.Row joined = inRole.call(Role.SOCIAL_WORKER, () -> referrals.pageOf(childId)).referrals().get(0);
        assertThat(joined.episodeId()).as("joins the open case").isEqualTo(episodeId);
        assertThat(joined.source()).isEqualTo(ReferralSource.POLICE.label());
        assertThatThrownBy(() -> inRole.call(Role.FAMILY_SUPPORT_PRACTITIONER,
                () -> referrals.receive(childId, referral(today)))).isInstanceOf(EJBAccessException.class);
        assertThat(inRole.call(Role.FAMILY_SUPPORT_PRACTITIONER, () -> referrals.pageOf(childId)).mayRecord()).isFalse();

        LocalDate strategy = weekday(today.minusDays(40));
        inRole.call(Role.SOCIAL_WORKER, () -> protection.recordStrategyDiscussion(childId, null, strategy));
        ChildProtectionPage.Enquiry enquiry = enquiryOf(childId);
        assertThat(enquiry.conferenceTarget()).isAfter(strategy.plusDays(20));
        assertThat(enquiry.targetExplanation()).contains("15 working days after the strategy discussion");
        assertThat(enquiry.during()).contains("During the CIN plan");
        inRole.call(Role.SOCIAL_WORKER, () -> {
            protection.startEnquiry(enquiry.id(), enquiry.version(), strategy);
            return null;
        });
        ChildProtectionPage.Enquiry started = enquiryOf(childId);
        inRole.call(Role.SOCIAL_WORKER, () -> {
            protection.recordConference(started.id(), started.version(), started.conferenceTarget());
            return null;
        });
        ChildProtectionPage.Enquiry conference = enquiryOf(childId);

        inRole.call(Role.SOCIAL_WORKER, () -> protection.startPlan(conference.id(), conference.version(), CategoryOfAbuse.NEG));

        Episode steppedUp = em.find(Episode.class, episodeId);
        em.refresh(steppedUp);
        assertThat(steppedUp.childProtectionPlanStartDate()).isEqualTo(conference.conferenceTarget());
        assertThat(steppedUp.closureReason()).as("a step-up closes no episode of need").isNull();

        ChildProtectionPage.Plan plan = inRole.call(Role.SOCIAL_WORKER, () -> protection.pageOf(childId)).plans().get(0);
        Long stepDownId = inRole.call(Role.SOCIAL_WORKER, () -> protection.endPlan(plan.id(), plan.version(), today, true));

        Episode stepDown = em.find(Episode.class, stepDownId);
        assertThat(stepDown.type()).isEqualTo(EpisodeType.STEP_DOWN_FROM_CP);
        assertThat(stepDown.decisionDate()).isEqualTo(today);
        assertThat(stepDown.referralDate()).as("the same episode of need").isEqualTo(steppedUp.referralDate());
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> protection.pageOf(childId)).plans().get(0).steppedDown()).isTrue();
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.recordType = 'Section47Enquiry'"
                        + " and a.recordId = :id", Long.class)
                .setParameter("id", Long.toString(enquiry.id())).getSingleResult()).as("every step audited").isEqualTo(5);
    }

    @Test
    void aReferralClosedWithNoFurtherActionClosesThatDayAndLeadsToNoCase() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Nfa-",
                EpisodeType.STANDARD, today.minusDays(200), today.minusYears(5));
        long childId = childOf(episodeId);
        closeCase(episodeId, today.minusDays(30));
        inRole.call(Role.SOCIAL_WORKER, () -> referrals.receive(childId, referral(today.minusDays(3))));
        ReferralsPage.Row received = inRole.call(Role.SOCIAL_WORKER, () -> referrals.pageOf(childId)).referrals().get(0);
        assertThat(received.episodeId()).as("no case is open to join").isNull();

        inRole.call(Role.SOCIAL_WORKER, () -> {
            referrals.decide(received.id(), received.version(), ReferralDecision.NO_FURTHER_ACTION, today.minusDays(2));
            return null;
        });

        ReferralsPage.Row decided = inRole.call(Role.SOCIAL_WORKER, () -> referrals.pageOf(childId)).referrals().get(0);
        assertThat(decided.closedOn()).isEqualTo(today.minusDays(2));
        assertThat(decided.decision()).isEqualTo(ReferralDecision.NO_FURTHER_ACTION.label());
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> referrals.pageOf(childId)).openEpisodeId()).isNull();
    }

    @Test
    void aRestrictedRecordIsRefusedOffItsListAndBreakGlassReadsButNeverRecords() throws Exception {
        long episodeId = fixtures.openCase("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, "Sealed-",
                EpisodeType.STANDARD, today.minusDays(60), today.minusYears(10));
        long childId = childOf(episodeId);
        restrict(episodeId);

        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> referrals.pageOf(childId)))
                .isInstanceOf(RecordAccessDenied.class).hasMessageContaining("restricted");
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER, () -> protection.pageOf(childId)))
                .isInstanceOf(RecordAccessDenied.class).hasMessageContaining("restricted");
        assertThat(inRole.call(Role.SOCIAL_WORKER, () -> protection.pageOf(childId)).mayRecord())
                .as("the allocated worker is on the list").isTrue();

        inRole.call(Role.PRACTICE_MANAGER, () -> breakGlass.open(episodeId, "Covering the duty desk: police called about the child"));

        assertThat(inRole.call(Role.PRACTICE_MANAGER, () -> protection.pageOf(childId)).mayRecord()).isFalse();
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER,
                () -> protection.recordStrategyDiscussion(childId, null, weekday(today.minusDays(1)))))
                .isInstanceOf(RecordAccessDenied.class);
        assertThatThrownBy(() -> inRole.call(Role.PRACTICE_MANAGER,
                () -> referrals.receive(childId, referral(today)))).isInstanceOf(RecordAccessDenied.class);
    }

    private ReferralForm referral(LocalDate on) {
        return new ReferralForm(on, ReferralSource.POLICE, "N1", "Police attended a domestic incident at the home");
    }

    private ChildProtectionPage.Enquiry enquiryOf(long childId) {
        return inRole.call(Role.SOCIAL_WORKER, () -> protection.pageOf(childId)).enquiries().get(0);
    }

    private long childOf(long episodeId) {
        return em.createQuery("select e.child.id from Episode e where e.id = :id", Long.class)
                .setParameter("id", episodeId).getSingleResult();
    }

    private void closeCase(long episodeId, LocalDate on) throws Exception {
        transaction.begin();
        em.find(Episode.class, episodeId).close(on, "RC1", LocalDateTime.now());
        transaction.commit();
    }

    /** Restricts the case's child: only the allocated worker (the IT worker) is named. */
    private void restrict(long episodeId) throws Exception {
        transaction.begin();
        em.persist(new RecordRestriction(em.find(Episode.class, episodeId).child(), RestrictionReason.STAFF_INTEREST,
                "it-test", LocalDateTime.now()));
        transaction.commit();
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }
}
