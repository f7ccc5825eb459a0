package com.roamvault.device.ui.simulator;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.control.DeviceControlView;
import com.roamvault.device.ui.guided.GuidedDemoView;
import com.roamvault.device.ui.phone.PhoneView;
import com.roamvault.device.ui.scenario.ScenarioPlayerView;
import com.roamvault.device.ui.support.Views;
import com.roamvault.ui.theme.SchemeChooser;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The window: a toolbar (add phone, run scenario, scheme), the guided demo's strip when open, the
 * phones with their controls, the scenario panel, and a status line (server, what it is doing).
 */
public final class SimulatorView {
    private final SimulatorViewModel vm;
    /** Side by side while they fit, else one under the other: a narrow window scrolls down, never sideways. */
    private final FlowPane phones = new FlowPane();
    private final Map<PhoneSlot, Node> columns = new HashMap<>();

    public SimulatorView(SimulatorViewModel vm) {
        this.vm = vm;
    }

    public BorderPane build() {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("simulator");
        // the guided demo's captions run across the window under the toolbar: the phones keep the width
        root.setTop(new VBox(toolbar(), new GuidedDemoView(vm.guided()).build()));
        phones.getStyleClass().add("phones");
        vm.phones().addListener((ListChangeListener<PhoneSlot>) c -> syncColumns());
        syncColumns();
        ScrollPane scroll = new ScrollPane(phones);
        scroll.setId("phones-scroll");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true); // the flow wraps at the window's width
        root.setCenter(scroll);
        Node scenario = new ScenarioPlayerView(vm.scenario()).build();
        scenario.visibleProperty().bind(Bindings.isNotEmpty(vm.scenario().steps())
                .or(vm.scenario().runningProperty()));
        scenario.managedProperty().bind(scenario.visibleProperty());
        root.setRight(scenario);
        root.setBottom(statusLine());
        return root;
    }

    private ToolBar toolbar() {
        Label title = oneLine(label("Roamvault phones", "app-title"));
        ComboBox<String> users = new ComboBox<>(vm.users());
        users.setId("add-phone-user");
        users.valueProperty().bindBidirectional(vm.userToAddProperty());
        Label forUser = oneLine(label("New phone for:"));
        forUser.setId("add-phone-user-label");
        forUser.setLabelFor(users);
        Tooltip tip = new Tooltip("The user the next phone is paired to when you click Add phone; "
                + SimulatorViewModel.UNPAIRED + " adds a phone that waits for a pairing code.");
        users.setTooltip(tip);
        forUser.setTooltip(tip);
        Button add = button("Add phone", Material2AL.ADD, "add-phone", vm::addPhone);
        add.disableProperty().bind(vm.addingProperty());
        Button scenario = button("Run scenario…", Material2MZ.PLAY_ARROW, "run-scenario", vm.scenario()::chooseAndRun);
        scenario.disableProperty().bind(vm.scenario().runningProperty());
        Button guided = button("Guided demo", Material2MZ.SLIDESHOW, "guided-demo", vm.guided()::open);
        // a menu behind an icon: three buttons would push the toolbar into its overflow menu at 1.5x scale
        MenuButton scheme = SchemeChooser.menu(vm.schemeProperty(), "scheme-menu", Views.icon(Material2MZ.NIGHTS_STAY));
        return new ToolBar(title, Views.grow(), forUser, users, add, scenario, guided, scheme);
    }

    /** Below the phones: the server they use, and what the window is doing (adding a phone, why that failed). */
    private HBox statusLine() {
        Label server = label("Server: " + vm.serverDescription(), "hint");
        server.setId("simulator-server");
        Label message = message(vm.messageProperty(), "simulator-message");
        HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
        HBox line = new HBox(16, server, message);
        line.getStyleClass().add("status-line");
        return line;
    }

    /** Toolbar texts keep their width; the spacer gives way. */
    private static Label oneLine(Label l) {
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void syncColumns() {
        columns.keySet().retainAll(vm.phones());
        phones.getChildren().setAll(vm.phones().stream().map(slot -> columns.computeIfAbsent(slot, this::column))
                .toList());
    }

    private Node column(PhoneSlot slot) {
        Label name = label(slot.phone().name() + "  ·  " + slot.phone().snapshot().username(), "phone-name");
        name.textProperty().bind(Bindings.createStringBinding(() -> slot.phone().name() + "  ·  "
                + (slot.phone().snapshot().username() == null ? "unpaired" : slot.phone().snapshot().username()),
                slot.phone().snapshotProperty()));
        Button remove = button("", Material2MZ.REMOVE_CIRCLE, "remove-phone", () -> vm.removePhone(slot), "flat");
        remove.setVisible(!slot.scenario());
        HBox header = new HBox(6, name, Views.grow(), remove);
        header.getStyleClass().add("phone-header");
        // a long user name wraps above the phone instead of widening its column
        header.setPrefWidth(0);
        name.setMinWidth(0);
        Label hint = label(slot.hint(), "hint");
        // wraps to the phone's width instead of widening the column
        hint.setPrefWidth(0);
        hint.setMaxWidth(Double.MAX_VALUE);
        VBox phone = new VBox(6, header, new PhoneView(slot.phone()).build(), hint);
        HBox column = new HBox(12, phone, new DeviceControlView(slot.control()).build());
        column.getStyleClass().add("device-column");
        column.setId("device-" + PhoneView.idOf(slot.phone().name()));
        return column;
    }
}
