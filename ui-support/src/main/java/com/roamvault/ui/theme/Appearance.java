package com.roamvault.ui.theme;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The scheme the program shows: the chosen one, or the desktop's while the choice is
 * {@link SchemeChoice#SYSTEM} (followed live). Applies Primer light or dark at once and on every
 * change of either. Use on the FX thread.
 */
public final class Appearance {
    private final ObjectProperty<SchemeChoice> choice;
    private final ObservableBooleanValue desktopDark;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();

    public Appearance(ObjectProperty<SchemeChoice> choice, DesktopScheme desktop) {
        this.choice = choice;
        this.desktopDark = desktop.dark();
        InvalidationListener update = obs -> show();
        choice.addListener(update);
        desktopDark.addListener(update);
        show();
    }

    /** Starts with the choice in {@code file} and remembers every change there. */
    public static Appearance remembered(SchemeFile file, DesktopScheme desktop) {
        ObjectProperty<SchemeChoice> choice = new SimpleObjectProperty<>(file.choice());
        file.rememberChangesOf(choice);
        return new Appearance(choice, desktop);
    }

    public ObjectProperty<SchemeChoice> choiceProperty() {
        return choice;
    }

    /** Whether the dark scheme shows now. */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** The other scheme than the one showing, as an explicit choice (a keyboard shortcut's job). */
    public void toggle() {
        choice.set(dark.get() ? SchemeChoice.LIGHT : SchemeChoice.DARK);
    }

    private void show() {
        SchemeChoice chosen = choice.get() == null ? SchemeChoice.SYSTEM : choice.get();
        dark.set(chosen.dark(desktopDark.get()));
        Theme.apply(dark.get());
    }
}
