package com.roamvault.device.ui.launch;

import com.roamvault.ui.theme.SchemeChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The phone simulator's flags ({@code roamvault-device.jar ui ...}, {@code mvn javafx:run}). Without
 * {@code --server-url} it starts an embedded demo server and adds two demo phones.
 */
public final class LaunchOptions {
    @Option(names = "--server-url", paramLabel = "URL", description = "a running server instead of an embedded demo one")
    public String serverUrl;

    @Option(names = "--pin", paramLabel = "PIN", description = "the running server's certificate pin, sha256/...")
    public String pin;

    @Option(names = "--admin-user", defaultValue = "admin", description = "the running server's admin (default: ${DEFAULT-VALUE})")
    public String adminUser;

    @Option(names = "--admin-password", description = "the running server's admin password (for pairing codes)")
    public String adminPassword;

    @Option(names = "--data", paramLabel = "DIR", description = "where phone folders live (default: a fresh temporary folder)")
    public Path data;

    @Option(names = "--phone", paramLabel = "USER", description = "add a phone paired to this user at start "
            + "(repeatable; default with the demo server: CORP\\jsmith and CORP\\amorgan)")
    public List<String> phones = new ArrayList<>();

    @Option(names = "--dark", description = "the dark scheme for this run (the remembered choice stays as it is)")
    public boolean dark;

    @Option(names = "--light", description = "the light scheme for this run (the remembered choice stays as it is)")
    public boolean light;

    @Option(names = "--demo-users", description = "the server holds the demo organisation (roamvault-server --demo): "
            + "show the demo master passwords and log the --phone phones in (implied without --server-url)")
    public boolean demoUsers;

    @Option(names = "--guided", description = "open the guided demo (the mission's story, step by step) at start")
    public boolean guided;

    @Option(names = "--insecure-test-kdf", description = "TEST ONLY: a tiny Argon2id for phone caches")
    public boolean insecureTestKdf;

    /** {@code --dark} or {@code --light} win over the remembered choice; without them, {@code remembered}. */
    public SchemeChoice scheme(SchemeChoice remembered) {
        return dark ? SchemeChoice.DARK : light ? SchemeChoice.LIGHT : remembered;
    }

    public boolean embedded() {
        return serverUrl == null;
    }

    /** Whether the server's users are the demo organisation, with their documented master passwords. */
    public boolean knowsDemoUsers() {
        return embedded() || demoUsers;
    }
}
