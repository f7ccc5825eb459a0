package com.roamvault.device.cli;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 on purpose (see the pom): on a Java older than 21 it
 * says so in one sentence instead of a class-version stack trace, else it hands over to
 * {@link DeviceMain} (by name, so this class loads on any Java).
 */
public final class Launcher {
    static final int NEEDED = 21;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        String message = tooOld(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (message != null) {
            System.err.println(message);
            System.exit(1);
        }
        try {
            Class.forName("com.roamvault.device.cli.DeviceMain").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
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
        return "roamvault-device: Java " + NEEDED + " or newer is needed, and this is Java " + v + " (" + javaHome
                + ").\nRun the jar with a JDK " + NEEDED + "+ (e.g. $JAVA_HOME/bin/java -jar roamvault-device.jar ...),"
                + " or use ./roamvault, which finds one by itself.";
    }
}
