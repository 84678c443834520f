package org.cinplan.casework;

import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.admin.StaffMember;
import org.cinplan.platform.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FSP_NOT_CASE_RESPONSIBLE: in Suffolk a family support practitioner supports cases but never holds one (SF 4.3). */
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
}
