package com.roamvault.launcher.local;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * A Roamvault server started inside this process on a free port, for demos, scenarios, fleets and
 * tests. Programs that never compile against the server (the phone UI, the QA harness) get one
 * through {@link LocalServers#start}: it is found at run time when {@code server-stub} is on the class path.
 * (Java 8 source, like the rest of this module.)
 */
public interface LocalServer extends AutoCloseable {

    URI url();

    /** The SHA-256 pin of the server's certificate, as pairing codes carry it. */
    String pin();

    String adminUser();

    String adminPassword();

    /** The demo organisation's people and their master passwords; empty unless started with demo data. */
    List<DemoAccount> demoAccounts();

    /** Moves the server's clock forward; only for a server started with an adjustable clock. */
    void advanceClock(Duration by);

    @Override
    void close();
}
