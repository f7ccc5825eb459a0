package com.roamvault.device.ui;

import com.roamvault.device.support.DemoLab;
import com.roamvault.device.ui.launch.LaunchOptions;
import picocli.CommandLine;

/** The simulator's flags as {@code ./roamvault demo} passes them (DemoCommand.phones), against a {@link DemoLab}. */
public final class DemoLaunch {
    /** The demo server's documented admin password (DemoCommand.ADMIN_PASSWORD). */
    public static final String ADMIN_PASSWORD = "roamvault-demo-admin-2026";
    public static final String JSMITH = "CORP\\jsmith";
    public static final String AMORGAN = "CORP\\amorgan";

    private DemoLaunch() {
    }

    /** A running demo server, {@code --demo-users}, the two demo phones; plus the test's cheap KDF. */
    public static LaunchOptions options(DemoLab lab) {
        return CommandLine.populateCommand(new LaunchOptions(), "--server-url", lab.url(), "--pin", lab.pin(),
                "--admin-password", ADMIN_PASSWORD, "--demo-users", "--phone", JSMITH, "--phone", AMORGAN,
                "--insecure-test-kdf");
    }
}
