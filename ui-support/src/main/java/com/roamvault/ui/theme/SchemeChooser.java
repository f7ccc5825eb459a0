package com.roamvault.ui.theme;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** System / Light / Dark as three joined toggle buttons bound to a choice; one of them is always selected. */
public final class SchemeChooser {
    private SchemeChooser() {
    }

    /**
     * @param id the node id of each choice's button
     * @param shortcut the key that swaps light and dark, for the tooltips; null for none
     */
    public static HBox of(ObjectProperty<SchemeChoice> choice, Function<SchemeChoice, String> id, String shortcut) {
        ToggleGroup group = new ToggleGroup();
        Map<SchemeChoice, ToggleButton> buttons = new EnumMap<>(SchemeChoice.class);
        String[] pills = {Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL};
        for (SchemeChoice each : SchemeChoice.values()) {
            ToggleButton button = new ToggleButton(each.label());
            button.setId(id.apply(each));
            button.setUserData(each);
            button.setToggleGroup(group);
            button.getStyleClass().add(pills[each.ordinal()]);
            button.setMinWidth(ToggleButton.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(each.description()
                    + (shortcut == null || each == SchemeChoice.SYSTEM ? "" : " (" + shortcut + " swaps light and dark)")));
            buttons.put(each, button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // clicking the chosen one again keeps it chosen
            } else {
                choice.set((SchemeChoice) now.getUserData());
            }
        });
        choice.addListener((obs, old, now) -> buttons.get(now == null ? SchemeChoice.SYSTEM : now).setSelected(true));
        buttons.get(choice.get() == null ? SchemeChoice.SYSTEM : choice.get()).setSelected(true);
        HBox box = new HBox(buttons.values().toArray(ToggleButton[]::new));
        box.getStyleClass().add("scheme-chooser");
        return box;
    }
}
