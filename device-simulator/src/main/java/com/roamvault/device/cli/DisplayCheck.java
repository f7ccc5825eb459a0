package com.roamvault.device.cli;

/** What the phone simulator says where no window can open (see {@link com.roamvault.launcher.Display}). */
final class DisplayCheck {
    static final String NO_DISPLAY = "no display: the phone simulator window cannot open here (DISPLAY unset or unreachable).\n"
            + "Play scenarios headless instead: roamvault-device.jar run SCENARIO.yaml "
            + "[--server-url URL --pin PIN --admin-password P]";

    private DisplayCheck() {
    }
}
