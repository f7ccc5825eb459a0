package com.roamvault.console.records;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import com.roamvault.ui.dialog.FileChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The form of one record, new or existing: Save creates or updates it on the server (its 422
 * complaints land beside their fields), Generate asks the server's generator for a password, and
 * Read QR image fills the one-time password URI from a picture of its QR code.
 */
public final class RecordEditor {
    static final FileChoice QR_IMAGE = new FileChoice("Read a one-time password QR code", "Images",
            List.of("*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));

    private final UiExecutor executor;
    private final DialogService dialogs;
    private final RecordsApi api;
    private final RecordForm form = new RecordForm();
    private final OtpPreview otp;
    private final ReadOnlyObjectWrapper<RecordDetail> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    RecordEditor(UiExecutor executor, DialogService dialogs, RecordsApi api, Clock clock) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.api = api;
        this.otp = new OtpPreview(clock);
        form.valueProperty(RecordField.OTP_URI).addListener((obs, old, now) -> otp.read(now));
    }

    /** Shows {@code record}'s values, or empty fields for a new record (null). */
    void edit(RecordDetail record) {
        editing.set(record);
        form.fill(record);
        status.set("");
        error.set("");
    }

    /** Creates the record in {@code listId}, or updates the one being edited; {@code saved} gets the server's copy. */
    void save(long listId, Consumer<RecordDetail> saved) {
        if (busy.get()) {
            return;
        }
        RecordDetail current = editing.get();
        form.clearErrors();
        if (form.value(RecordField.TITLE).isBlank()) {
            form.showError(RecordField.TITLE, "A record needs a title.");
            return;
        }
        var request = form.request();
        start("Saving…");
        executor.submit(() -> current == null ? api.create(listId, request) : api.update(current.recordId(), request),
                record -> {
                    busy.set(false);
                    edit(record);
                    status.set("Saved " + record.title() + " (version " + record.version() + ").");
                    saved.accept(record);
                }, this::failed);
    }

    /** Replaces the password with one from the server's generator. */
    public void generate() {
        if (busy.get()) {
            return;
        }
        start("Generating a password…");
        executor.submit(api::generatePassword, password -> {
            busy.set(false);
            status.set("Generated a new password; Save to keep it.");
            form.valueProperty(RecordField.PASSWORD).set(password);
        }, this::failed);
    }

    /** Asks for an image file and puts the URI its QR code holds in the one-time password field. */
    public void readQr() {
        Optional<Path> file = dialogs.chooseFile(QR_IMAGE);
        if (file.isEmpty() || busy.get()) {
            return;
        }
        start("Reading " + file.get().getFileName() + "…");
        form.showError(RecordField.OTP_URI, null);
        executor.submit(() -> QrImages.read(file.get()), text -> {
            busy.set(false);
            status.set("Read the QR code; Save to keep it.");
            form.valueProperty(RecordField.OTP_URI).set(text);
        }, failure -> {
            busy.set(false);
            status.set("");
            form.showError(RecordField.OTP_URI, failure.getMessage());
        });
    }

    private void start(String doing) {
        busy.set(true);
        error.set("");
        status.set(doing);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("");
        error.set(ConsoleErrors.describe(failure));
        if (failure instanceof RoamvaultClientException e) {
            form.showErrors(e.fields());
        }
    }

    public RecordForm form() {
        return form;
    }

    public OtpPreview otp() {
        return otp;
    }

    /** The record being edited; null while a new one is typed. */
    public ReadOnlyObjectProperty<RecordDetail> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
