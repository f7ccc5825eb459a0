package com.roamvault.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GtkLibraryTest {
    private final List<String> askedFor = new ArrayList<>();

    private GtkLibrary.Probe machineWith(String... files) {
        return file -> {
            askedFor.add(file);
            return List.of(files).contains(file);
        };
    }

    @Test
    void linuxWithoutGtk3IsMissingItEvenWithGtk2() {
        assertThat(GtkLibrary.missing("Linux", null, machineWith("libgtk-x11-2.0.so.0"))).isTrue();
        assertThat(askedFor).containsExactly("libgtk-3.so.0");
        assertThat(GtkLibrary.missing("Linux", null, machineWith("libgtk-3.so.0"))).isFalse();
    }

    @Test
    void headlessMonocleWindowsAndMacNeedNoGtk() {
        assertThat(GtkLibrary.missing("Linux", "Monocle", machineWith())).isFalse();
        assertThat(GtkLibrary.missing("Windows 11", null, machineWith())).isFalse();
        assertThat(GtkLibrary.missing("Mac OS X", null, machineWith())).isFalse();
        assertThat(askedFor).isEmpty();
    }

    @Test
    void theSentenceNamesTheLibraryAndTheCommandThatInstallsIt() {
        assertThat(GtkLibrary.sentence("roamvault-console", "the admin console window"))
                .isEqualTo("roamvault-console: GTK 3 (libgtk-3.so.0) is not installed, so the admin console window "
                        + "cannot open. Install it: sudo apt-get install -y libgtk-3-0")
                .doesNotContain("\n");
    }

    @Test
    void theFileProbeFindsTheLibraryInLdLibraryPath() throws IOException {
        Path dir = Files.createTempDirectory("gtk-probe");
        Files.createFile(dir.resolve("libroamvault-test.so.0"));
        assertThat(new GtkLibrary.FileProbe("/nowhere:" + dir).found("libroamvault-test.so.0")).isTrue();
    }

    @Test
    void theFileProbeSaysMissingForALibraryNoFolderAndNoLdconfigCacheHas() {
        assumeTrue(Files.isExecutable(Path.of("/sbin/ldconfig")) || Files.isExecutable(Path.of("/usr/sbin/ldconfig")),
                "without ldconfig the probe cannot be sure, and says found");
        assertThat(new GtkLibrary.FileProbe(null).found("libroamvault-never-installed.so.0")).isFalse();
    }
}
