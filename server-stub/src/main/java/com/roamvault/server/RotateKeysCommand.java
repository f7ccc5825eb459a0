package com.roamvault.server;

import com.roamvault.server.crypt.DataKeyException;
import com.roamvault.server.crypt.KekSource;
import com.roamvault.server.crypt.KeyRotation;
import com.roamvault.server.crypt.Reencryption;
import com.roamvault.server.store.Database;
import com.roamvault.server.store.StoreUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code roamvault-server rotate-keys}: a new key-encryption key for the data keys, at once; with
 * {@code --reencrypt}, also a new data key that every secret moves to, online, in batches. Runs
 * beside a running server (the embedded H2 file admits a second process; PostgreSQL any number).
 */
@Command(name = "rotate-keys", mixinStandardHelpOptions = true,
        description = "Re-wrap the data keys under a new key-encryption key; --reencrypt also moves every "
                + "secret to a new data key while the server keeps running.")
final class RotateKeysCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Data folder with keys/ (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Database (default: H2 file under --data)")
    String db;

    @Option(names = "--reencrypt", description = "Also move every secret to a new data key (online, in batches)")
    boolean reencrypt;

    @Option(names = "--settle-seconds", description = "With --reencrypt: time running servers get to start "
            + "sealing with the new data key (default: ${DEFAULT-VALUE})")
    int settleSeconds = 8;

    @Override
    public Integer call() throws Exception {
        KekSource kek = new KekSource(data.resolve("keys"), System.getenv());
        String url = db != null ? db : Database.h2Url(data);
        try (Database database = Database.open(url, kek)) {
            if (reencrypt) {
                Reencryption.run(database.dataSource(), kek, Duration.ofSeconds(settleSeconds), System.out::println);
            }
            if (!kek.fromEnv()) {
                KeyRotation.rewrap(database.dataSource(), kek, System.out::println);
            }
            return 0;
        } catch (DataKeyException | StoreUnavailableException e) {
            System.err.println("roamvault-server rotate-keys: " + e.getMessage());
            return 2;
        }
    }
}
