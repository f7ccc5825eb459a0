package com.roamvault.launcher;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether JavaFX's window toolkit on Linux, GTK 3, is installed. Without {@code libgtk-3.so.0}
 * JavaFX stops with "Unable to load glass GTK library"; the desktop programs (and the demo script,
 * through {@link #main}) ask first and name the package that fixes it.
 */
public final class GtkLibrary {
    public static final String FILE = "libgtk-3.so.0";
    public static final String INSTALL = "sudo apt-get install -y libgtk-3-0";
    /** Where Debian, Ubuntu, Fedora and Arch keep shared libraries; LD_LIBRARY_PATH is searched first. */
    static final List<String> LIBRARY_DIRS = Arrays.asList("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/lib");

    /** Answers whether a shared library file can be found; tests play a machine without GTK with it. */
    public interface Probe {
        boolean found(String file);
    }

    private GtkLibrary() {
    }

    /** For this process: its OS, JavaFX platform and the machine's library folders. */
    public static boolean missing() {
        return missing(System.getProperty("os.name"), System.getProperty("glass.platform"), onThisMachine());
    }

    /** The probe of this machine's library folders and ldconfig cache. */
    public static Probe onThisMachine() {
        return new FileProbe(System.getenv("LD_LIBRARY_PATH"));
    }

    /** True when JavaFX would need GTK 3 here and it cannot be found (headless Monocle needs none). */
    public static boolean missing(String osName, String glassPlatform, Probe probe) {
        if ("Monocle".equalsIgnoreCase(glassPlatform) || osName == null || !osName.startsWith("Linux")) {
            return false;
        }
        return !probe.found(FILE);
    }

    /** The sentence a program prints instead of JavaFX's: what is missing and the command that installs it. */
    public static String sentence(String program, String windows) {
        return program + ": GTK 3 (" + FILE + ") is not installed, so " + windows + " cannot open. Install it: "
                + INSTALL;
    }

    /**
     * {@code java -cp JAR com.roamvault.launcher.GtkLibrary PROGRAM WINDOWS} (the demo script): 0 when GTK 3
     * is there; otherwise the {@link #sentence} on standard output and exit 1.
     */
    public static void main(String[] args) {
        if (missing()) {
            System.out.println(sentence(args.length > 0 ? args[0] : "roamvault",
                    args.length > 1 ? args[1] : "the Roamvault windows"));
            System.exit(1);
        }
    }

    /** Looks in LD_LIBRARY_PATH and the usual folders, then asks ldconfig's cache; unsure counts as found. */
    static final class FileProbe implements Probe {
        private final List<String> dirs = new ArrayList<>();

        FileProbe(String ldLibraryPath) {
            if (ldLibraryPath != null) {
                dirs.addAll(Arrays.asList(ldLibraryPath.split(File.pathSeparator)));
            }
            dirs.addAll(LIBRARY_DIRS);
        }

        @Override
        public boolean found(String file) {
            for (String dir : dirs) {
                if (!dir.isEmpty() && new File(dir, file).exists()) {
                    return true;
                }
            }
            Boolean cached = inLdconfigCache(file);
            return cached == null || cached; // no ldconfig to ask: let JavaFX try rather than refuse wrongly
        }

        private static Boolean inLdconfigCache(String file) {
            for (String ldconfig : new String[] {"/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig"}) {
                try {
                    Process process = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
                    boolean listed = false;
                    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                            StandardCharsets.UTF_8))) {
                        for (String line = out.readLine(); line != null; line = out.readLine()) {
                            listed |= line.trim().startsWith(file + " ");
                        }
                    }
                    if (process.waitFor() == 0) {
                        return listed;
                    }
                } catch (IOException e) {
                    // not at this path: try the next
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return null;
        }
    }
}
