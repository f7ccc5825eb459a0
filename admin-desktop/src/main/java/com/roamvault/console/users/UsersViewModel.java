package com.roamvault.console.users;

import com.roamvault.console.client.AdminApiException;
import com.roamvault.console.devices.DeviceRow;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.ui.UiExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * User Accounts: a server-side searched and paged list (only one page is ever held, however many
 * users there are) and the selected user's Mobile Access Options — each inherited or overridden,
 * beside the effective policy — with unlock, master password reset, pairing code and devices.
 */
public final class UsersViewModel {
    public static final int PAGE_SIZE = 100;

    private final UiExecutor executor;
    private final UsersApi api;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<UserSummary> selected = new ReadOnlyObjectWrapper<>();
    private final Map<String, OptionOverride> options = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<UserMobile> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper detailBusy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceRow> readOnlyDevices = FXCollections.unmodifiableObservableList(devices);
    private final ReadOnlyStringWrapper pairingUri = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> pairingPng = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final UserPager list;
    private final PasswordResetViewModel reset;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final BooleanBinding canUnlock;
    private MobileSettings globals;
    /** Answers to older requests (clicking through users) are dropped, not shown over newer ones. */
    private long detailRequest;

    public UsersViewModel(UiExecutor executor, UsersApi api, Clock clock) {
        this(executor, api, clock, PAGE_SIZE);
    }

    public UsersViewModel(UiExecutor executor, UsersApi api, Clock clock, int pageSize) {
        this.executor = executor;
        this.api = api;
        this.clock = clock;
        this.reset = new PasswordResetViewModel(executor, api);
        this.list = new UserPager(executor, api, pageSize, new UserPager.Listener() {
            @Override
            public void requested() {
                error.set("");
            }

            @Override
            public void shown(List<UserSummary> page) {
                UserSummary current = selected.get();
                if (current != null) {
                    // the same user, fresher (locked, device count, overrides); no reload of what is being edited
                    page.stream().filter(u -> u.id() == current.id()).findFirst().ifPresent(selected::set);
                }
            }

            @Override
            public void failed(Throwable failure) {
                UsersViewModel.this.failed(failure);
            }
        });
        List<Observable> inputs = new ArrayList<>(List.of(saved));
        for (OptionOverride option : OptionOverride.all()) {
            options.put(option.name(), option);
            option.inheritProperty().addListener((obs, old, now) -> validate());
            option.textProperty().addListener((obs, old, now) -> validate());
            inputs.addAll(List.of(option.inheritProperty(), option.textProperty(), option.onProperty()));
        }
        dirty = Bindings.createBooleanBinding(() -> saved.get() != null
                && !overrides().equals(saved.get().overrides()), inputs.toArray(Observable[]::new));
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && valid.get() && !detailBusy.get(),
                dirty, valid, detailBusy);
        canUnlock = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().locked()
                && !detailBusy.get(), selected, detailBusy);
    }

    /** Fresh from the server: the current page, and the selected user's detail unless it has unsaved edits. */
    public void refresh() {
        list.reload();
        UserSummary user = selected.get();
        if (user != null && !dirty.get()) {
            loadDetail(user);
        }
    }

    /** Shows {@code user}'s options; picking the same user again (a fresher row) keeps unsaved edits. */
    public void select(UserSummary user) {
        UserSummary current = selected.get();
        if (user == null || (current != null && current.id() == user.id())) {
            if (user != null) {
                selected.set(user);
            }
            return;
        }
        selected.set(user);
        saved.set(null);
        devices.clear();
        clearPairing();
        reset.cancel();
        loadDetail(user);
    }

    private record Detail(MobileSettings globals, UserMobile mobile, List<DeviceDetail> devices) {
    }

    private void loadDetail(UserSummary user) {
        long request = ++detailRequest;
        detailBusy.set(true);
        error.set("");
        status.set("Loading " + user.username() + "…");
        executor.submit(() -> new Detail(api.globals(), api.mobile(user.id()), api.devices(user.username())),
                detail -> {
                    if (request == detailRequest) {
                        globals = detail.globals();
                        showMobile(detail.mobile());
                        devices.setAll(detail.devices().stream()
                                .map(d -> DeviceRow.of(d, clock.instant(), clock.getZone())).toList());
                        status.set("");
                    }
                }, failure -> {
                    if (request == detailRequest) {
                        detailBusy.set(false);
                        failed(failure);
                    }
                });
    }

    private void showMobile(UserMobile mobile) {
        detailBusy.set(false);
        Map<String, Object> overrides = mobile.overrides().asMap();
        Map<String, Object> global = values(globals.policy());
        Map<String, Object> effective = values(mobile.effective());
        options.values().forEach(o -> o.show(overrides.get(o.name()), global.get(o.name()),
                effective.get(o.name())));
        saved.set(mobile);
        validate();
    }

    /** Sends the complete set of overrides (the server replaces them as a whole). */
    public void save() {
        UserSummary user = selected.get();
        if (!canSave.get() || user == null) {
            return;
        }
        MobileOptions overrides = overrides();
        detailBusy.set(true);
        error.set("");
        status.set("Saving…");
        executor.submit(() -> api.saveMobile(user.id(), overrides), mobile -> {
            showMobile(mobile);
            status.set("Saved the options of " + user.username() + ".");
            list.reload(); // the overrides column changed
        }, failure -> {
            detailBusy.set(false);
            failed(failure);
        });
    }

    public void revert() {
        if (saved.get() != null) {
            showMobile(saved.get());
            error.set("");
        }
    }

    public void unlock() {
        UserSummary user = selected.get();
        if (!canUnlock.get()) {
            return;
        }
        detailBusy.set(true);
        error.set("");
        executor.submit(() -> {
            api.unlock(user.id());
            return user;
        }, done -> {
            detailBusy.set(false);
            status.set("Unlocked " + user.username() + ".");
            list.reload();
        }, failure -> {
            detailBusy.set(false);
            failed(failure);
        });
    }

    /** Opens the reset pane for the selected user, judged against their effective policy. */
    public void startReset() {
        UserSummary user = selected.get();
        if (user == null) {
            return;
        }
        error.set("");
        reset.open(user, saved.get() == null ? null : saved.get().effective(), () -> {
            status.set("Reset the master password of " + user.username() + ".");
            list.reload(); // a reset also lifts a lockout
        });
    }

    public void showPairing() {
        UserSummary user = selected.get();
        if (user == null) {
            return;
        }
        clearPairing();
        error.set("");
        executor.submit(() -> api.pairingCode(user.id()), code -> {
            if (selected.get() != null && selected.get().id() == user.id()) {
                showPairing(code);
            }
        }, this::failed);
    }

    private void showPairing(PairingCode code) {
        try {
            pairingPng.set(Base64.getDecoder().decode(code.qrPng()));
        } catch (IllegalArgumentException | NullPointerException e) {
            error.set("The server sent a pairing image that cannot be read; the URI below still pairs.");
        }
        pairingUri.set(code.uri());
    }

    private void clearPairing() {
        pairingUri.set("");
        pairingPng.set(null);
    }

    private void failed(Throwable failure) {
        status.set("");
        error.set(ConsoleErrors.describe(failure));
        if (failure instanceof AdminApiException e) {
            e.fields().forEach((name, problem) -> {
                OptionOverride option = options.get(name);
                if (option != null) {
                    option.showError(problem);
                }
            });
        }
    }

    /** Each override on its own, then the rule between two: the cache locks before it is wiped. */
    private void validate() {
        boolean ok = true;
        for (OptionOverride o : options.values()) {
            String problem = o.problem();
            o.showError(problem);
            ok &= problem == null;
        }
        OptionOverride lock = options.get("offlineLockDays");
        OptionOverride cache = options.get("offlineCacheDays");
        if (ok && lock.upcoming() instanceof Integer l && cache.upcoming() instanceof Integer c && l > 0 && l >= c) {
            // the problem goes on the field the admin can change here
            if (lock.inheritProperty().get()) {
                cache.showError("Must be more than the inherited offline lock days (" + l + ")");
            } else {
                lock.showError("Must be 0 (off) or less than the offline cache days (" + c + ")");
            }
            ok = false;
        }
        valid.set(ok);
    }

    /** Every option: the override where one is set, null where inherited. */
    MobileOptions overrides() {
        return new MobileOptions((Boolean) value("mobileAccessEnabled"), (Integer) value("offlineCacheDays"),
                (Integer) value("offlineLockDays"), (Boolean) value("biometricUnlockAllowed"),
                (Integer) value("masterPasswordMinLength"), (Integer) value("masterPasswordMinStrength"),
                (Integer) value("maxFailedUnlockAttempts"), (Integer) value("autoLockMinutes"),
                (Integer) value("clipboardClearSeconds"));
    }

    private Object value(String name) {
        return options.get(name).value();
    }

    private static Map<String, Object> values(MobilePolicy p) {
        return new MobileOptions(p.mobileAccessEnabled(), p.offlineCacheDays(), p.offlineLockDays(),
                p.biometricUnlockAllowed(), p.masterPasswordMinLength(), p.masterPasswordMinStrength(),
                p.maxFailedUnlockAttempts(), p.autoLockMinutes(), p.clipboardClearSeconds()).asMap();
    }

    public ReadOnlyObjectProperty<UserSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public List<OptionOverride> options() {
        return List.copyOf(options.values());
    }

    public OptionOverride option(String name) {
        return Objects.requireNonNull(options.get(name), name);
    }

    /** The server's last answer for the selected user (null while none is loaded). */
    public ReadOnlyObjectProperty<UserMobile> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailBusyProperty() {
        return detailBusy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canUnlockProperty() {
        return canUnlock;
    }

    public ObservableList<DeviceRow> devices() {
        return readOnlyDevices;
    }

    public ReadOnlyStringProperty pairingUriProperty() {
        return pairingUri.getReadOnlyProperty();
    }

    /** The pairing QR code as PNG bytes (null until asked for). */
    public ReadOnlyObjectProperty<byte[]> pairingPngProperty() {
        return pairingPng.getReadOnlyProperty();
    }

    /** The paged, searchable user list beside the detail. */
    public UserPager list() {
        return list;
    }

    public PasswordResetViewModel reset() {
        return reset;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
