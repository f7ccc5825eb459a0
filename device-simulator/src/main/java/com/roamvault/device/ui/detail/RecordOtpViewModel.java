package com.roamvault.device.ui.detail;

import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one-time code in a record's detail: shown (journaled OTP_VIEWED) when the record opens, then
 * recomputed each second without journaling ({@link #refresh}, from the detail's timer) with the
 * seconds it stays valid; Copy code puts it on the phone's clipboard (OTP_COPIED).
 */
public final class RecordOtpViewModel {
    private final PhoneSession phone;
    private final ReadOnlyObjectWrapper<OtpCode> code = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding codeText;
    private final StringBinding secondsLeft;
    private final DoubleBinding fraction;
    private final BooleanBinding hasCode;
    private final BooleanBinding showing;
    private boolean refreshing;

    RecordOtpViewModel(PhoneSession phone) {
        this.phone = phone;
        hasCode = code.isNotNull();
        codeText = Bindings.createStringBinding(() -> code.get() == null ? "" : code.get().code(), code);
        secondsLeft = Bindings.createStringBinding(() -> code.get() == null ? ""
                : "Valid for " + code.get().secondsLeft() + " s more", code);
        fraction = Bindings.createDoubleBinding(() -> code.get() == null ? 0
                : code.get().secondsLeft() / (double) code.get().periodSeconds(), code);
        showing = Bindings.createBooleanBinding(() -> hasCode.get() && phone.screenProperty().get() == Screen.DETAIL,
                hasCode, phone.screenProperty());
    }

    void show(OtpCode shown) {
        code.set(shown);
        error.set("");
    }

    void clear() {
        code.set(null);
        error.set("");
        refreshing = false;
    }

    /** The timer's tick: the code now, off the UI thread; journals nothing. */
    public void refresh() {
        OtpCode shown = code.get();
        if (shown == null || refreshing || !showing.get()) {
            return;
        }
        refreshing = true;
        phone.call(null, d -> d.otp().code(shown.recordId()), now -> {
            refreshing = false;
            if (code.get() != null && code.get().recordId() == now.recordId()) {
                code.set(now);
            }
        }, f -> {
            refreshing = false;
            error.set(f.text());
        });
    }

    public void copy() {
        OtpCode shown = code.get();
        if (shown != null) {
            phone.perform(null, d -> d.otp().copy(shown.recordId()), () -> { }, f -> error.set(f.text()));
        }
    }

    /** The code as last computed (null without one), with its seconds left and period. */
    public ReadOnlyObjectProperty<OtpCode> codeProperty() {
        return code.getReadOnlyProperty();
    }

    public StringBinding codeTextProperty() {
        return codeText;
    }

    /** "Valid for 17 s more". */
    public StringBinding secondsLeftProperty() {
        return secondsLeft;
    }

    /** 0..1: the share of the period still left, for a countdown bar. */
    public DoubleBinding fractionProperty() {
        return fraction;
    }

    public BooleanBinding hasCodeProperty() {
        return hasCode;
    }

    /** True while the code is on screen: the detail's timer runs then. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
