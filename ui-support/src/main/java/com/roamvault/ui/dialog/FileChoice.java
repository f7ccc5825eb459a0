package com.roamvault.ui.dialog;

import java.util.List;

/** What an open-file dialog asks for: its title and the kind of file, e.g. "Images" with "*.png". */
public record FileChoice(String title, String kind, List<String> patterns) {
    public FileChoice {
        patterns = List.copyOf(patterns);
    }
}
