package org.cinplan.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cinplan.admin.Council;
import org.cinplan.admin.PasswordHasher;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.casework.Assessment;
import org.cinplan.casework.AssessmentOutcome;
import org.cinplan.casework.AssessmentReason;
import org.cinplan.casework.CaseCheckpoint;
import org.cinplan.casework.CheckpointRule;
import org.cinplan.casework.CategoryOfAbuse;
import org.cinplan.casework.Child;
import org.cinplan.casework.ChildProtectionPlan;
import org.cinplan.casework.ClosureProposal;
import org.cinplan.casework.ChildCharacteristics;
import org.cinplan.casework.Disability;
import org.cinplan.casework.Episode;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.casework.Family;
import org.cinplan.casework.RecordRestriction;
import org.cinplan.casework.Referral;
import org.cinplan.casework.ReferralDecision;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.RestrictionReason;
import org.cinplan.casework.Section47Enquiry;
import org.cinplan.casework.Sex;
import org.cinplan.meetings.Meeting;
import org.cinplan.schedule.DeadlineEngine;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.schedule.WorkingDayCalendar;
import org.cinplan.visits.Visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo data set. Dates are relative to the day it is loaded, so each episode is in the state its
 * scenario names (new decision, review due, visit overdue, ...) when a new user first looks.
 */
@Dependent
public class DemoDataSet {

    /** The password of every demo login; README lists the logins. */
    public static final String DEMO_PASSWORD = "cinplan-demo-2026";

    /** Families allocated to the demo social worker; the rest go to workers in the other councils. */
    private static final int DEMO_WORKER_FAMILIES = 8;
    private static final int FAMILIES = 22;
    /** The family (index into the surnames) whose first child's record is restricted. */
    private static final int RESTRICTED_FAMILY = 3;

    private static final String[] SURNAMES = {"Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green",
            "Harris", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Novak", "Owusu", "Parker", "Quinn", "Robinson",
            "Singh", "Taylor", "Usman", "Walsh"};
    private static final String[] GIVEN_NAMES_F = {"Amelia", "Bella", "Chloe", "Daisy", "Ella", "Freya", "Grace",
            "Hana", "Isla", "Jasmine", "Keira", "Lily", "Maya", "Nia", "Olivia", "Poppy", "Ruby", "Sofia", "Zara"};
    private static final String[] GIVEN_NAMES_M = {"Aaron", "Ben", "Callum", "Dylan", "Ethan", "Finley", "George",
            "Harry", "Isaac", "Jacob", "Kai", "Leo", "Mason", "Noah", "Oscar", "Reuben", "Samuel", "Theo", "Yusuf"};
    private static final String[] ETHNICITIES = {"WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "WIRI"};
    /** Who referred each scenario's children (the census's ReferralSource), a spread of the usual sources. */
    private static final ReferralSource[] REFERRED_BY = {ReferralSource.SCHOOL, ReferralSource.POLICE,
            ReferralSource.HEALTH_VISITOR, ReferralSource.FAMILY, ReferralSource.EMERGENCY_DEPARTMENT,
            ReferralSource.LA_SOCIAL_CARE, ReferralSource.GP, ReferralSource.HOUSING};

    private final Random random = new Random(17);

    @Inject
    private PasswordHasher passwordHasher;

    public record Summary(int councils, int teams, int staff, int families, int children, int episodes) {
    }

    /** The states the demo episodes are in, one per family in turn, and how many days ago they were referred and decided. */
    enum Scenario {
        NEW_DECISION(40, 3), ACTIVE_PLAN(75, 30), REVIEW_DUE(110, 70), VISIT_OVERDUE(100, 60),
        SUPERVISION_ORDER(90, 45), SHORT_BREAKS(240, 200), STEPPED_DOWN_FROM_CP(400, 50), CLOSED(340, 300);

        private final int referredDaysAgo;
        private final int decidedDaysAgo;

        Scenario(int referredDaysAgo, int decidedDaysAgo) {
            this.referredDaysAgo = referredDaysAgo;
            this.decidedDaysAgo = decidedDaysAgo;
        }

        LocalDate referral(LocalDate today) {
            return today.minusDays(referredDaysAgo);
        }

        LocalDate decision(LocalDate today) {
            return today.minusDays(decidedDaysAgo);
        }
    }

    public Summary loadInto(EntityManager em, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Council> councils = new HashMap<>();
        for (Council council : List.of(
                new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST),
                new Council("WOKINGHAM", "Wokingham", PolicyFamily.BERKSHIRE_WEST),
                new Council("WEST_BERKSHIRE", "West Berkshire", PolicyFamily.BERKSHIRE_WEST),
                new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK))) {
            em.persist(council);
            councils.put(council.code(), council);
        }
        Team reading = team(em, councils.get("READING"), "Reading Children in Need Team");
        Team wokingham = team(em, councils.get("WOKINGHAM"), "Wokingham Children in Need Team");
        Team westBerkshire = team(em, councils.get("WEST_BERKSHIRE"), "West Berkshire Child in Need Team");
        Team ipswich = team(em, councils.get("SUFFOLK"), "Suffolk Ipswich CIN Team");
        team(em, councils.get("SUFFOLK"), "Suffolk Disabled Children's Team");

        List<StaffMember> staff = new ArrayList<>();
        StaffMember demoWorker = staff(em, staff, "sw.demo", "Sam Walker", reading, Role.SOCIAL_WORKER);
        staff(em, staff, "csw.demo", "Chris Okafor", reading, Role.CONSULTANT_SOCIAL_WORKER);
        staff(em, staff, "pm.demo", "Priya Patel", reading, Role.PRACTICE_MANAGER);
        StaffMember teamManager = staff(em, staff, "tm.demo", "Tom Hughes", reading, Role.TEAM_MANAGER);
        // Budget holders approve the budget of services that Reading's CIN plans need (BUDGET_APPROVAL).
        staff(em, staff, "svm.demo", "Grace Mensah", reading, Role.SERVICE_MANAGER).setBudgetHolder(true);
        teamManager.setBudgetHolder(true);
        staff(em, staff, "fsp.demo", "Fran Lee", reading, Role.FAMILY_SUPPORT_PRACTITIONER);
        staff(em, staff, "admin.demo", "Alex Morgan", null, Role.ADMINISTRATOR);
        staff(em, staff, "auditor.demo", "Ava Ross", null, Role.AUDITOR);
        staff(em, staff, "data.demo", "Dev Sharma", null, Role.DATA_OFFICER);
        List<StaffMember> otherWorkers = List.of(
                staff(em, staff, "sw.wokingham", "Wendy Brooks", wokingham, Role.SOCIAL_WORKER),
                staff(em, staff, "sw.westberks", "Liam Carter", westBerkshire, Role.SOCIAL_WORKER),
                staff(em, staff, "sw.suffolk", "Nadia Hussain", ipswich, Role.SOCIAL_WORKER));
        // Agrees Suffolk's CIN plans (PLAN_APPROVAL applies in Suffolk only).
        staff(em, staff, "csw.suffolk", "Ruth Adeyemi", ipswich, Role.CONSULTANT_SOCIAL_WORKER);
        // The long Suffolk plan's worker and practice manager (management checkpoints, issue 13).
        StaffMember ipswichWorker = staff(em, staff, "sw.ipswich", "Kofi Mensah", ipswich, Role.SOCIAL_WORKER);
        StaffMember suffolkPracticeManager = staff(em, staff, "pm.suffolk", "Helen Okoro", ipswich, Role.PRACTICE_MANAGER);

        int children = 0;
        for (int f = 0; f < FAMILIES; f++) {
            StaffMember worker = f < DEMO_WORKER_FAMILIES ? demoWorker : otherWorkers.get(f % otherWorkers.size());
            Council council = worker.team().council();
            Family family = new Family(council, SURNAMES[f] + " family");
            family.allocateTo(worker);
            em.persist(family);
            Scenario scenario = Scenario.values()[f % Scenario.values().length];
            int size = 1 + (f % 3 == 0 ? 2 : f % 3 == 1 ? 1 : 3) - (f % 5 == 0 ? 1 : 0);
            for (int c = 0; c < size && children < 50; c++) {
                children++;
                Child child = child(em, family, council, SURNAMES[f], children, scenario == Scenario.SHORT_BREAKS, today,
                        scenario.referral(today));
                episode(em, child, scenario, today, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                if (f == RESTRICTED_FAMILY && c == 0) {
                    restrict(em, child, teamManager, clock);
                }
            }
        }
        children += meetingJourneys(em, councils.get("READING"), demoWorker, today);
        children += longSuffolkPlan(em, councils.get("SUFFOLK"), ipswichWorker, suffolkPracticeManager, today,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        children += supervisionOrderAtNineMonths(em, councils.get("SUFFOLK"), ipswichWorker, suffolkPracticeManager, today,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        int referredOnly = referralClosedWithNoFurtherAction(em, councils.get("READING"), demoWorker, today);
        int steppedUpAndDown = steppedUpAndBackDown(em, councils.get("READING"), demoWorker, today,
                LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        int episodes = children + 2 * steppedUpAndDown;
        children += referredOnly + steppedUpAndDown;
        return new Summary(councils.size(), 5, staff.size(), FAMILIES + 5, children, episodes);
    }

    /**
     * The Yates family, for trying meetings out (and the meeting browser tests): Iris has no meeting yet; her brothers
     * and sisters had their initial meeting three weeks ago, so a review can be booked and held today with any outcome
     * (Nell's, in the browser test, has its minutes emailed).
     */
    private static int meetingJourneys(EntityManager em, Council reading, StaffMember worker, LocalDate today) {
        Family family = new Family(reading, "Yates family");
        family.allocateTo(worker);
        em.persist(family);
        String[][] children = {{"Iris", "F"}, {"Owen", "M"}, {"Ruth", "F"}, {"Carl", "M"}, {"Sara", "F"}, {"Nell", "F"}};
        for (int c = 0; c < children.length; c++) {
            Child child = new Child(family, "REA09000" + c, children[c][0], "Yates", today.minusYears(6 + c).minusDays(40),
                    Sex.valueOf(children[c][1]), "WBRI", false);
            recordCensusDisabilities(child);
            em.persist(child);
            Episode episode = Episode.open(child, EpisodeType.STANDARD, today.minusDays(45), today.minusDays(c == 0 ? 5 : 35),
                    "N1", false);
            episode.recordReferralSource(ReferralSource.SCHOOL);
            em.persist(episode);
            if (c > 0) {
                held(em, episode, today.minusDays(21), today.plusDays(14), today.minusDays(7));
            }
        }
        return children.length;
    }

    /**
     * The Ward family (Suffolk, sw.ipswich): a plan past 9 months whose management checkpoints are recorded. The initial
     * assessment was completed and authorised; the practice manager's 6-month oversight continued the plan; at 9 months
     * the worker found it will not conclude within 12 months and the practice manager answered that child protection
     * processes are not needed. Reviews were held every 10 weeks; the last one proposed to close the case, which waits
     * for the practice manager's agreement (CLOSURE_APPROVED) on pm.suffolk's decisions to make.
     */
    private static int longSuffolkPlan(EntityManager em, Council suffolk, StaffMember worker, StaffMember practiceManager,
                                       LocalDate today, LocalDateTime now) {
        Family family = new Family(suffolk, "Ward family");
        family.allocateTo(worker);
        em.persist(family);
        Child child = new Child(family, "SUF009001", "Leah", "Ward", today.minusYears(11).minusDays(80), Sex.F, "WBRI", false);
        recordCensusDisabilities(child);
        em.persist(child);
        LocalDate decision = today.minusMonths(10);
        Episode episode = Episode.open(child, EpisodeType.STANDARD, decision.minusDays(50), decision, "N1", false);
        episode.recordReferralSource(ReferralSource.HEALTH_VISITOR);
        em.persist(episode);
        Assessment initial = Assessment.start(episode, decision.minusDays(40), AssessmentReason.INITIAL, worker.username(), today);
        initial.complete(decision.minusDays(5), today, worker.username(), List.of("3B", "4B"), AssessmentOutcome.CIN_PLAN);
        initial.authorise(decision.minusDays(3), today, practiceManager.username());
        em.persist(initial);
        LocalDate meeting = decision.plusDays(8);
        held(em, episode, meeting, meeting.plusWeeks(10), today.minusDays(10));
        Meeting lastReview = reviewsEvery(em, episode, meeting, 10, today.minusDays(14));
        if (lastReview != null) {
            em.flush();
            em.persist(ClosureProposal.propose(episode, lastReview.id(), false, lastReview.heldOn(), worker.username()));
        }
        LocalDate planStart = decision.plusDays(8);
        em.persist(CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, planStart.plusMonths(6).minusDays(3), today,
                practiceManager.username(), "CONTINUE", "Risk assessment checked: school attendance up from 70% to 88%;"
                        + " mother's mental health support in place", "Continue the plan; review housing at the next meeting",
                null));
        CaseCheckpoint check = CaseCheckpoint.record(episode, CheckpointRule.CONCLUSION_CHECK_9M,
                planStart.plusMonths(9).minusDays(5), today, worker.username(), "WILL_NOT_CONCLUDE",
                "Rehousing will not be settled before the 12 months", "Raised with the practice manager in supervision", null);
        check.answer(planStart.plusMonths(9).minusDays(2), today, practiceManager.username(), "CP_NOT_NEEDED",
                "The needs are about housing and support, not significant harm; continue under the CIN plan");
        em.persist(check);
        episode.markChanged(now);
        return 1;
    }

    /** Reviews every {@code weeks} weeks after {@code first}, the last before {@code until}; returns the last (or null). */
    private static Meeting reviewsEvery(EntityManager em, Episode episode, LocalDate first, int weeks, LocalDate until) {
        Meeting lastReview = null;
        for (LocalDate heldOn = first.plusWeeks(weeks); heldOn.isBefore(until); heldOn = heldOn.plusWeeks(weeks)) {
            lastReview = new Meeting(episode, MeetingKind.REVIEW, heldOn);
            lastReview.setDatesInMinutes(heldOn.plusWeeks(weeks), null);
            lastReview.recordMinutesDistributed(heldOn.plusDays(5));
            em.persist(lastReview);
        }
        return lastReview;
    }

    /**
     * The Caldwell family (Suffolk, sw.ipswich): Finn's supervision order started almost nine months ago, so the
     * practice manager's decision to seek an extension or let the order lapse (SO_EXTENSION_9M, counted from the
     * order's start) falls due within days and waits on pm.suffolk. Everything before it was done: the assessment
     * authorised, the plan agreed, the first review within 8 weeks of the initial meeting and every 8 weeks since
     * (SO_REVIEW), the 6-month oversight recorded, Finn seen alone every 18 days.
     */
    private static int supervisionOrderAtNineMonths(EntityManager em, Council suffolk, StaffMember worker,
                                                    StaffMember practiceManager, LocalDate today, LocalDateTime now) {
        Family family = new Family(suffolk, "Caldwell family");
        family.allocateTo(worker);
        em.persist(family);
        Child child = new Child(family, "SUF009002", "Finn", "Caldwell", today.minusYears(8).minusDays(200), Sex.M, "WIRI",
                false);
        recordCensusDisabilities(child);
        em.persist(child);
        LocalDate orderStart = today.minusMonths(9).plusDays(8);
        LocalDate decision = orderStart.plusDays(2);
        Episode episode = Episode.open(child, EpisodeType.SUPERVISION_ORDER, orderStart.minusDays(60), decision, "N1", false);
        episode.recordReferralSource(ReferralSource.OTHER_LEGAL_AGENCY);
        episode.recordSupervisionOrder(orderStart, orderStart.plusYears(1), today, now);
        em.persist(episode);
        Assessment initial = Assessment.start(episode, orderStart.minusDays(55), AssessmentReason.INITIAL, worker.username(),
                today);
        initial.complete(orderStart.minusDays(10), today, worker.username(), List.of("2B", "3B"), AssessmentOutcome.CIN_PLAN);
        initial.authorise(orderStart.minusDays(8), today, practiceManager.username());
        em.persist(initial);
        LocalDate initialMeeting = decision.plusDays(7);
        held(em, episode, initialMeeting, initialMeeting.plusWeeks(8), today.minusDays(9));
        // The practice manager agreed the plan (PLAN_APPROVAL): its row is written here because planning keeps the
        // PlanApproval entity to itself and the story has no plan document. Reviews every 8 weeks (SO_REVIEW).
        em.flush();
        em.createNativeQuery("INSERT INTO plan_approval (episode_id, approved_on, approved_by) VALUES (?, ?, ?)")
                .setParameter(1, episode.id()).setParameter(2, initialMeeting.plusDays(3))
                .setParameter(3, practiceManager.username()).executeUpdate();
        kept(em, episode, initialMeeting, today, 56);
        em.persist(CaseCheckpoint.record(episode, CheckpointRule.OVERSIGHT_6M, initialMeeting.plusMonths(6).minusDays(4),
                today, practiceManager.username(), "CONTINUE", "The court's conditions are being kept: Finn is seen every"
                        + " two weeks at home and school", "Continue the plan; prepare the nine-month decision on the order",
                null));
        episode.markChanged(now);
        return 1;
    }

    /**
     * The first child of this family (the demo worker's Davies family) has a restricted record (high profile): only
     * the demo worker and the team manager are named; the rest of the team reaches it through break-glass.
     */
    private static void restrict(EntityManager em, Child child, StaffMember teamManager, Clock clock) {
        RecordRestriction restriction = new RecordRestriction(child, RestrictionReason.HIGH_PROFILE,
                teamManager.username(), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        restriction.name(teamManager);
        em.persist(restriction);
    }

    private static Team team(EntityManager em, Council council, String name) {
        Team team = new Team(council, name);
        em.persist(team);
        return team;
    }

    private StaffMember staff(EntityManager em, List<StaffMember> staff, String username, String fullName, Team team,
                              Role role) {
        StaffMember member = new StaffMember(username, fullName, username + "@cinplan.example",
                passwordHasher.hash(DEMO_PASSWORD.toCharArray()), team, EnumSet.of(role));
        em.persist(member);
        staff.add(member);
        return member;
    }

    /** A child born by the day they were referred, so that every year's census has them born (DfE rule 8520). */
    private Child child(EntityManager em, Family family, Council council, String surname, int number, boolean disabled,
                        LocalDate today, LocalDate referral) {
        boolean girl = random.nextBoolean();
        String[] names = girl ? GIVEN_NAMES_F : GIVEN_NAMES_M;
        LocalDate birth = Collections.min(List.of(today.minusDays(200 + random.nextInt(365 * 16)), referral));
        String laChildId = council.code().substring(0, 3) + String.format("%06d", 1000 + number);
        Child child = new Child(family, laChildId, names[random.nextInt(names.length)], surname, birth,
                girl ? Sex.F : Sex.M, ETHNICITIES[random.nextInt(ETHNICITIES.length)], disabled);
        recordCensusDisabilities(child);
        em.persist(child);
        return child;
    }

    /**
     * The census disabilities, which the DfE requires for every born child (rule 8540): "No disability", or a learning
     * disability for a disabled child.
     */
    private static void recordCensusDisabilities(Child child) {
        ChildCharacteristics details = ChildCharacteristics.of(child);
        details.setDisabilities(Set.of(child.isDisabled() ? Disability.LD : Disability.NONE));
        child.recordCharacteristics(details);
    }

    private static void episode(EntityManager em, Child child, Scenario scenario, LocalDate today, LocalDateTime now) {
        LocalDate referral = scenario.referral(today);
        LocalDate decision = scenario.decision(today);
        Episode episode = switch (scenario) {
            case NEW_DECISION, CLOSED -> Episode.open(child, EpisodeType.STANDARD, referral, decision,
                    scenario == Scenario.CLOSED ? "N6" : "N1", false);
            case ACTIVE_PLAN -> Episode.open(child, EpisodeType.STANDARD, referral, decision, "N2", false);
            case REVIEW_DUE -> Episode.open(child, EpisodeType.STANDARD, referral, decision, "N3", false);
            case VISIT_OVERDUE -> Episode.open(child, EpisodeType.STANDARD, referral, decision, "N8", false);
            case SUPERVISION_ORDER -> Episode.open(child, EpisodeType.SUPERVISION_ORDER, referral, decision, "N1", false);
            case SHORT_BREAKS -> Episode.open(child, EpisodeType.SHORT_BREAKS, referral, decision, "N0", true);
            case STEPPED_DOWN_FROM_CP -> Episode.stepDownFromChildProtection(child, referral, decision, "N1");
        };
        episode.recordReferralSource(REFERRED_BY[scenario.ordinal() % REFERRED_BY.length]);
        em.persist(episode);
        switch (scenario) {
            case NEW_DECISION -> { }
            case ACTIVE_PLAN -> held(em, episode, today.minusDays(22), today.plusDays(20), today.minusDays(8));
            case REVIEW_DUE -> held(em, episode, today.minusDays(40), today.plusDays(2), today.minusDays(10));
            case VISIT_OVERDUE -> held(em, episode, today.minusDays(52), today.minusDays(10), today.minusDays(35));
            case SUPERVISION_ORDER -> held(em, episode, today.minusDays(38), today.plusDays(4), today.minusDays(12));
            case SHORT_BREAKS -> held(em, episode, today.minusDays(190), today.plusDays(30), today.minusDays(100));
            case STEPPED_DOWN_FROM_CP -> held(em, episode, today.minusDays(42), today.plusDays(1), today.minusDays(6));
            case CLOSED -> {
                held(em, episode, today.minusDays(290), today.minusDays(250), today.minusDays(260));
                episode.close(today.minusDays(20), "RC1", now);
            }
        }
    }

    /** A meeting held on {@code heldOn} setting the next review, and the latest visit. */
    private static void held(EntityManager em, Episode episode, LocalDate heldOn, LocalDate nextReview,
                             LocalDate lastVisit) {
        Meeting meeting = new Meeting(episode, MeetingKind.INITIAL, heldOn);
        meeting.setDatesInMinutes(nextReview, heldOn.plusWeeks(6));
        meeting.recordMinutesDistributed(heldOn.plusDays(5));
        em.persist(meeting);
        boolean baby = episode.child().dateOfBirth().isAfter(lastVisit.minusYears(1));
        Visit visit = new Visit(episode, lastVisit, true, true, !baby, baby ? "Baby: seen with parent" : null,
                "Parent and child", "Review progress on the CIN plan with the child and family");
        visit.recordWriteUp(lastVisit.plusDays(1), "Child well presented; home warm and tidy. Plan actions on track.");
        em.persist(visit);
    }

    /**
     * The Young family (Reading, sw.demo): the police referred Jade 45 days ago after a call-out; the worker decided on
     * the day that no further action was needed, so the referral closed that day (census ReferralNFA 1) and no case
     * opened.
     */
    private static int referralClosedWithNoFurtherAction(EntityManager em, Council reading, StaffMember worker,
                                                         LocalDate today) {
        Family family = new Family(reading, "Young family");
        family.allocateTo(worker);
        em.persist(family);
        Child child = new Child(family, "REA091001", "Jade", "Young", today.minusYears(9).minusDays(120), Sex.F, "WBRI", false);
        recordCensusDisabilities(child);
        em.persist(child);
        Referral referral = Referral.receive(child, null, today.minusDays(45), ReferralSource.POLICE, "N8",
                "Police called to a noise complaint; Jade was asleep, both parents sober and cooperative. No concerns"
                        + " about Jade's care; school reports good attendance.", worker.username(), today);
        referral.decide(ReferralDecision.NO_FURTHER_ACTION, today.minusDays(45), worker.username(), today);
        em.persist(referral);
        return 1;
    }

    /**
     * The Kowalski family (Reading, sw.demo): Marek was referred by his school 330 days ago; the assessment led to a CIN
     * plan; concerns about neglect grew, a strategy discussion started a section 47 enquiry, and the initial child
     * protection conference (held on its target day, ICPC_WITHIN_15WD) made a child protection plan, which ended the CIN
     * plan (step-up). After a review conference the plan ended 60 days ago and Marek stepped down to a new CIN plan in
     * the same episode of need, whose meetings and visits are up to date. Returns the number of children (1); the
     * child has two cinplan episodes.
     */
    private static int steppedUpAndBackDown(EntityManager em, Council reading, StaffMember worker, LocalDate today,
                                            LocalDateTime now) {
        Family family = new Family(reading, "Kowalski family");
        family.allocateTo(worker);
        em.persist(family);
        Child child = new Child(family, "REA092001", "Marek", "Kowalski", today.minusYears(7).minusDays(30), Sex.M, "WOTH",
                false);
        recordCensusDisabilities(child);
        em.persist(child);
        LocalDate referred = today.minusDays(330);
        Referral referral = Referral.receive(child, null, referred, ReferralSource.SCHOOL, "N1",
                "School reports Marek often arrives hungry and in the same clothes; attendance 78%.", worker.username(), today);
        referral.decide(ReferralDecision.ASSESSMENT, referred.plusDays(1), worker.username(), today);
        em.persist(referral);
        Episode cinPlan = Episode.open(child, EpisodeType.STANDARD, referred, today.minusDays(300), "N1", false);
        cinPlan.recordReferralSource(ReferralSource.SCHOOL);
        em.persist(cinPlan);
        referral.leadsTo(cinPlan);
        Assessment initial = Assessment.start(cinPlan, referred.plusDays(2), AssessmentReason.INITIAL, worker.username(), today);
        initial.complete(today.minusDays(305), today, worker.username(), List.of("2A", "3A"), AssessmentOutcome.CIN_PLAN);
        initial.authorise(today.minusDays(302), today, "pm.demo");
        em.persist(initial);
        held(em, cinPlan, today.minusDays(290), today.minusDays(250), today.minusDays(290));

        LocalDate strategy = weekday(today.minusDays(215));
        Section47Enquiry enquiry = Section47Enquiry.duringEpisode(cinPlan, strategy,
                new DeadlineEngine(WorkingDayCalendar.shipped()).initialConferenceTarget(strategy), worker.username(), today);
        enquiry.startEnquiry(strategy, today);
        enquiry.recordConference(enquiry.conferenceTarget(), today);
        em.persist(enquiry);
        kept(em, cinPlan, today.minusDays(290), enquiry.conferenceHeldOn(), 40);
        ChildProtectionPlan plan = ChildProtectionPlan.fromConference(enquiry, CategoryOfAbuse.NEG, worker.username(), now);
        plan.recordReview(plan.startOn().plusDays(91), today);
        plan.changeCategory(CategoryOfAbuse.MUL);
        LocalDate ended = today.minusDays(60);
        Episode stepDown = Episode.stepDownFromChildProtection(child, referred, ended, "N1");
        stepDown.recordReferralSource(ReferralSource.SCHOOL);
        plan.end(ended, today, stepDown);
        em.persist(stepDown);
        em.persist(plan);
        held(em, stepDown, today.minusDays(50), today.minusDays(10), today.minusDays(55));
        kept(em, stepDown, today.minusDays(50), today, 40);
        stepDown.markChanged(now);
        return 1;
    }

    /**
     * A CIN plan kept up from its initial meeting on {@code from} until {@code until}: a review every
     * {@code reviewEveryDays} (40 is within Reading's 6 weeks), its minutes sent in 5 days, and the child seen alone every
     * 18 days (Reading's 3 weeks), each visit written up the next day.
     */
    private static void kept(EntityManager em, Episode episode, LocalDate from, LocalDate until, int reviewEveryDays) {
        for (LocalDate review = from.plusDays(reviewEveryDays); review.isBefore(until);
             review = review.plusDays(reviewEveryDays)) {
            Meeting meeting = new Meeting(episode, MeetingKind.REVIEW, review);
            meeting.setDatesInMinutes(review.plusDays(reviewEveryDays), review.plusWeeks(6));
            meeting.recordMinutesDistributed(review.plusDays(5).isAfter(until) ? until : review.plusDays(5));
            em.persist(meeting);
        }
        for (LocalDate day = from.plusDays(18); day.isBefore(until.minusDays(1)); day = day.plusDays(18)) {
            Visit visit = new Visit(episode, day, true, true, true, null, "Parent and child",
                    "Review progress on the CIN plan with the child and family");
            visit.recordWriteUp(day.plusDays(1), "Seen alone in his room; talked about school and meals at home.");
            em.persist(visit);
        }
    }

    /** The day, or the Friday before it when it falls at a weekend. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }
}
