package com.roamvault.console.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** A drop-down of a {@link ChoiceField}'s words that shows each as a person reads it; global and per user alike. */
public final class ChoiceBoxes {
    private ChoiceBoxes() {
    }

    public static ComboBox<String> of(ChoiceField field) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(field.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return field.readable(value);
            }

            @Override
            public String fromString(String text) {
                return field.values().stream().filter(v -> field.readable(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
