package com.roamvault.ui.theme;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * System / Light / Dark bound to a choice: three joined toggle buttons (one always selected), or, where a
 * toolbar has no room for them, a menu button.
 */
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

    /**
     * The same choice as a small menu button showing only {@code graphic} (an icon), for a toolbar with
     * no room for three buttons; its items have the ids {@code <id>-system}, {@code <id>-light}, {@code <id>-dark}.
     */
    public static MenuButton menu(ObjectProperty<SchemeChoice> choice, String id, Node graphic) {
        MenuButton button = new MenuButton(null, graphic);
        button.setId(id);
        button.setAccessibleText("Colour scheme");
        ToggleGroup group = new ToggleGroup();
        Map<SchemeChoice, RadioMenuItem> items = new EnumMap<>(SchemeChoice.class);
        for (SchemeChoice each : SchemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(each.label());
            item.setId(id + "-" + each.stored());
            item.setToggleGroup(group);
            item.setOnAction(e -> choice.set(each));
            items.put(each, item);
        }
        button.getItems().setAll(items.values());
        Tooltip tip = new Tooltip();
        Runnable show = () -> {
            SchemeChoice now = choice.get() == null ? SchemeChoice.SYSTEM : choice.get();
            items.get(now).setSelected(true);
            tip.setText("Colour scheme: " + now.label() + " (" + now.description().toLowerCase(Locale.ROOT) + ")");
        };
        choice.addListener((obs, old, now) -> show.run());
        show.run();
        button.setTooltip(tip);
        return button;
    }
}
