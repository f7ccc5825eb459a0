package com.roamvault.device.ui.otp;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.engine.otp.OtpEntry;
import com.roamvault.device.ui.support.SecondTimer;
import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The OTP page: a virtualized list (only the visible rows have cells), each row with its title,
 * live code and a countdown; one timer for the whole page. A click (or Enter) copies the code.
 */
public final class OtpCodesView {
    private final OtpCodesViewModel vm;

    public OtpCodesView(OtpCodesViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        ListView<OtpEntry> list = new ListView<>(vm.rows());
        list.setId("otp-list");
        list.getStyleClass().add("otp-list");
        list.setCellFactory(v -> new CodeCell());
        list.setOnKeyPressed(e -> {
            OtpEntry row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && row != null) {
                vm.copy(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = Views.screen("otp-screen", header(), label(vm.summaryProperty(), "hint"),
                message(vm.clipboardProperty(), "otp-clipboard", "clipboard-banner"),
                message(vm.errorProperty(), "otp-error", "error-text"), list);
        SecondTimer.whileActive(vm.showingProperty(), vm::refresh);
        return box;
    }

    private HBox header() {
        Button back = button("", Material2AL.ARROW_BACK, "otp-back", vm::back, "flat");
        HBox box = new HBox(6, back, label("One-time codes", "screen-title"));
        box.getStyleClass().add("screen-header");
        return box;
    }

    /** Title and account on the left, the code and its countdown on the right; Copy and Open buttons. */
    private final class CodeCell extends ListCell<OtpEntry> {
        private final Label title = label("", "otp-row-title");
        private final Label account = label("", "hint");
        private final Label code = label("", "otp-code");
        private final Label left = label("", "hint");
        private final ProgressBar countdown = new ProgressBar();
        private final HBox graphic;

        CodeCell() {
            Views.wrapping(this);
            countdown.getStyleClass().add("otp-countdown");
            countdown.setMaxWidth(Double.MAX_VALUE);
            Button copy = button("Copy", Material2AL.CONTENT_COPY, null, () -> {
                if (getItem() != null) {
                    vm.copy(getItem());
                }
            }, "small", "otp-copy");
            Button open = button("Open", null, null, () -> {
                if (getItem() != null) {
                    vm.open(getItem());
                }
            }, "small", "flat", "otp-open");
            copy.setMinWidth(Region.USE_PREF_SIZE);
            open.setMinWidth(Region.USE_PREF_SIZE);
            copy.setMaxWidth(Double.MAX_VALUE);
            open.setMaxWidth(Double.MAX_VALUE);
            VBox names = new VBox(1, title, account);
            HBox.setHgrow(names, Priority.ALWAYS);
            names.setMinWidth(0);
            code.setMinWidth(Region.USE_PREF_SIZE);
            VBox value = new VBox(2, code, countdown, left);
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.getStyleClass().add("otp-value");
            graphic = new HBox(8, names, value, new VBox(4, copy, open));
            graphic.getStyleClass().add("otp-row");
            vm.codesProperty().addListener((obs, old, now) -> showCode());
        }

        @Override
        protected void updateItem(OtpEntry row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            account.setText(accountOf(row));
            account.setVisible(!account.getText().isEmpty());
            account.setManaged(account.isVisible());
            setId("otp-row-" + row.recordId());
            showCode();
            setGraphic(graphic);
            vm.shown(row.recordId());
        }

        private void showCode() {
            OtpEntry row = getItem();
            OtpCode c = row == null ? null : vm.codesProperty().get().get(row.recordId());
            code.setText(c == null ? "······" : c.code());
            left.setText(c == null ? "" : c.secondsLeft() + " s left");
            countdown.setProgress(c == null ? 0 : c.secondsLeft() / (double) c.periodSeconds());
        }

        private static String accountOf(OtpEntry row) {
            String issuer = row.issuer() == null ? "" : row.issuer();
            String account = row.account() == null ? "" : row.account();
            return issuer.isEmpty() || account.isEmpty() ? issuer + account : issuer + " · " + account;
        }
    }
}
