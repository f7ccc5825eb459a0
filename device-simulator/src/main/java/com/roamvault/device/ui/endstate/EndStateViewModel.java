package com.roamvault.device.ui.endstate;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;

/** The end-state screen: title, explanation and the one button, from the phone's current end state. */
public final class EndStateViewModel {
    private final Runnable acknowledge;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper();

    /** @param acknowledge what the button does: the phone forgets the alert or moves on */
    public EndStateViewModel(ObservableObjectValue<EndState> state, Runnable acknowledge) {
        this.acknowledge = acknowledge;
        title.bind(Bindings.createStringBinding(() -> state.get() == null ? "" : state.get().title(), state));
        message.bind(Bindings.createStringBinding(() -> state.get() == null ? "" : state.get().message(), state));
        action.bind(Bindings.createStringBinding(() -> state.get() == null ? "" : state.get().action(), state));
        kind.bind(Bindings.createStringBinding(() -> state.get() == null ? "" : state.get().kind().name(), state));
    }

    /** The way forward: back to the screen behind an alert, or on to login / unlock. */
    public void proceed() {
        acknowledge.run();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    /** The {@link EndState.Kind} name, for styling (e.g. red for MITM). */
    public ReadOnlyStringProperty kindProperty() {
        return kind.getReadOnlyProperty();
    }
}
