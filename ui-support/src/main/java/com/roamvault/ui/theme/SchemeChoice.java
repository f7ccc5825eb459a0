package com.roamvault.ui.theme;

import java.util.Locale;

/**
 * What the user chose for the colour scheme: follow the desktop (the default), or always light, or
 * always dark. Stored as its lower-case name, so files written when the choice was only light or dark
 * ("light"/"dark") read back as the explicit choice they were.
 */
public enum SchemeChoice {
    SYSTEM("System", "Follow the desktop's light or dark setting"),
    LIGHT("Light", "Light colour scheme"),
    DARK("Dark", "Dark colour scheme");

    private final String label;
    private final String description;

    SchemeChoice(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether this choice shows the dark scheme while the desktop prefers dark ({@code desktopDark}) or not. */
    public boolean dark(boolean desktopDark) {
        return this == DARK || this == SYSTEM && desktopDark;
    }

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A stored value back; nothing stored, or something unknown, means {@link #SYSTEM}. */
    public static SchemeChoice parse(String stored) {
        if (stored != null) {
            for (SchemeChoice choice : values()) {
                if (choice.stored().equals(stored.trim().toLowerCase(Locale.ROOT))) {
                    return choice;
                }
            }
        }
        return SYSTEM;
    }
}
