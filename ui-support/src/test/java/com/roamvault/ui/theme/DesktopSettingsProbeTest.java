package com.roamvault.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How each desktop's answer reads (what the commands print there). */
class DesktopSettingsProbeTest {

    @Test
    void gnomeSaysPreferDarkOrOlderOnesUseADarkTheme() {
        assertThat(DesktopSettingsProbe.gnome("'prefer-dark'", "")).isTrue();
        assertThat(DesktopSettingsProbe.gnome("'prefer-light'", "'Adwaita-dark'")).isFalse();
        assertThat(DesktopSettingsProbe.gnome("'default'", "'Adwaita'")).isFalse();
        assertThat(DesktopSettingsProbe.gnome("'default'", "'Adwaita-dark'")).isTrue();
        assertThat(DesktopSettingsProbe.gnome("", "")).isFalse();
    }

    @Test
    void macAndWindowsSayDarkTheirOwnWay() {
        assertThat(DesktopSettingsProbe.mac("Dark\n")).isTrue();
        assertThat(DesktopSettingsProbe.mac("")).isFalse();
        assertThat(DesktopSettingsProbe.windows("""
                HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize
                    AppsUseLightTheme    REG_DWORD    0x0
                """)).isTrue();
        assertThat(DesktopSettingsProbe.windows("    AppsUseLightTheme    REG_DWORD    0x1")).isFalse();
        assertThat(DesktopSettingsProbe.windows("")).isFalse();
    }
}
