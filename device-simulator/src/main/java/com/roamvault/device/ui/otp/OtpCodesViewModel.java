package com.roamvault.device.ui.otp;

import com.roamvault.device.engine.otp.OtpCode;
import com.roamvault.device.engine.otp.OtpEntry;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.support.ClipboardText;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The OTP page: every cached record with a one-time code, its live code and seconds left. The
 * list of records is read once when the page opens; {@link #refresh} (once a second, one timer for
 * the page) recomputes all codes in one engine call off the UI thread, without journaling. A code
 * the person gets to see is journaled {@code OTP_VIEWED} once per visit ({@link #shown}).
 */
public final class OtpCodesViewModel {
    private final PhoneSession phone;
    private final LongConsumer loadDetail;
    private final ObservableList<OtpEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<Long, OtpCode>> codes = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding showing;
    private final StringBinding clipboard;
    private final Set<Long> journaled = new HashSet<>();
    private final Set<Long> toJournal = new LinkedHashSet<>();
    private List<Long> ids = List.of();
    private boolean refreshing;

    /** @param loadDetail loads a record (by id) into the detail page before it shows */
    public OtpCodesViewModel(PhoneSession phone, LongConsumer loadDetail) {
        this.phone = phone;
        this.loadDetail = loadDetail;
        showing = Bindings.createBooleanBinding(() -> phone.screenProperty().get() == Screen.OTP_CODES
                && phone.snapshot().lifecycle() == Lifecycle.UNLOCKED, phone.screenProperty(), phone.snapshotProperty());
        showing.addListener((obs, was, now) -> {
            if (now) {
                load();
            } else {
                journaled.clear();
                toJournal.clear();
            }
        });
        clipboard = Bindings.createStringBinding(() -> ClipboardText.of(phone.snapshot(), "one-time code"),
                phone.snapshotProperty());
    }

    /** Reads the records that have a code (sorted by title), then their codes. */
    public void load() {
        error.set("");
        phone.call(null, d -> d.otp().records(), entries -> {
            List<OtpEntry> sorted = entries.stream()
                    .sorted(Comparator.comparing(OtpEntry::title, String.CASE_INSENSITIVE_ORDER)).toList();
            ids = sorted.stream().map(OtpEntry::recordId).toList();
            rows.setAll(sorted);
            summary.set(sorted.isEmpty() ? "No record on this phone has a one-time code"
                    : sorted.size() + " records with one-time codes");
            refreshing = false;
            refresh();
        }, f -> error.set(f.text()));
    }

    /** The page's tick: every code now, in one call; a tick while the last one runs is skipped. */
    public void refresh() {
        if (!showing.get() || refreshing) {
            return;
        }
        refreshing = true;
        List<Long> asked = ids;
        List<Long> newlyShown = List.copyOf(toJournal);
        toJournal.clear();
        phone.call(null, d -> {
            if (!newlyShown.isEmpty()) {
                d.otp().viewPage(newlyShown);
            }
            return d.otp().codes(asked);
        }, now -> {
            refreshing = false;
            journaled.addAll(newlyShown);
            Map<Long, OtpCode> byId = new HashMap<>(now.size() * 2);
            now.forEach(c -> byId.put(c.recordId(), c));
            codes.set(byId);
        }, f -> {
            refreshing = false;
            error.set(f.text());
        });
    }

    /** A row's code is on screen: journaled OTP_VIEWED with the next refresh, once per visit. */
    public void shown(long recordId) {
        if (!journaled.contains(recordId)) {
            toJournal.add(recordId);
        }
    }

    public void copy(OtpEntry row) {
        phone.perform(null, d -> d.otp().copy(row.recordId()), () -> { }, f -> error.set(f.text()));
    }

    public void open(OtpEntry row) {
        loadDetail.accept(row.recordId());
        phone.show(Screen.DETAIL);
    }

    public void back() {
        phone.show(Screen.RECORDS);
    }

    public ObservableList<OtpEntry> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The codes of the last refresh, by record id (each with its seconds left). */
    public ReadOnlyObjectProperty<Map<Long, OtpCode>> codesProperty() {
        return codes.getReadOnlyProperty();
    }

    public BooleanBinding showingProperty() {
        return showing;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public StringBinding clipboardProperty() {
        return clipboard;
    }
}
