package com.roamvault.device.ui.support;

import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders the code-built views share, so each view reads as what it shows. */
public final class Views {
    private Views() {
    }

    public static Label label(ObservableValue<String> text, String... styleClasses) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        return l;
    }

    public static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styleClasses);
        l.setWrapText(true);
        return l;
    }

    /** A label that takes no room while its text is empty (errors, notices). */
    public static Label message(ObservableStringValue text, String id, String... styleClasses) {
        Label l = label(text, styleClasses);
        l.setId(id);
        l.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /**
     * A form field with its name above it (not a placeholder only: the name stays while typing, and
     * screen readers announce it); the label is {@code field's id + "-label"}.
     */
    public static VBox labelled(String name, Control field) {
        Label l = label(name, "field-label");
        l.setLabelFor(field);
        l.setId(field.getId() + "-label");
        field.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, l, field);
        box.getStyleClass().add("form-field");
        return box;
    }

    public static Button button(String text, Ikon icon, String id, Runnable action, String... styleClasses) {
        Button b = new Button(text);
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.setId(id);
        b.getStyleClass().addAll(styleClasses);
        b.setOnAction(e -> action.run());
        b.setMnemonicParsing(false);
        if (b.getStyleClass().contains("wide")) {
            b.setMaxWidth(Double.MAX_VALUE);
        }
        return b;
    }

    /**
     * A list cell that wraps its text to the list's width instead of widening the list (which would
     * then scroll sideways): with no preferred width of its own it is laid out as wide as the list.
     */
    public static <T extends Cell<?>> T wrapping(T cell) {
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    /** A list of lines (journal events and the like), each wrapped to the list's width. */
    public static ListView<String> lines(ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setCellFactory(v -> wrapping(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        }));
        return list;
    }

    public static FontIcon icon(Ikon icon, String... styleClasses) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().addAll(styleClasses);
        return i;
    }

    public static Region grow() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A screen's column: title on top, content below, padded as every phone screen. */
    public static VBox screen(String styleClass, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().addAll("phone-screen", styleClass);
        return box;
    }
}
