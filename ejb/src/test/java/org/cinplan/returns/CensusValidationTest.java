package org.cinplan.returns;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A validation's counts and verdict, and the collection years a return is asked for by. */
class CensusValidationTest {

    private static CensusIssue issue(String code, Severity severity) {
        return new CensusIssue(code, severity, "message", "RDG-1", 1L, "field");
    }

    @Test
    void errorsBlockAReturnAndQueriesDoNot() {
        CensusValidation queried = new CensusValidation("READING", "2025-26", "870", 3,
                List.of(issue("4012Q", Severity.QUERY), issue("8770Q", Severity.QUERY)));
        assertEquals(0, queried.errors());
        assertEquals(2, queried.queries());
        assertTrue(queried.submittable());

        CensusValidation blocked = new CensusValidation("READING", "2025-26", "870", 3,
                List.of(issue("4012Q", Severity.QUERY), issue("8866", Severity.ERROR)));
        assertEquals(1, blocked.errors());
        assertEquals(1, blocked.queries());
        assertFalse(blocked.submittable());
    }

    @Test
    void aCollectionYearIsWrittenLikeTwentyTwentyFiveDashTwentySix() {
        assertEquals(CollectionYear.ending(2026), CollectionYear.parse("2025-26"));
        assertEquals(CollectionYear.ending(2100), CollectionYear.parse("2099-00"));
        assertEquals("A collection year reads like 2025-26",
                assertThrows(IllegalArgumentException.class, () -> CollectionYear.parse("2025/26")).getMessage());
        assertEquals("2025-27 is not a year: the second part must be the year after the first",
                assertThrows(IllegalArgumentException.class, () -> CollectionYear.parse("2025-27")).getMessage());
    }

    @Test
    void theFileIsNamedByCouncilAndYear() {
        assertEquals("cin-census-west_berkshire-2025-26.xml", CensusReturns.fileName("WEST_BERKSHIRE", "2025-26"));
    }
}
