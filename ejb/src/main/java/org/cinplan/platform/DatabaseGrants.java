package org.cinplan.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the application's database user may do, granted by the schema's owner after every migration (so a table
 * added by a later migration is covered without a grant of its own): read and write every table, but only read
 * and add to the audit trail's entries and links; nothing on Flyway's history or the append-only guard.
 */
final class DatabaseGrants {

    /** Tables the application may only read and add to. */
    static final Set<String> APPEND_ONLY = Set.of("audit_entry", "audit_link");
    /** Tables the application never touches. */
    static final Set<String> OWNER_ONLY = Set.of("flyway_schema_history", "audit_append_only_guard");

    private DatabaseGrants() {
    }

    /** The privileges the application gets on a table, or null for none. */
    static String privilegesOn(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        if (OWNER_ONLY.contains(name)) {
            return null;
        }
        return APPEND_ONLY.contains(name) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
    }

    /** Grants the user its privileges on every table of the connection's schema; returns how many tables. */
    static int grant(Connection owner, String appUser) throws SQLException {
        String quote = owner.getMetaData().getIdentifierQuoteString();
        String schema = owner.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = owner.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        boolean postgresql = owner.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        String grantee = quote + appUser.replace(quote, quote + quote) + quote;
        int granted = 0;
        try (Statement statement = owner.createStatement()) {
            for (String table : tables) {
                String privileges = privilegesOn(table);
                if (privileges == null) {
                    continue;
                }
                statement.execute("GRANT " + privileges + " ON " + quote + schema + quote + "." + quote + table + quote
                        + " TO " + grantee);
                granted++;
            }
            if (postgresql) {
                statement.execute("GRANT USAGE ON SCHEMA " + quote + schema + quote + " TO " + grantee);
                statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote + schema + quote + " TO "
                        + grantee);
            }
        }
        if (!owner.getAutoCommit()) {
            owner.commit();
        }
        return granted;
    }
}
