package com.roamvault.device.ui.edit;

import com.roamvault.device.engine.edit.EditOutcome;
import com.roamvault.device.ui.password.PasswordMeter;
import com.roamvault.device.ui.session.ActionFailure;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.protocol.password.PasswordGenerator;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Editing a record on the phone: its fields, a new password (typed, or from the engine's offline
 * generator) with a live strength meter, and Save, which the engine sends at once (online) or
 * queues for the next sync (offline, where the policy allows it). Saved or queued: back to the
 * record with a notice. A conflict or a refusal stays on the form, with the reason.
 */
public final class EditRecordViewModel {
    public static final int DEFAULT_LENGTH = PasswordGenerator.DEFAULT_LENGTH;

    private final PhoneSession phone;
    private final BiConsumer<Long, String> showRecord;
    private RecordDto original;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty otpUri = new SimpleStringProperty("");
    private final ObjectProperty<Integer> length = new SimpleObjectProperty<>(DEFAULT_LENGTH);
    private final PasswordMeter meter;
    private final StringBinding otpProblem;
    private final BooleanBinding canSave;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper conflicted = new ReadOnlyBooleanWrapper();

    /** @param showRecord shows a record (by id) with a notice of what became of the edit */
    public EditRecordViewModel(PhoneSession phone, BiConsumer<Long, String> showRecord) {
        this.phone = phone;
        this.showRecord = showRecord;
        meter = new PasswordMeter(password, phone.snapshotProperty());
        otpProblem = Bindings.createStringBinding(() -> otpUri.get().isBlank() ? ""
                : Objects.requireNonNullElse(OtpUri.problem(otpUri.get().strip()), ""), otpUri);
        canSave = Bindings.createBooleanBinding(() -> !title.get().isBlank() && otpProblem.get().isEmpty()
                && !phone.busyProperty().get(), title, otpProblem, phone.busyProperty());
    }

    /** Fills the form from the record as the phone holds it; password and code secret stay empty (kept). */
    public void load(RecordDto record) {
        original = record;
        heading.set("Edit " + record.title());
        title.set(orEmpty(record.title()));
        username.set(orEmpty(record.username()));
        url.set(orEmpty(record.url()));
        notes.set(orEmpty(record.notes()));
        password.set("");
        otpUri.set("");
        length.set(DEFAULT_LENGTH);
        clearOutcome();
    }

    /** A new password of the chosen length by the generator's rules (every character class), on the phone. */
    public void generate() {
        int n = length.get() == null ? DEFAULT_LENGTH : length.get();
        phone.call(null, d -> d.edits().generatePassword(n), password::set, this::refused);
    }

    public void save() {
        if (original == null || !canSave.get()) {
            return;
        }
        RecordChanges changes = changes();
        if (changes.isEmpty()) {
            clearOutcome();
            error.set("Nothing changed.");
            return;
        }
        long id = original.recordId();
        clearOutcome();
        phone.call("Saving the record…", d -> d.edits().edit(id, changes), outcome -> saved(id, outcome),
                this::refused);
    }

    /** Only what differs from the record as loaded; empty password and code secret fields keep theirs. */
    RecordChanges changes() {
        return new RecordChanges(changed(title.get().strip(), original.title()),
                changed(username.get(), original.username()), password.get().isEmpty() ? null : password.get(),
                changed(url.get().strip(), original.url()), changed(notes.get(), original.notes()),
                otpUri.get().isBlank() ? null : otpUri.get().strip());
    }

    private static String changed(String now, String was) {
        return now.equals(orEmpty(was)) ? null : now;
    }

    private void saved(long id, EditOutcome outcome) {
        String notice = outcome.kind() == EditOutcome.Kind.APPLIED ? "Saved on the server."
                : "Saved on this phone: waiting to sync (sent before the next sync).";
        showRecord.accept(id, notice);
    }

    private void refused(ActionFailure f) {
        error.set(f.text());
        conflicted.set("edit_conflict".equals(f.code()));
        reason.set(conflicted.get() ? "The server kept its version; yours is in the record's history. "
                + "Review the values side by side." : f.detail());
    }

    public void reviewConflict() {
        phone.show(Screen.CONFLICTS);
    }

    public void cancel() {
        clearOutcome();
        phone.show(Screen.DETAIL);
    }

    private void clearOutcome() {
        error.set("");
        reason.set("");
        conflicted.set(false);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    /** The new password; empty keeps the current one. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** A new otpauth:// URI; empty keeps the current one-time code secret. */
    public StringProperty otpUriProperty() {
        return otpUri;
    }

    /** What is wrong with the typed otpauth URI, empty when it is fine (or empty). */
    public StringBinding otpProblemProperty() {
        return otpProblem;
    }

    /** The generator's length. */
    public ObjectProperty<Integer> lengthProperty() {
        return length;
    }

    public PasswordMeter meter() {
        return meter;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why the last save failed (conflict, not allowed, refused by the server). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The refusal's reason, or what a conflict means. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The last save met a conflict: the conflict screen has both versions. */
    public ReadOnlyBooleanProperty conflictedProperty() {
        return conflicted.getReadOnlyProperty();
    }
}
