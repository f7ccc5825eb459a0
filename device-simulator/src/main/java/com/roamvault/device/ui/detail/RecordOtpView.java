package com.roamvault.device.ui.detail;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.SecondTimer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The record's one-time code with its countdown (refreshed each second while shown) and Copy code. */
final class RecordOtpView {
    private final RecordDetailViewModel detail;
    private final RecordOtpViewModel vm;

    RecordOtpView(RecordDetailViewModel detail) {
        this.detail = detail;
        this.vm = detail.otp();
    }

    VBox build() {
        Label code = label(vm.codeTextProperty(), "otp-code", "otp-code-large");
        code.setId("detail-otp-code");
        ProgressBar countdown = new ProgressBar();
        countdown.setId("detail-otp-countdown");
        countdown.getStyleClass().add("otp-countdown");
        countdown.setMaxWidth(Double.MAX_VALUE);
        countdown.progressProperty().bind(vm.fractionProperty());
        Label left = label(vm.secondsLeftProperty(), "hint");
        left.setId("detail-otp-left");
        Button copy = button("Copy code", Material2AL.CONTENT_COPY, "detail-otp-copy", detail::copyCode);
        VBox value = new VBox(2, code, countdown, left);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox row = new HBox(10, value, copy);
        row.getStyleClass().add("otp-detail-row");
        VBox box = new VBox(1, label("One-time code", "field-name"), row,
                message(vm.errorProperty(), "detail-otp-error", "error-text"));
        box.setId("detail-otp");
        box.visibleProperty().bind(vm.hasCodeProperty());
        box.managedProperty().bind(box.visibleProperty());
        SecondTimer.whileActive(vm.showingProperty(), vm::refresh);
        return box;
    }
}
