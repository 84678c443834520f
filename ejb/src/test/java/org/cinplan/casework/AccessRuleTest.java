package org.cinplan.casework;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cinplan.casework.AccessLevel.BREAK_GLASS;
import static org.cinplan.casework.AccessLevel.EDIT;
import static org.cinplan.casework.AccessLevel.NONE;
import static org.cinplan.casework.AccessLevel.NONE_BREAK_GLASS_OFFERED;
import static org.cinplan.casework.AccessLevel.READ;

/**
 * The record access rule alone: a worker (staff 1) of team 10 in council 100 holds the family; team 20 is another team
 * of that council; council 200 is elsewhere.
 */
class AccessRuleTest {

    private static final long COUNCIL = 100;
    private static final long OTHER_COUNCIL = 200;
    private static final long TEAM = 10;
    private static final long OTHER_TEAM = 20;
    private static final long WORKER = 1;

    private static final AccessRule.Subject ORDINARY = new AccessRule.Subject(COUNCIL, WORKER, TEAM, null, false);

    @Test
    void theAllocatedWorkerAndTheTeamsEditingManagersChangeAnOrdinaryRecordAndTheRestOfTheTeamReadsIt() {
        assertThat(level(worker(WORKER, TEAM), ORDINARY)).isEqualTo(EDIT);
        assertThat(level(editingManager(2, TEAM), ORDINARY)).isEqualTo(EDIT);
        assertThat(level(worker(3, TEAM), ORDINARY)).isEqualTo(READ);
        assertThat(level(serviceManager(4, TEAM), ORDINARY)).isEqualTo(READ);
    }

    @Test
    void anotherTeamOfTheCouncilIsOfferedBreakGlassAndAnotherCouncilNothing() {
        assertThat(level(editingManager(5, OTHER_TEAM), ORDINARY)).isEqualTo(NONE_BREAK_GLASS_OFFERED);
        assertThat(level(worker(5, OTHER_TEAM), withBreakGlass(ORDINARY))).isEqualTo(BREAK_GLASS);
        AccessRule.Caller elsewhere = new AccessRule.Caller(6, 30L, OTHER_COUNCIL, true, true, true);
        assertThat(level(elsewhere, ORDINARY)).isEqualTo(NONE);
        assertThat(level(elsewhere, withBreakGlass(ORDINARY))).as("break-glass is never across councils").isEqualTo(NONE);
    }

    @Test
    void aRestrictedRecordIsSealedToEveryoneOffItsAccessListWhateverTheirRoleOrTeam() {
        AccessRule.Subject restricted = new AccessRule.Subject(COUNCIL, WORKER, TEAM, Set.of(WORKER, 2L), false);
        assertThat(level(worker(WORKER, TEAM), restricted)).isEqualTo(EDIT);
        assertThat(level(editingManager(2, TEAM), restricted)).as("named manager keeps editing").isEqualTo(EDIT);
        for (AccessRule.Caller offTheList : new AccessRule.Caller[] {editingManager(7, TEAM), serviceManager(8, TEAM),
                worker(9, TEAM), editingManager(11, OTHER_TEAM)}) {
            assertThat(level(offTheList, restricted)).as(offTheList.toString()).isEqualTo(NONE_BREAK_GLASS_OFFERED);
            assertThat(level(offTheList, withBreakGlass(restricted))).as(offTheList.toString()).isEqualTo(BREAK_GLASS);
        }
    }

    @Test
    void someoneNamedFromOutsideTheTeamReadsARestrictedRecordOnly() {
        AccessRule.Subject restricted = new AccessRule.Subject(COUNCIL, WORKER, TEAM, Set.of(WORKER, 12L), false);
        assertThat(level(editingManager(12, OTHER_TEAM), restricted)).isEqualTo(READ);
    }

    @Test
    void anUnallocatedFamilyIsReadByTheCouncilsManagersUnlessRestricted() {
        AccessRule.Subject unallocated = new AccessRule.Subject(COUNCIL, null, null, null, false);
        assertThat(level(serviceManager(4, OTHER_TEAM), unallocated)).isEqualTo(READ);
        assertThat(level(worker(3, TEAM), unallocated)).isEqualTo(NONE_BREAK_GLASS_OFFERED);
        AccessRule.Subject restricted = new AccessRule.Subject(COUNCIL, null, null, Set.of(), false);
        assertThat(level(serviceManager(4, OTHER_TEAM), restricted)).isEqualTo(NONE_BREAK_GLASS_OFFERED);
    }

    @Test
    void administratorsAndAuditorsHoldNoCasework() {
        AccessRule.Caller administrator = new AccessRule.Caller(13, TEAM, COUNCIL, false, false, false);
        assertThat(level(administrator, ORDINARY)).isEqualTo(NONE);
        assertThat(level(administrator, new AccessRule.Subject(COUNCIL, WORKER, TEAM, Set.of(13L), true)))
                .as("even named, even with break-glass").isEqualTo(NONE);
    }

    private static AccessLevel level(AccessRule.Caller caller, AccessRule.Subject subject) {
        return AccessRule.levelOf(caller, subject);
    }

    private static AccessRule.Subject withBreakGlass(AccessRule.Subject s) {
        return new AccessRule.Subject(s.councilId(), s.workerId(), s.workerTeamId(), s.accessList(), true);
    }

    private static AccessRule.Caller worker(long id, long team) {
        return new AccessRule.Caller(id, team, COUNCIL, true, false, false);
    }

    private static AccessRule.Caller editingManager(long id, long team) {
        return new AccessRule.Caller(id, team, COUNCIL, true, true, true);
    }

    private static AccessRule.Caller serviceManager(long id, long team) {
        return new AccessRule.Caller(id, team, COUNCIL, true, false, true);
    }
}
