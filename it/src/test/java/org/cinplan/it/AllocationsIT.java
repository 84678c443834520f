package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.casework.AllocatableWorker;
import org.cinplan.casework.Allocations;
import org.cinplan.casework.FamilyAllocation;
import org.cinplan.platform.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Moving a family to another worker: a team manager within their team, an administrator anywhere in the family's
 * council; a stale choice is refused; every move is audited. Each test makes its own family.
 */
@ExtendWith(ArquillianExtension.class)
class AllocationsIT {

    /** Why a family is reallocated in these tests (the service asks for a reason). */
    private static final String REASON = "The worker moved team";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(AllocationsIT.class, CaseFixtures.class);
    }

    @Inject
    private Allocations allocations;

    @Inject
    private InRole inRole;

    @Inject
    private CaseFixtures fixtures;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private StaffMember colleague;
    private StaffMember otherTeamWorker;
    private long familyId;

    @BeforeEach
    void aFamilyOfTheInContainerWorker() throws Exception {
        TestStaff.inReadingTeam(em, transaction, Role.TEAM_MANAGER);
        colleague = fixtures.staffInItWorkersTeam("it-allocation-colleague", "Alex Colleague", Role.SOCIAL_WORKER);
        otherTeamWorker = fixtures.staffNamed("it-other-team-worker");
        if (otherTeamWorker == null) {
            transaction.begin();
            Team other = new Team(fixtures.council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST),
                    "Reading Disabled Children's Team " + CaseFixtures.suffix());
            em.persist(other);
            em.persist(new StaffMember("it-other-team-worker", "Olu Otherteam", null, "no-password:in-container-only",
                    other, EnumSet.of(Role.SOCIAL_WORKER)));
            transaction.commit();
            otherTeamWorker = fixtures.staffNamed("it-other-team-worker");
        }
        familyId = fixtures.family("READING", "Reading", PolicyFamily.BERKSHIRE_WEST, fixtures.itWorker(), "Allocation");
    }

    @Test
    void aTeamManagerMovesAFamilyWithinTheTeamAndTheMoveIsAudited() {
        FamilyAllocation before = asTeamManager(() -> allocations.families(0, Allocations.MAX_PAGE_SIZE)).stream()
                .filter(f -> f.familyId() == familyId).findFirst().orElseThrow();
        assertThat(asTeamManager(() -> allocations.workersFor(familyId))).extracting(AllocatableWorker::id)
                .contains(colleague.id()).doesNotContain(otherTeamWorker.id());

        FamilyAllocation after = asTeamManager(() -> allocations.reallocate(familyId, before.version(), colleague.id(), REASON));

        assertThat(after.workerName()).isEqualTo("Alex Colleague");
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Family'"
                + " AND record_id = ? AND actor = ? AND detail LIKE '%-> it-allocation-colleague. Why: %'")
                .setParameter(1, String.valueOf(familyId)).setParameter(2, InRole.principal(Role.TEAM_MANAGER))
                .getSingleResult()).intValue()).isEqualTo(1);
    }

    @Test
    void aTeamManagerCannotMoveAFamilyOutOfTheTeamNorActOnAStaleChoice() {
        int version = asTeamManager(() -> allocations.families(0, Allocations.MAX_PAGE_SIZE)).stream()
                .filter(f -> f.familyId() == familyId)
                .findFirst().orElseThrow().version();
        assertThatThrownBy(() -> asTeamManager(() -> allocations.reallocate(familyId, version, otherTeamWorker.id(), REASON)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("within their own team");

        asTeamManager(() -> allocations.reallocate(familyId, version, colleague.id(), REASON));
        assertThatThrownBy(() -> asTeamManager(() -> allocations.reallocate(familyId, version, colleague.id(), REASON)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Someone else changed the allocation");
    }

    @Test
    void anAdministratorMovesAFamilyToAnotherTeamOfItsCouncil() {
        int version = inRole.call(Role.ADMINISTRATOR, () -> allocations.families(0, Allocations.MAX_PAGE_SIZE)).stream()
                .filter(f -> f.familyId() == familyId).findFirst().orElseThrow().version();

        FamilyAllocation moved = inRole.call(Role.ADMINISTRATOR,
                () -> allocations.reallocate(familyId, version, otherTeamWorker.id(), REASON));

        assertThat(moved.workerName()).isEqualTo("Olu Otherteam");
        assertThat(asTeamManager(() -> allocations.families(0, Allocations.MAX_PAGE_SIZE)))
                .extracting(FamilyAllocation::familyId)
                .as("no longer the team manager's to move").doesNotContain(familyId);
    }

    @Test
    void theFamiliesAreReadFromTheDatabaseAPageAtATimeAndAPageIsCapped() {
        long count = asTeamManager(() -> allocations.familyCount());
        assertThat(count).as("the fixture's family, at least").isPositive();

        List<FamilyAllocation> lastPage = asTeamManager(() -> allocations.families((int) count - 1, 10));
        assertThat(lastPage).hasSize(1);
        assertThat(asTeamManager(() -> allocations.families((int) count, 10))).isEmpty();
        assertThat(asTeamManager(() -> allocations.families(0, Allocations.MAX_PAGE_SIZE)))
                .hasSize((int) Math.min(count, Allocations.MAX_PAGE_SIZE));
        Paging.assertRefused(() -> asTeamManager(() -> allocations.families(0, Paging.HUGE_PAGE)));
    }

    @Test
    void inSuffolkAFamilySupportPractitionerIsNeverTheAllocatedWorker() throws Exception {
        StaffMember suffolkFsp = suffolkStaff("it-suffolk-fsp", "Freya Supportworker", Role.FAMILY_SUPPORT_PRACTITIONER);
        StaffMember suffolkWorker = suffolkStaff("it-suffolk-sw", "Sol Suffolkworker", Role.SOCIAL_WORKER);
        long suffolkFamily = fixtures.family("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK, suffolkWorker, "FspRule");
        int version = inRole.call(Role.ADMINISTRATOR, () -> allocations.families(0, Allocations.MAX_PAGE_SIZE)).stream()
                .filter(f -> f.familyId() == suffolkFamily).findFirst().orElseThrow().version();

        assertThat(inRole.call(Role.ADMINISTRATOR, () -> allocations.workersFor(suffolkFamily)))
                .extracting(AllocatableWorker::id).contains(suffolkWorker.id()).doesNotContain(suffolkFsp.id());
        assertThatThrownBy(() -> inRole.call(Role.ADMINISTRATOR,
                () -> allocations.reallocate(suffolkFamily, version, suffolkFsp.id(), REASON)))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("FSP_NOT_CASE_RESPONSIBLE");
    }

    /** A member of staff of a Suffolk team made for these tests, on first use. */
    private StaffMember suffolkStaff(String username, String fullName, Role role) throws Exception {
        StaffMember existing = fixtures.staffNamed(username);
        if (existing != null) {
            return existing;
        }
        transaction.begin();
        Team team = em.createQuery("select t from Team t where t.council.code = 'SUFFOLK' order by t.id", Team.class)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (team == null) {
            team = new Team(fixtures.council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK), "Suffolk CIN Team " + CaseFixtures.suffix());
            em.persist(team);
        }
        em.persist(new StaffMember(username, fullName, null, "no-password:in-container-only", team, EnumSet.of(role)));
        transaction.commit();
        return fixtures.staffNamed(username);
    }

    @Test
    void aSocialWorkerCannotReallocate() {
        assertThatThrownBy(() -> inRole.call(Role.SOCIAL_WORKER, () -> allocations.familyCount()))
                .isInstanceOf(EJBAccessException.class);
    }

    private <T> T asTeamManager(java.util.function.Supplier<T> call) {
        return inRole.call(Role.TEAM_MANAGER, call);
    }
}
