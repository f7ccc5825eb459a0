package com.roamvault.launcher.local;

import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Starts a {@link LocalServer} through the server module's {@link LocalServerProvider}, found on
 * the class path at run time (Java 8 source, like the rest of this module).
 */
public final class LocalServers {
    private LocalServers() {
    }

    /** Starts a server through the provider on the class path. */
    public static LocalServer start(LocalServerOptions options) {
        return provider().start(options);
    }

    /** The demo organisation's accounts (the phones' hints when they join a demo server). */
    public static List<DemoAccount> demoAccountsOfTheDemoData() {
        return provider().demoAccounts();
    }

    private static LocalServerProvider provider() {
        Iterator<LocalServerProvider> found = ServiceLoader.load(LocalServerProvider.class).iterator();
        if (!found.hasNext()) {
            throw new IllegalStateException(
                    "No Roamvault server on the class path to start in process; give a running server's URL instead");
        }
        return found.next();
    }
}
