package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.StaffMember;
import org.cinplan.platform.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Allocation is the family's: ONE_FAMILY_ONE_WORKER (SF 1) by construction, and FSP_NOT_CASE_RESPONSIBLE: in Suffolk a
 * family support practitioner supports cases but never holds one (SF 4.3).
 */
class FamilyAllocationTest {

    private static final Council SUFFOLK = new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK);
    private static final Council READING = new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST);

    private static StaffMember staff(String name, Role... roles) {
        return new StaffMember(name.toLowerCase().replace(' ', '.'), name, null, "hash", null, EnumSet.of(roles[0], roles));
    }

    @Test
    void aSuffolkFamilyIsNeverAllocatedToAFamilySupportPractitioner() {
        Family family = new Family(SUFFOLK, "Test family");
        assertThatThrownBy(() -> family.allocateTo(staff("Freya Support", Role.FAMILY_SUPPORT_PRACTITIONER)))
                .hasMessageContaining("Freya Support").hasMessageContaining("FSP_NOT_CASE_RESPONSIBLE");
        assertThat(family.allocatedWorker()).isNull();

        family.allocateTo(staff("Sol Worker", Role.SOCIAL_WORKER));
        assertThat(family.allocatedWorker().fullName()).isEqualTo("Sol Worker");
    }

    @Test
    void inBerkshireWestAFamilySupportPractitionerMayHoldTheCase() {
        Family family = new Family(READING, "Test family");
        family.allocateTo(staff("Fran Lee", Role.FAMILY_SUPPORT_PRACTITIONER));
        assertThat(family.allocatedWorker().fullName()).isEqualTo("Fran Lee");
        assertThat(Family.mayBeCaseResponsible(SUFFOLK, staff("Dual Role", Role.FAMILY_SUPPORT_PRACTITIONER,
                Role.SOCIAL_WORKER))).as("also a social worker").isTrue();
    }

    @Test
    void oneFamilyOneWorkerEveryChildOfTheFamilyMovesWithTheAllocation() {
        Family family = new Family(SUFFOLK, "Test family");
        Child elder = new Child(family, "SUF999990", "Ada", "Test", LocalDate.of(2014, 5, 1), Sex.F, "WBRI", false);
        Child younger = new Child(family, "SUF999991", "Ben", "Test", LocalDate.of(2019, 2, 1), Sex.M, "WBRI", false);
        family.allocateTo(staff("Sol Worker", Role.SOCIAL_WORKER));

        family.allocateTo(staff("Kit Other", Role.SOCIAL_WORKER));

        assertThat(List.of(elder, younger)).extracting(c -> c.family().allocatedWorker().fullName())
                .as("ONE_FAMILY_ONE_WORKER").containsOnly("Kit Other");
    }
}
