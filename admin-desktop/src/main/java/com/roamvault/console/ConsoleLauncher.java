package com.roamvault.console;

import com.roamvault.launcher.ClasspathJavaFx;
import com.roamvault.launcher.Display;
import com.roamvault.launcher.GtkLibrary;

/**
 * {@code java -jar roamvault-console.jar [--server-url=URL --pin=PIN --user=NAME] [--scale=1.5]}: a
 * plain main, so the JavaFX runtime inside the jar starts from the class path. With the password in
 * {@code ROAMVAULT_CONSOLE_PASSWORD} (never on the command line) the console connects by itself;
 * {@code --scale} enlarges everything (see {@link UiScale}). Where no window can open it says so
 * in a sentence instead of a GTK stack trace (the launcher module has already checked the Java).
 */
public final class ConsoleLauncher {
    static final String NO_DISPLAY = "roamvault-console: no display: the admin console is a desktop window and "
            + "there is no display here (DISPLAY unset or unreachable).\nRun it on a desktop (or with DISPLAY=:N pointing at an X server).";
    static final String NO_GTK = GtkLibrary.sentence("roamvault-console", "the admin console window");

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        if (Display.missing()) {
            System.err.println(NO_DISPLAY);
            System.exit(2);
        }
        if (GtkLibrary.missing()) {
            System.err.println(NO_GTK);
            System.exit(2);
        }
        ClasspathJavaFx.quiet();
        try {
            ConsoleApp.main(args);
        } catch (UnsupportedOperationException e) {
            // DISPLAY set but unusable (a closed X server, no permission), or GTK found but not loadable
            System.err.println(advice(e.getMessage()) + "\n(" + e.getMessage() + ")");
            System.exit(2);
        }
    }

    /** JavaFX's "Unable to load glass GTK library" is a GTK problem, not a display one. */
    static String advice(String javafxMessage) {
        return javafxMessage != null && javafxMessage.contains("GTK library") ? NO_GTK : NO_DISPLAY;
    }
}
