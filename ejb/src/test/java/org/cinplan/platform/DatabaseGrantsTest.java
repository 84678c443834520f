package org.cinplan.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseGrantsTest {

    @Test
    void theApplicationMayOnlyReadAndAddToTheAuditTrailWhateverTheDatabaseCallsItsTables() {
        for (String table : new String[] {"audit_entry", "AUDIT_ENTRY", "audit_link", "AUDIT_LINK"}) {
            assertThat(DatabaseGrants.privilegesOn(table)).as(table).isEqualTo("SELECT, INSERT");
        }
    }

    @Test
    void theApplicationGetsNothingOnTheMigrationHistoryOrTheAppendOnlyGuard() {
        assertThat(DatabaseGrants.privilegesOn("flyway_schema_history")).isNull();
        assertThat(DatabaseGrants.privilegesOn("AUDIT_APPEND_ONLY_GUARD")).isNull();
    }

    @Test
    void everyOtherTableIsTheApplicationsToReadAndWrite() {
        assertThat(DatabaseGrants.privilegesOn("audit_pending")).isEqualTo("SELECT, INSERT, UPDATE, DELETE");
        assertThat(DatabaseGrants.privilegesOn("CHILD")).isEqualTo("SELECT, INSERT, UPDATE, DELETE");
    }
}
