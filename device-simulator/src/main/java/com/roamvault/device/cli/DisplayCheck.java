package com.roamvault.device.cli;

import com.roamvault.launcher.GtkLibrary;

/** What the phone simulator says where no window can open (see {@link com.roamvault.launcher.Display}). */
final class DisplayCheck {
    static final String NO_DISPLAY = "no display: the phone simulator window cannot open here (DISPLAY unset or unreachable).\n"
            + "Play scenarios headless instead: roamvault-device.jar run SCENARIO.yaml "
            + "[--server-url URL --pin PIN --admin-password P]";
    static final String NO_GTK = GtkLibrary.sentence("roamvault-device", "the phone simulator window");

    private DisplayCheck() {
    }

    /** JavaFX's "Unable to load glass GTK library" is a GTK problem, not a display one. */
    static String advice(String javafxMessage) {
        return javafxMessage != null && javafxMessage.contains("GTK library") ? NO_GTK : NO_DISPLAY;
    }
}
