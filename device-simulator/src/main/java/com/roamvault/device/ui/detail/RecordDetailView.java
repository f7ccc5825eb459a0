package com.roamvault.device.ui.detail;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A record: its fields, the password (hidden, revealed for a while), copy with the clipboard countdown. */
public final class RecordDetailView {
    private final RecordDetailViewModel vm;

    public RecordDetailView(RecordDetailViewModel vm) {
        this.vm = vm;
    }

    /** Scrolls: a record with a long title, URL and notes is taller than the phone. */
    public Node build() {
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node content() {
        return Views.screen("detail-screen", header(), message(vm.noticeProperty(), "detail-notice", "notice-text"),
                field("User name", vm.usernameProperty(), "detail-username"),
                passwordField(), new RecordOtpView(vm).build(), field("URL", vm.urlProperty(), "detail-url"),
                field("Notes", vm.notesProperty(), "detail-notes"), actions(), editAction(),
                message(vm.revealCountdownProperty(), "detail-reveal-countdown", "hint"),
                message(vm.clipboardProperty(), "detail-clipboard", "clipboard-banner"),
                message(vm.errorProperty(), "detail-error", "error-text"));
    }

    private HBox header() {
        Button back = button("", Material2AL.ARROW_BACK, "detail-back", vm::back, "flat");
        Label title = label(vm.titleProperty(), "screen-title");
        title.setId("detail-title");
        HBox box = new HBox(6, back, title);
        box.getStyleClass().add("screen-header");
        return box;
    }

    private VBox field(String name, ObservableValue<String> value, String id) {
        Label v = label(value, "field-value");
        v.setId(id);
        VBox box = new VBox(1, label(name, "field-name"), v);
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> !value.getValue().isEmpty(), value));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox passwordField() {
        Label v = label(vm.passwordProperty(), "field-value", "password-value");
        v.setId("detail-password");
        return new VBox(1, label("Password", "field-name"), v);
    }

    private HBox actions() {
        Button reveal = button("Reveal", Material2MZ.VISIBILITY, "detail-reveal", vm::toggleReveal);
        reveal.textProperty().bind(Bindings.when(vm.revealedProperty()).then("Hide").otherwise("Reveal"));
        Button copy = button("Copy password", Material2AL.CONTENT_COPY, "detail-copy", vm::copy, "accent");
        HBox box = new HBox(8, reveal, copy);
        box.getStyleClass().add("actions");
        return box;
    }

    /** Edit: enabled only when the engine allows it, with the reason under it otherwise. */
    private VBox editAction() {
        Button edit = button("Edit record", Material2AL.EDIT, "detail-edit", vm::edit, "wide");
        edit.disableProperty().bind(vm.canEditProperty().not());
        return new VBox(2, edit, message(vm.editHintProperty(), "detail-edit-hint", "hint"));
    }
}
