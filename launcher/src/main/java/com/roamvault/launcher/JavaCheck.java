package com.roamvault.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The Main-Class of every Roamvault jar. Compiled for Java 8 (see the pom), so on a Java older
 * than 21 the user reads one sentence naming the Java in use instead of a class-version stack
 * trace; otherwise it hands over to the program's real main, named in the jar's manifest
 * ({@code Roamvault-Main}, with {@code Roamvault-Program} as the name to speak with).
 */
public final class JavaCheck {
    public static final int NEEDED = 21;
    static final String MAIN = "Roamvault-Main";
    static final String PROGRAM = "Roamvault-Program";

    private JavaCheck() {
    }

    public static void main(String[] args) throws Throwable {
        Attributes manifest = roamvaultManifest();
        String program = manifest == null ? "roamvault" : manifest.getValue(PROGRAM);
        String message = tooOld(program, System.getProperty("java.specification.version"),
                System.getProperty("java.home"));
        if (message != null) {
            System.err.println(message);
            System.exit(1);
        }
        if (manifest == null) {
            System.err.println("roamvault: this jar's manifest names no program (" + MAIN + "); rebuild it with Maven.");
            System.exit(2);
        }
        try {
            Class.forName(manifest.getValue(MAIN)).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The sentence for a Java older than 21, or null when this one will do. */
    static String tooOld(String program, String specificationVersion, String javaHome) {
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
        return program + ": Java " + NEEDED + " or newer is needed, and this is Java " + v + " (" + javaHome
                + ").\nRun the jar with a JDK " + NEEDED + "+ (e.g. $JAVA_HOME/bin/java -jar " + program + ".jar ...),"
                + " or use ./roamvault, which finds one by itself.";
    }

    /** The main attributes of the manifest that names a Roamvault program, or null. */
    static Attributes roamvaultManifest() throws IOException {
        Enumeration<URL> manifests = JavaCheck.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        while (manifests.hasMoreElements()) {
            try (InputStream in = manifests.nextElement().openStream()) {
                Attributes main = new Manifest(in).getMainAttributes();
                if (main.getValue(MAIN) != null) {
                    return main;
                }
            }
        }
        return null;
    }
}
