package com.roamvault.device.ui.phone;

import static com.roamvault.device.ui.support.Views.label;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The phone's status bar: clock, network and lock state; below them the date and the lease countdown. */
final class StatusBarView {
    private static final String[] NETWORK_CLASSES = {"network-online", "network-offline", "network-flaky",
        "network-mitm"};
    private final StatusBarViewModel vm;

    StatusBarView(StatusBarViewModel vm) {
        this.vm = vm;
    }

    Node build() {
        Label clock = oneLine(label(vm.clockProperty(), "status-clock"));
        clock.setId("status-clock");
        HBox top = new HBox(6, clock, Views.grow(), network(), lock());
        top.getStyleClass().add("status-bar");
        Label lease = oneLine(label(vm.leaseProperty(), "status-lease"));
        lease.setId("status-lease");
        lease.setGraphic(Views.icon(Material2MZ.TIMER, "status-icon"));
        HBox second = new HBox(6, oneLine(label(vm.dateProperty(), "status-date")), Views.grow(), lease);
        second.getStyleClass().add("status-bar");
        VBox box = new VBox(2, top, second);
        box.getStyleClass().add("status-area");
        return box;
    }

    /** Status texts never wrap: they keep their width and the spacer gives way. */
    private static Label oneLine(Label l) {
        l.setWrapText(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Label network() {
        Label l = oneLine(label(vm.networkProperty(), "status-network"));
        l.setId("status-network");
        FontIcon icon = Views.icon(Material2MZ.WIFI, "status-icon");
        l.setGraphic(icon);
        vm.networkStyleProperty().addListener((obs, old, now) -> networkStyle(l, icon, now));
        networkStyle(l, icon, vm.networkStyleProperty().get());
        return l;
    }

    private static void networkStyle(Label l, FontIcon icon, String styleClass) {
        l.getStyleClass().removeAll(NETWORK_CLASSES);
        l.getStyleClass().add(styleClass);
        icon.setIconCode(switch (styleClass) {
            case "network-offline" -> Material2MZ.WIFI_OFF;
            case "network-flaky" -> Material2MZ.NETWORK_CHECK;
            case "network-mitm" -> Material2MZ.WARNING;
            default -> Material2MZ.WIFI;
        });
    }

    private Label lock() {
        Label l = oneLine(label(vm.lockProperty(), "status-lock"));
        l.setId("status-lock");
        FontIcon icon = Views.icon(Material2AL.LOCK, "status-icon");
        l.setGraphic(icon);
        vm.lockProperty().addListener((obs, old, now) -> icon.setIconCode("Unlocked".equals(now)
                ? Material2AL.LOCK_OPEN : Material2AL.LOCK));
        icon.setIconCode("Unlocked".equals(vm.lockProperty().get()) ? Material2AL.LOCK_OPEN : Material2AL.LOCK);
        return l;
    }
}
