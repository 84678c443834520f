package org.cinplan.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessRuleViolationTest {

    @Test
    void namesTheRuleAndKeepsTheUsersMessageAsItStands() {
        BusinessRuleViolation refused = new BusinessRuleViolation("CHAIR_NOT_FSP", "Choose a chair who is not an FSP");

        assertThat(refused.rule()).isEqualTo("CHAIR_NOT_FSP");
        assertThat(refused.getMessage()).isEqualTo("Choose a chair who is not an FSP");
    }

    @Test
    void aRuleIdIsWrittenAsInTheCatalogue() {
        for (String notAnId : new String[] {null, "", "chair not fsp", "CHAIR NOT FSP", "_CHAIR", "CHAIR_"}) {
            assertThatThrownBy(() -> new BusinessRuleViolation(notAnId, "message")).as(String.valueOf(notAnId))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "message").rule()).isEqualTo("NOT_IN_FUTURE");
    }
}
