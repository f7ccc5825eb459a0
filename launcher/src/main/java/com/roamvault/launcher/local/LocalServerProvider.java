package com.roamvault.launcher.local;

import java.util.List;

/** Implemented by the server module (registered as a {@link java.util.ServiceLoader} service). */
public interface LocalServerProvider {
    LocalServer start(LocalServerOptions options);

    /** The demo organisation's accounts, as a server started with demo data seeds them. */
    List<DemoAccount> demoAccounts();
}
