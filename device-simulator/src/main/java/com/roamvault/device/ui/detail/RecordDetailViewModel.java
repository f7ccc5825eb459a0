package com.roamvault.device.ui.detail;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.support.ClipboardText;
import com.roamvault.device.ui.support.Texts;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A record's detail: fields shown, password hidden until revealed, then hidden again after
 * {@link #REVEAL_FOR} of phone time (or when the phone locks or the screen changes); copying
 * puts it on the phone's clipboard, whose countdown stays visible. A record with a one-time code
 * shows it ({@link #otp()}); Edit opens the form when the engine says this record may be edited here.
 */
public final class RecordDetailViewModel {
    public static final Duration REVEAL_FOR = Duration.ofSeconds(15);
    static final String HIDDEN = "••••••••••";

    private final PhoneSession phone;
    private final Consumer<RecordDto> openEditor;
    private final RecordOtpViewModel otp;
    private RecordDto record;
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper editHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper copied = new ReadOnlyStringWrapper("password");
    private final ReadOnlyObjectWrapper<Long> recordId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper username = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper url = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper password = new ReadOnlyStringWrapper(HIDDEN);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Instant> hideAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding revealCountdown;
    private final StringBinding clipboard;

    /** @param openEditor fills the edit form with the record before the form shows */
    public RecordDetailViewModel(PhoneSession phone, Consumer<RecordDto> openEditor) {
        this.phone = phone;
        this.openEditor = openEditor;
        this.otp = new RecordOtpViewModel(phone);
        var snapshot = phone.snapshotProperty();
        snapshot.addListener((obs, old, now) -> hideWhenDue(now));
        phone.screenProperty().addListener((obs, old, now) -> {
            if (now != Screen.DETAIL) {
                hide();
            }
        });
        revealCountdown = Bindings.createStringBinding(() -> !revealed.get() || hideAt.get() == null ? ""
                : "Hides in " + Texts.countdown(Duration.between(snapshot.get().deviceTime(), hideAt.get())),
                revealed, hideAt, snapshot);
        clipboard = Bindings.createStringBinding(() -> ClipboardText.of(snapshot.get(), copied.get()), snapshot,
                copied);
    }

    /** Opens a record (the engine journals RECORD_VIEWED, and OTP_VIEWED for its code); its password stays hidden. */
    public void load(long id) {
        load(id, "");
    }

    /** Opens a record with a notice above it (what became of an edit). */
    public void load(long id, String noticeText) {
        hide();
        recordId.set(id);
        record = null;
        title.set("");
        username.set("");
        url.set("");
        notes.set("");
        error.set("");
        notice.set(noticeText);
        otp.clear();
        canEdit.set(false);
        editHint.set("");
        phone.call("Opening…", d -> open(d, id), this::showFields, f -> error.set(f.text()));
    }

    private record Opened(RecordDto record, OtpCode code, boolean canEdit, boolean pending) {
    }

    private static Opened open(Device d, long id) {
        RecordDto r = d.view(id);
        boolean hasCode = r.otpUri() != null && !r.otpUri().isBlank();
        OtpCode code = hasCode ? d.otp().view(id) : null;
        return new Opened(r, code, d.edits().canEdit(id), d.edits().isPending(id));
    }

    private void showFields(Opened o) {
        RecordDto r = o.record();
        record = r;
        title.set(r.title());
        username.set(nullToEmpty(r.username()));
        url.set(nullToEmpty(r.url()));
        notes.set(nullToEmpty(r.notes()));
        if (o.code() != null) {
            otp.show(o.code());
        }
        canEdit.set(o.canEdit());
        editHint.set(o.canEdit() ? (o.pending() ? "This record has an edit waiting to sync." : "")
                : EditHints.whyNot(phone.snapshot()));
    }

    /** Opens the edit form for this record (only when the engine allows editing it). */
    public void edit() {
        if (record != null && canEdit.get()) {
            hide();
            openEditor.accept(record);
            phone.show(Screen.EDIT);
        }
    }

    public void reveal() {
        Long id = recordId.get();
        if (id == null) {
            return;
        }
        phone.call(null, d -> d.reveal(id), pw -> {
            password.set(pw);
            revealed.set(true);
            hideAt.set(phone.snapshot().deviceTime().plus(REVEAL_FOR));
        }, f -> error.set(f.text()));
    }

    public void toggleReveal() {
        if (revealed.get()) {
            hide();
        } else {
            reveal();
        }
    }

    public void copy() {
        Long id = recordId.get();
        if (id != null) {
            phone.perform(null, d -> d.copy(id), () -> copied.set("password"), f -> error.set(f.text()));
        }
    }

    public void copyCode() {
        copied.set("one-time code");
        otp.copy();
    }

    public void back() {
        hide();
        phone.show(Screen.RECORDS);
    }

    private void hideWhenDue(DeviceSnapshot s) {
        if (s.lifecycle() != Lifecycle.UNLOCKED || (hideAt.get() != null && !s.deviceTime().isBefore(hideAt.get()))) {
            hide();
        }
    }

    private void hide() {
        password.set(HIDDEN);
        revealed.set(false);
        hideAt.set(null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty usernameProperty() {
        return username.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlProperty() {
        return url.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** The password as shown: dots while hidden. */
    public ReadOnlyStringProperty passwordProperty() {
        return password.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public StringBinding revealCountdownProperty() {
        return revealCountdown;
    }

    /** "Clipboard: core-sw-01 password · clears in 27 s", or empty when the phone's clipboard is clear. */
    public StringBinding clipboardProperty() {
        return clipboard;
    }

    public RecordOtpViewModel otp() {
        return otp;
    }

    /** The engine allows editing this record on this phone. */
    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    /** Why Edit is disabled (view-only list, phone edits off), or that an edit waits to sync. */
    public ReadOnlyStringProperty editHintProperty() {
        return editHint.getReadOnlyProperty();
    }

    /** What became of the last edit ("Saved on the server."), empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
