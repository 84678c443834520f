package org.cinplan.it;

import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Empties the PostgreSQL test database's {@code public} schema before the tests run on it (profile
 * {@code postgresql}), as the Derby test database's folder is deleted: every run migrates an empty schema and
 * starts from the same data, so its results can be repeated. The user must own the database.
 * Arguments: JDBC URL, user, password.
 */
public final class EmptyPostgresqlSchema {

    private EmptyPostgresqlSchema() {
    }

    public static void main(String[] args) throws SQLException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(args[0]);
        database.setUser(args[1]);
        database.setPassword(args[2]);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        System.out.println("cinplan: emptied the public schema of " + args[0]);
    }
}
