package com.roamvault.device.ui.phone;

import com.roamvault.device.ui.session.Screen;
import static com.roamvault.device.ui.support.Views.button;

import com.roamvault.device.ui.conflict.ConflictsView;
import com.roamvault.device.ui.detail.RecordDetailView;
import com.roamvault.device.ui.edit.EditRecordView;
import com.roamvault.device.ui.endstate.EndStateView;
import com.roamvault.device.ui.login.LoginView;
import com.roamvault.device.ui.otp.OtpCodesView;
import com.roamvault.device.ui.pair.PairView;
import com.roamvault.device.ui.password.ChangePasswordView;
import com.roamvault.device.ui.records.RecordsView;
import com.roamvault.device.ui.settings.SettingsView;
import com.roamvault.device.ui.support.Views;
import com.roamvault.device.ui.sync.SyncView;
import com.roamvault.device.ui.unlock.UnlockView;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The phone-shaped frame: status bar, the current screen (built once, on first show), a bottom
 * bar while unlocked, and a progress overlay while an action runs. Esc goes back.
 */
public final class PhoneView {
    private final PhoneViewModel vm;
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();

    public PhoneView(PhoneViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        BorderPane phone = new BorderPane();
        phone.getStyleClass().add("phone-frame");
        phone.setId("phone-" + idOf(vm.name()));
        phone.setTop(new StatusBarView(vm.statusBar()).build());
        content.getStyleClass().add("phone-content");
        phone.setCenter(new StackPane(content, busyOverlay()));
        phone.setBottom(navigation());
        vm.screenProperty().addListener((obs, old, now) -> show(now));
        show(vm.screenProperty().get());
        phone.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.back();
                e.consume();
            }
        });
        content.disableProperty().bind(vm.interactiveProperty().not());
        return phone;
    }

    /** The node id of a phone's frame: {@code phone-} and the device name with unsafe characters as dashes. */
    public static String idOf(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private void show(Screen screen) {
        Node node = built.computeIfAbsent(screen, s -> screenNode(s).get());
        content.getChildren().setAll(node);
        Platform.runLater(() -> focusFirstControl(node));
    }

    /** Keyboard use: a new screen takes the focus in its first field (or button), so Enter and Esc work at once. */
    private static void focusFirstControl(Node screen) {
        if (screen.getScene() == null) {
            return;
        }
        Node first = firstFocusable(screen, TextInputControl.class);
        if (first == null) {
            first = firstFocusable(screen, ButtonBase.class);
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    private static Node firstFocusable(Node node, Class<?> type) {
        if (type.isInstance(node) && node.isVisible() && !node.isDisabled() && node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private Supplier<Node> screenNode(Screen screen) {
        return switch (screen) {
            case PAIR -> () -> new PairView(vm.pair()).build();
            case LOGIN -> () -> new LoginView(vm.login()).build();
            case UNLOCK -> () -> new UnlockView(vm.unlock()).build();
            case END_STATE -> () -> new EndStateView(vm.endState()).build();
            case RECORDS -> () -> new RecordsView(vm.records()).build();
            case DETAIL -> () -> new RecordDetailView(vm.detail()).build();
            case SYNC -> () -> new SyncView(vm.sync()).build();
            case SETTINGS -> () -> new SettingsView(vm.settings()).build();
            case CHANGE_PASSWORD -> () -> new ChangePasswordView(vm.changePassword()).build();
            case OTP_CODES -> () -> new OtpCodesView(vm.otpCodes()).build();
            case EDIT -> () -> new EditRecordView(vm.edit()).build();
            case CONFLICTS -> () -> new ConflictsView(vm.conflicts()).build();
        };
    }

    private Node busyOverlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        VBox overlay = new VBox(10, spinner, Views.label(vm.busyMessageProperty(), "busy-message"));
        overlay.setId("phone-busy");
        overlay.getStyleClass().add("busy-overlay");
        overlay.visibleProperty().bind(vm.busyProperty());
        return overlay;
    }

    private Node navigation() {
        HBox bar = new HBox(tab("Records", Material2AL.LIST, "nav-records", Screen.RECORDS),
                tab("Codes", Material2MZ.TIMER, "nav-otp", Screen.OTP_CODES),
                tab("Sync", Material2MZ.SYNC, "nav-sync", Screen.SYNC),
                tab("Settings", Material2MZ.SETTINGS, "nav-settings", Screen.SETTINGS),
                button("Lock", Material2AL.LOCK, "nav-lock", vm.records()::lock, "nav-button"));
        bar.getStyleClass().add("phone-nav");
        bar.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.screenProperty().get().unlockedPage(),
                vm.screenProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        bar.disableProperty().bind(vm.interactiveProperty().not());
        return bar;
    }

    private Button tab(String text, org.kordamp.ikonli.Ikon icon, String id, Screen target) {
        Button b = button(text, icon, id, () -> vm.show(target), "nav-button");
        vm.screenProperty().addListener((obs, old, now) -> selected(b, now == target));
        selected(b, vm.screenProperty().get() == target);
        return b;
    }

    private static void selected(Button b, boolean selected) {
        if (selected) {
            b.getStyleClass().add("selected");
        } else {
            b.getStyleClass().removeAll("selected");
        }
    }
}
