package com.roamvault.server.embedded;

import com.roamvault.launcher.local.DemoAccount;
import com.roamvault.launcher.local.LocalServer;
import com.roamvault.launcher.local.LocalServerOptions;
import com.roamvault.launcher.local.LocalServerProvider;
import java.util.List;

/** Lets {@link LocalServer#start} find this module's server at run time. */
public final class InProcessServerProvider implements LocalServerProvider {
    @Override
    public LocalServer start(LocalServerOptions options) {
        return InProcessServer.start(options);
    }

    @Override
    public List<DemoAccount> demoAccounts() {
        return InProcessServer.demoDataAccounts();
    }
}
