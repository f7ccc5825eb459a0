package com.roamvault.device.ui.conflict;

import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field of a conflicted edit: what the phone sent and what the server holds now. Secrets (the
 * password, the one-time code's secret) read as dots, with whether the two are the same.
 */
public record FieldDifference(String field, String yours, String servers, boolean same) {
    static final String HIDDEN = "••••••••";

    /** The fields the edit changed, in the form's order. */
    public static List<FieldDifference> of(RecordChanges yours, RecordDto current) {
        List<FieldDifference> out = new ArrayList<>();
        add(out, "Title", yours.title(), current.title(), false);
        add(out, "User name", yours.username(), current.username(), false);
        add(out, "Password", yours.password(), current.password(), true);
        add(out, "URL", yours.url(), current.url(), false);
        add(out, "Notes", yours.notes(), current.notes(), false);
        add(out, "One-time code secret (otpauth URI)", yours.otpUri(), current.otpUri(), true);
        return out;
    }

    private static void add(List<FieldDifference> out, String field, String yours, String servers, boolean secret) {
        if (yours == null) {
            return;
        }
        boolean same = Objects.equals(yours, servers == null ? "" : servers);
        out.add(new FieldDifference(field, shown(yours, secret), shown(servers, secret), same));
    }

    private static String shown(String value, boolean secret) {
        if (value == null || value.isEmpty()) {
            return "(empty)";
        }
        return secret ? HIDDEN : value;
    }

    @Override
    public String toString() {
        return "FieldDifference[" + field + ", same=" + same + "]";
    }
}
