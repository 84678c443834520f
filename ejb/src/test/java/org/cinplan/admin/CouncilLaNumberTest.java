package org.cinplan.admin;

import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A council's DfE LA number: the four councils cinplan was built with have theirs; it is three digits. */
class CouncilLaNumberTest {

    @Test
    void theCouncilsCinplanWasBuiltWithHaveTheirDfeLaNumbers() {
        assertEquals("870", new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST).laNumber());
        assertEquals("869", new Council("WEST_BERKSHIRE", "West Berkshire", PolicyFamily.BERKSHIRE_WEST).laNumber());
        assertEquals("872", new Council("WOKINGHAM", "Wokingham", PolicyFamily.BERKSHIRE_WEST).laNumber());
        assertEquals("935", new Council("SUFFOLK", "Suffolk", PolicyFamily.SUFFOLK).laNumber());
        assertNull(new Council("ELSEWHERE", "Elsewhere", PolicyFamily.SUFFOLK).laNumber());
    }

    @Test
    void anLaNumberIsThreeDigits() {
        Council council = new Council("ELSEWHERE", "Elsewhere", PolicyFamily.SUFFOLK);
        council.changeLaNumber(" 936 ");
        assertEquals("936", council.laNumber());
        for (String wrong : new String[]{"93", "9360", "abc", "", null}) {
            BusinessRuleViolation refused = assertThrows(BusinessRuleViolation.class,
                    () -> council.changeLaNumber(wrong));
            assertEquals("A DfE LA number is three digits, such as 870", refused.getMessage());
            assertEquals(Validity.KNOWN_VALUE, refused.rule());
        }
        assertEquals("936", council.laNumber());
    }
}
