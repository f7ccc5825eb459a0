package com.roamvault.device.ui.control;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.ui.support.Views;
import java.time.Duration;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One phone's column of the control panel: network, clock, fingerprint sensor, audit journal. */
public final class DeviceControlView {
    private final DeviceControlViewModel vm;

    public DeviceControlView(DeviceControlViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        VBox box = new VBox(section("Network", network()), section("Clock", clock()),
                section("Fingerprint sensor", fingerprint()), section("Audit journal", journal()),
                message(vm.messageProperty(), "control-message", "hint"));
        box.getStyleClass().add("control-panel");
        box.disableProperty().bind(vm.phone().interactiveProperty().not());
        return box;
    }

    private static VBox section(String title, Node... content) {
        VBox box = new VBox(4);
        box.getChildren().add(label(title, "control-section"));
        box.getChildren().addAll(content);
        return box;
    }

    private Node network() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (NetworkMode mode : NetworkMode.values()) {
            ToggleButton b = new ToggleButton(mode == NetworkMode.MITM ? "MITM" : capitalized(mode.name()));
            b.setId("control-network-" + mode.name().toLowerCase(Locale.ROOT));
            b.setUserData(mode);
            b.setToggleGroup(group);
            b.setOnAction(e -> vm.setNetwork(mode));
            box.getChildren().add(b);
        }
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.networkProperty().get()));
        vm.networkProperty().addListener((obs, old, now) -> select.run());
        // a click on the selected toggle must not leave none selected
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                select.run();
            }
        });
        select.run();
        return box;
    }

    private static String capitalized(String s) {
        return s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private Node[] clock() {
        TextField custom = new TextField();
        custom.setId("control-clock-custom");
        custom.setPrefColumnCount(5);
        custom.textProperty().bindBidirectional(vm.customDurationProperty());
        custom.setOnAction(e -> vm.applyCustomDuration());
        FlowPane quick = new FlowPane(4, 4, button("+1 h", null, "control-clock-1h",
                () -> vm.advanceClock(Duration.ofHours(1)), "small"),
                button("+1 d", null, "control-clock-1d", () -> vm.advanceClock(Duration.ofDays(1)), "small"),
                button("+7 d", null, "control-clock-7d", () -> vm.advanceClock(Duration.ofDays(7)), "small"),
                button("−1 d", null, "control-clock-back", () -> vm.setClockBack(Duration.ofDays(1)), "small"));
        HBox customRow = new HBox(4, custom, button("Move", null, "control-clock-apply", vm::applyCustomDuration,
                "small"), label("e.g. 15d, 12h, -2d", "hint"));
        return new Node[] {label(vm.clockProperty(), "hint"), quick, customRow};
    }

    private Node[] fingerprint() {
        ComboBox<String> fingers = new ComboBox<>();
        fingers.setId("control-finger");
        fingers.setPromptText("enrolled finger");
        vm.fingersProperty().addListener((obs, old, now) -> {
            fingers.setItems(FXCollections.observableArrayList(now));
            fingers.getSelectionModel().selectFirst();
        });
        fingers.setItems(FXCollections.observableArrayList(vm.fingersProperty().get()));
        fingers.getSelectionModel().selectFirst();
        Button touch = button("Touch", Material2MZ.TOUCH_APP, "control-touch",
                () -> vm.touchWith(fingers.getValue()), "small");
        Button stranger = button("Unknown finger", Material2AL.FINGERPRINT, "control-touch-unknown",
                vm::touchWithUnknownFinger, "small");
        TextField enroll = new TextField();
        enroll.setId("control-enroll-name");
        enroll.setPrefColumnCount(8);
        enroll.textProperty().bindBidirectional(vm.newFingerProperty());
        enroll.setOnAction(e -> vm.enrollFinger());
        return new Node[] {label(vm.biometricProperty(), "hint"), new FlowPane(4, 4, fingers, touch, stranger),
            new FlowPane(4, 4, enroll, button("Enroll", null, "control-enroll", vm::enrollFinger, "small"),
                    button("Remove all", null, "control-remove-fingers", vm::removeFingers, "small"))};
    }

    private Node[] journal() {
        ListView<String> events = Views.lines(vm.pendingEvents());
        events.setId("control-journal");
        events.setPrefHeight(110);
        events.setPlaceholder(label("Nothing pending: every event reached the server", "hint"));
        events.getStyleClass().add("journal-list");
        return new Node[] {label(vm.journalSummaryProperty(), "hint"), events};
    }
}
