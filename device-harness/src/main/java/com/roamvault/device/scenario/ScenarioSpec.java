package com.roamvault.device.scenario;

import java.util.List;
import java.util.Map;

/** One scenario of a file (SCENARIOS.md): the server, users made first, the phones, and the steps. */
public record ScenarioSpec(String name, ServerSpec server, List<UserSpec> users, Map<String, DeviceSpec> devices,
                           List<StepSpec> steps) {

    /** {@code embedded} (a fresh in-process server with demo data) or a running server. */
    public record ServerSpec(boolean embedded, String url, String pin, String adminUser, String adminPassword) {
        public static final ServerSpec EMBEDDED = new ServerSpec(true, null, null, null, null);
    }

    public record UserSpec(String username, String masterPassword, List<String> lists) {
    }

    public record DeviceSpec(String user, String password, String platform, List<String> fingers) {
    }
}
