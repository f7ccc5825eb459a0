package com.roamvault.server.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Which database the functional tests run on: H2 (default) or PostgreSQL when the system property
 * {@code roamvault.test.db=postgres} is set (the second Surefire run does so). Each server gets a
 * fresh schema, so tests never see each other's data.
 */
public final class TestDatabases {
    public static final String PG_BASE = System.getProperty("roamvault.test.pgUrl",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("roamvault.test.db"));
    }

    /** A JDBC URL to a new empty PostgreSQL schema. */
    public static String freshPostgresSchema() {
        String schema = "rv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(PG_BASE); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + PG_BASE + ": " + e.getMessage(), e);
        }
        return PG_BASE + (PG_BASE.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
