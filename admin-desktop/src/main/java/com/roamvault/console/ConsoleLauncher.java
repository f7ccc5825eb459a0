package com.roamvault.console;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * {@code java -jar roamvault-console.jar [--server-url=URL --pin=PIN --user=NAME] [--scale=1.5]}: a
 * plain main, so the JavaFX runtime inside the jar starts from the class path. With the password in
 * {@code ROAMVAULT_CONSOLE_PASSWORD} (never on the command line) the console connects by itself;
 * {@code --scale} enlarges everything (see {@link UiScale}).
 * Compiled for Java 8 on purpose (see the pom): on a Java older than 21, or with no display, it
 * says so in a sentence instead of a stack trace, then hands over to {@link ConsoleApp} by name.
 */
public final class ConsoleLauncher {
    static final int NEEDED = 21;
    static final String NO_DISPLAY = "roamvault-console: no display: the admin console is a desktop window and "
            + "there is no display here (DISPLAY unset or unreachable).\nRun it on a desktop (or with DISPLAY=:N pointing at an X server).";

    private ConsoleLauncher() {
    }

    public static void main(String[] args) throws Throwable {
        String problem = tooOld(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        if (noDisplay(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform"))) {
            System.err.println(NO_DISPLAY);
            System.exit(2);
        }
        try {
            Class.forName("com.roamvault.console.ConsoleApp").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof UnsupportedOperationException) {
                // DISPLAY set but unusable: the same advice, no GTK trace
                System.err.println(NO_DISPLAY + "\n(" + e.getCause().getMessage() + ")");
                System.exit(2);
            }
            throw e.getCause();
        }
    }

    /** The sentence for a Java older than 21, or null when this one will do. */
    static String tooOld(String specificationVersion, String javaHome) {
        String v = specificationVersion == null ? "0" : specificationVersion;
        int major;
        try {
            major = Integer.parseInt(v.startsWith("1.") ? v.substring(2) : v.split("\\.")[0]);
        } catch (NumberFormatException e) {
            return null; // an unknown scheme: let the JVM try
        }
        if (major >= NEEDED) {
            return null;
        }
        return "roamvault-console: Java " + NEEDED + " or newer is needed, and this is Java " + v + " (" + javaHome
                + ").\nRun the jar with a JDK " + NEEDED + "+ (e.g. $JAVA_HOME/bin/java -jar roamvault-console.jar),"
                + " or use ./roamvault, which finds one by itself.";
    }

    /** On Linux without DISPLAY or WAYLAND_DISPLAY no window can open (headless Monocle, as in tests, can). */
    static boolean noDisplay(String osName, Map<String, String> env, String glassPlatform) {
        if ("Monocle".equalsIgnoreCase(glassPlatform) || osName == null || !osName.startsWith("Linux")) {
            return false;
        }
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
