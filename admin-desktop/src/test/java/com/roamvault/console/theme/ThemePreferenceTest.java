package com.roamvault.console.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThemePreferenceTest {

    @Test
    void missingFileMeansLightAndAChoiceSurvivesAReload() throws Exception {
        Path file = Files.createTempDirectory("rv-config").resolve("roamvault").resolve("console.properties");
        assertThat(ThemePreference.in(file).dark()).isFalse();

        ThemePreference.in(file).setDark(true);

        assertThat(file).exists();
        assertThat(ThemePreference.in(file).dark()).isTrue();
        ThemePreference.in(file).setDark(false);
        assertThat(ThemePreference.in(file).dark()).isFalse();
    }

    @Test
    void livesBesideTheKnownServersAndAGarbledFileMeansLight() throws Exception {
        Path servers = Files.createTempDirectory("rv-config").resolve("servers.json");
        Path file = ThemePreference.besides(servers);
        assertThat(file.getParent()).isEqualTo(servers.getParent());

        Files.write(file, new byte[] {'s', 'c', 'h', 'e', 'm', 'e', '=', '\\', 'u', 'z', 'z'});

        assertThat(ThemePreference.in(file).dark()).isFalse();
    }

    @Test
    void inMemoryRemembersForTheRunOnly() throws Exception {
        ThemePreference preference = ThemePreference.inMemory();
        preference.setDark(true);
        assertThat(preference.dark()).isTrue();
        assertThat(ThemePreference.inMemory().dark()).isFalse();
    }
}
