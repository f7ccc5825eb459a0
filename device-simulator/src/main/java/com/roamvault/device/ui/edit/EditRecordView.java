package com.roamvault.device.ui.edit;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.labelled;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.password.PasswordMeterView;
import com.roamvault.device.ui.support.Views;
import com.roamvault.protocol.password.PasswordGenerator;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The edit form: every field named above it, the generator beside the new password, Save and Cancel. */
public final class EditRecordView {
    private final EditRecordViewModel vm;

    public EditRecordView(EditRecordViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        VBox content = Views.screen("edit-screen", header(),
                message(vm.errorProperty(), "edit-error", "error-text"),
                message(vm.reasonProperty(), "edit-reason", "hint"), review(),
                labelled("Title", text("edit-title", vm.titleProperty())),
                labelled("User name", text("edit-username", vm.usernameProperty())),
                password(), generator(), PasswordMeterView.of(vm.meter(), "edit-strength"),
                labelled("URL", text("edit-url", vm.urlProperty())),
                labelled("Notes", notes()),
                labelled("New one-time code secret (otpauth:// URI; empty keeps the current one)",
                        text("edit-otp-uri", vm.otpUriProperty())),
                message(vm.otpProblemProperty(), "edit-otp-problem", "error-text"));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private TextArea notes() {
        TextArea area = new TextArea();
        area.setId("edit-notes");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(vm.notesProperty());
        return area;
    }

    /** Hidden while typing; "Show" swaps in a plain field over the same text (to read a generated one). */
    private VBox password() {
        PasswordField hidden = new PasswordField();
        hidden.setId("edit-password");
        hidden.textProperty().bindBidirectional(vm.passwordProperty());
        TextField shown = text("edit-password-shown", vm.passwordProperty());
        shown.getStyleClass().add("password-value");
        CheckBox show = new CheckBox("Show");
        show.setId("edit-password-show");
        shown.visibleProperty().bind(show.selectedProperty());
        hidden.visibleProperty().bind(show.selectedProperty().not());
        StackPane field = new StackPane(hidden, shown);
        VBox box = labelled("New password (empty keeps the current one)", hidden);
        box.getChildren().set(1, field);
        box.getChildren().add(show);
        ((Label) box.getChildren().getFirst()).setLabelFor(hidden);
        return box;
    }

    private HBox generator() {
        Spinner<Integer> length = new Spinner<>(PasswordGenerator.MIN_LENGTH, PasswordGenerator.MAX_LENGTH,
                EditRecordViewModel.DEFAULT_LENGTH);
        length.setId("edit-length");
        length.setEditable(true);
        length.setPrefWidth(90);
        length.getValueFactory().valueProperty().bindBidirectional(vm.lengthProperty());
        Label name = label("Length", "field-label");
        name.setLabelFor(length);
        Button generate = button("Generate", Material2MZ.REFRESH, "edit-generate", vm::generate);
        HBox box = new HBox(8, name, length, generate);
        box.getStyleClass().add("generator");
        return box;
    }

    private Button review() {
        Button b = button("Review the conflict", Material2AL.COMPARE_ARROWS, "edit-review-conflict",
                vm::reviewConflict, "wide");
        b.visibleProperty().bind(vm.conflictedProperty());
        b.managedProperty().bind(b.visibleProperty());
        return b;
    }

    /** Cancel and Save on top, as phone apps have them: reachable however long the form. */
    private HBox header() {
        Button cancel = button("", Material2AL.ARROW_BACK, "edit-cancel", vm::cancel, "flat");
        Label heading = label(vm.headingProperty(), "screen-title");
        HBox.setHgrow(heading, javafx.scene.layout.Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        Button save = button("Save", Material2MZ.SAVE, "edit-save", vm::save, "accent");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(6, cancel, heading, save);
        box.getStyleClass().add("screen-header");
        return box;
    }
}
