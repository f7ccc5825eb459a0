package com.roamvault.device.engine;

import com.roamvault.device.engine.error.DeviceError;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.engine.otp.OtpEntry;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A phone's one-time codes (DESIGN.md, offline use): RFC 6238 codes computed from the cached
 * secret and the phone's own clock, online or not. Showing a code to the person ({@link #view},
 * {@link #viewPage}) is journaled {@code OTP_VIEWED} once per call and record, copying it
 * {@code OTP_COPIED}; {@link #code}, {@link #codes} and {@link #codeAt} only compute (a display
 * refreshing every second, a scenario's {@code expect: otp}) and journal nothing.
 */
public final class PhoneOtp {
    private final PhoneCore core;
    private final PhoneActions actions;
    private final LifecycleCheck lifecycle;

    PhoneOtp(PhoneCore core, PhoneActions actions, LifecycleCheck lifecycle) {
        this.core = core;
        this.actions = actions;
        this.lifecycle = lifecycle;
    }

    /** The records that carry a one-time code secret, for the OTP page; journals nothing. */
    public List<OtpEntry> records() {
        return actions.quietly(() -> {
            core.requireUnlocked();
            return core.cache().otp().entries();
        });
    }

    /** Shows a record's current code (journaled {@code OTP_VIEWED}). */
    public OtpCode view(long recordId) {
        return actions.read(() -> shown(recordId, core.now()));
    }

    /** Shows a page of the OTP list: one {@code OTP_VIEWED} per record on it. */
    public List<OtpCode> viewPage(List<Long> recordIds) {
        return actions.read(() -> {
            Instant now = core.now();
            List<OtpCode> page = new ArrayList<>(recordIds.size());
            recordIds.forEach(id -> page.add(shown(id, now)));
            return page;
        });
    }

    /** The record's code now, for a refresh of what is already shown; journals nothing. */
    public OtpCode code(long recordId) {
        return actions.quietly(() -> {
            core.requireUnlocked();
            return computed(recordId, core.now());
        });
    }

    /** Codes now for the records of a page already shown; journals nothing. */
    public List<OtpCode> codes(List<Long> recordIds) {
        return actions.quietly(() -> {
            core.requireUnlocked();
            Instant now = core.now();
            return recordIds.stream().map(id -> computed(id, now)).toList();
        });
    }

    /** The code the phone computes for the record at {@code at}; journals nothing. */
    public OtpCode codeAt(long recordId, Instant at) {
        return actions.quietly(() -> {
            core.requireUnlocked();
            return computed(recordId, at);
        });
    }

    /** Copies the current code; the clipboard clears itself after {@code clipboardClearSeconds}. */
    public void copy(long recordId) {
        actions.act(() -> {
            lifecycle.apply();
            core.requireUnlocked();
            OtpCode code = computed(recordId, core.now());
            RecordDto r = CachedRecords.byId(core, recordId);
            core.clipboard().copy(code.code(), r.title(), core.now(),
                    core.cache().contents().policy().clipboardClearSeconds());
            core.journal(AuditActions.OTP_COPIED, true, r, null);
            core.touch();
        });
    }

    private OtpCode shown(long recordId, Instant at) {
        OtpCode code = computed(recordId, at);
        core.journal(AuditActions.OTP_VIEWED, true, CachedRecords.byId(core, recordId), null);
        return code;
    }

    private OtpCode computed(long recordId, Instant at) {
        CachedRecords.byId(core, recordId);
        return core.cache().otp().code(recordId, at).orElseThrow(() -> new DeviceException(DeviceError.NO_CACHE,
                "This record has no one-time code on this phone"));
    }
}
