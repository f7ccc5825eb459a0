package com.roamvault.server.store;

import com.roamvault.server.crypt.DataKeyException;
import com.roamvault.server.crypt.DataKeys;
import com.roamvault.server.crypt.FieldCipher;
import com.roamvault.server.crypt.KekSource;
import com.roamvault.server.store.migration.V5__Seal_secrets;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's store: an H2 file database under the data folder by default, or PostgreSQL when
 * given a JDBC URL. Migrated by Flyway at open; all access goes through {@link #tx} or {@link #read}.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final FieldCipher secrets;

    private Database(HikariDataSource pool, FieldCipher secrets) {
        this.pool = pool;
        this.secrets = secrets;
    }

    /**
     * Opens, checks the key-encryption key against the stored data keys (a wrong or missing key
     * stops here, before any migration writes), migrates, and loads the data keys.
     */
    public static Database open(String jdbcUrl, KekSource kek) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(isH2(jdbcUrl) ? 8 : 16);
        config.setPoolName("roamvault");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(5_000);
        if (!isH2(jdbcUrl)) {
            // Plan every statement with its actual values: a cached generic plan guesses average
            // selectivity, and for "the newest page where platform = ?" that guess walks the whole
            // audit log (measured: 0.3 ms planned with the value, 180-440 ms generic).
            config.addDataSourceProperty("prepareThreshold", "0");
            // a JDBC batch travels as multi-row INSERTs: audit uploads of 1000 events take one round trip
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the database at " + redact(jdbcUrl) + ": "
                    + rootMessage(e), e);
        }
        try {
            DataKeys.requireUnlockable(pool, kek);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .javaMigrations(new V5__Seal_secrets(kek)).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DataKeyException keyProblem) {
                    throw keyProblem;
                }
            }
            throw new StoreUnavailableException("Cannot migrate the database at " + redact(jdbcUrl) + ": "
                    + rootMessage(e), e);
        }
        return new Database(pool, new FieldCipher(DataKeys.ring(pool, kek)));
    }

    /** The embedded default: one H2 file under the data folder. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("roamvault") + ";LOCK_TIMEOUT=10000"
                // a commit reaches the file before it is answered: H2's default keeps it in memory for up to
                // 500 ms, so a killed server lost audit uploads it had acknowledged (the phone had dropped them)
                + ";WRITE_DELAY=0"
                // rotate-keys (a second process) may join a running server's file
                + ";AUTO_SERVER=TRUE";
    }

    public static boolean isH2(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Seals and opens the secret columns (DESIGN.md "Secrets at rest on the server"). */
    public FieldCipher secrets() {
        return secrets;
    }

    /** Runs work in one transaction, committed if it returns, rolled back if it throws. */
    public <T> T tx(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new Sql(c, secrets));
                c.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Like {@link #tx}, retried (a few times) when it lost a race to a concurrent writer:
     * a unique-key clash of two "insert if absent", a deadlock or a serialization failure.
     */
    public <T> T txRetrying(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx(work);
            } catch (StoreException e) {
                if (attempt >= 5 || !lostRace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostRace(StoreException e) {
        if (e.getCause() instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.equals("23505") || state.equals("40001") || state.equals("40P01");
        }
        return false;
    }

    public void txRun(VoidWork work) {
        tx(sql -> {
            work.run(sql);
            return null;
        });
    }

    /** Read-only work outside an explicit transaction. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            return work.run(new Sql(c, secrets));
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Sql sql) throws SQLException;
    }

    @FunctionalInterface
    public interface VoidWork {
        void run(Sql sql) throws SQLException;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
