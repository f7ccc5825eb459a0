package com.roamvault.device.ui.detail;

import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.support.Texts;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Duration;
import java.time.Instant;
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
 * puts it on the phone's clipboard, whose countdown stays visible.
 */
public final class RecordDetailViewModel {
    public static final Duration REVEAL_FOR = Duration.ofSeconds(15);
    static final String HIDDEN = "••••••••••";

    private final PhoneSession phone;
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

    public RecordDetailViewModel(PhoneSession phone) {
        this.phone = phone;
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
        clipboard = Bindings.createStringBinding(() -> clipboardText(snapshot.get()), snapshot);
    }

    static String clipboardText(DeviceSnapshot s) {
        if (s.clipboardTitle() == null || s.clipboardClearsAt() == null) {
            return "";
        }
        return "Clipboard: " + s.clipboardTitle() + " password · clears in "
                + Texts.countdown(Duration.between(s.deviceTime(), s.clipboardClearsAt()));
    }

    /** Opens a record (the engine journals RECORD_VIEWED); its password stays hidden. */
    public void load(long id) {
        hide();
        recordId.set(id);
        title.set("");
        username.set("");
        url.set("");
        notes.set("");
        error.set("");
        phone.call("Opening…", d -> d.view(id), this::showFields, f -> error.set(f.text()));
    }

    private void showFields(RecordDto r) {
        title.set(r.title());
        username.set(nullToEmpty(r.username()));
        url.set(nullToEmpty(r.url()));
        notes.set(nullToEmpty(r.notes()));
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
            phone.perform(null, d -> d.copy(id), () -> { }, f -> error.set(f.text()));
        }
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

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
