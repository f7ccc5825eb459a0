package com.roamvault.console.users;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.console.devices.DeviceRow;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.DeviceDetail;
import com.roamvault.protocol.admin.UserMobile;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.protocol.policy.MobileOptions;
import com.roamvault.protocol.policy.MobileSettings;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final OptionsEditor editor = new OptionsEditor();
    private final ReadOnlyObjectWrapper<UserMobile> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper detailBusy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<DeviceRow> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceRow> readOnlyDevices = FXCollections.unmodifiableObservableList(devices);
    private final PairingCodeViewModel pairing;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final UserPager list;
    private final PasswordResetViewModel reset;
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private final BooleanBinding canUnlock;
    private final UnsavedEdits unsaved;
    private MobileSettings globals;
    /** Answers to older requests (clicking through users) are dropped, not shown over newer ones. */
    private long detailRequest;

    public UsersViewModel(UiExecutor executor, DialogService dialogs, UsersApi api, Clock clock) {
        this(executor, dialogs, api, clock, PAGE_SIZE);
    }

    public UsersViewModel(UiExecutor executor, DialogService dialogs, UsersApi api, Clock clock, int pageSize) {
        this.executor = executor;
        this.api = api;
        this.clock = clock;
        this.unsaved = new UnsavedEdits(dialogs);
        this.reset = new PasswordResetViewModel(executor, api);
        this.pairing = new PairingCodeViewModel(executor, api);
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
        inputs.addAll(editor.inputs());
        dirty = Bindings.createBooleanBinding(() -> saved.get() != null
                && !editor.overrides().equals(saved.get().overrides()), inputs.toArray(Observable[]::new));
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && editor.validProperty().get()
                && !detailBusy.get(), dirty, editor.validProperty(), detailBusy);
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

    /**
     * Shows {@code user}'s options; the same user again (a fresher row) keeps unsaved edits, another
     * one asks before dropping them: false (nothing changed) when the admin keeps editing.
     */
    public boolean select(UserSummary user) {
        UserSummary current = selected.get();
        if (user == null || (current != null && current.id() == user.id())) {
            if (user != null) {
                selected.set(user);
            }
            return true;
        }
        if (dirty.get() && !unsaved.discard(current, user)) {
            return false;
        }
        selected.set(user);
        saved.set(null);
        devices.clear();
        pairing.clear();
        reset.cancel();
        loadDetail(user);
        return true;
    }

    private record Detail(MobileSettings globals, UserMobile mobile, List<DeviceDetail> devices) { }

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
        editor.show(mobile, globals.policy());
        saved.set(mobile);
    }

    /** Sends the complete set of overrides (the server replaces them as a whole). */
    public void save() {
        UserSummary user = selected.get();
        if (!canSave.get() || user == null) {
            return;
        }
        MobileOptions overrides = editor.overrides();
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
        pairing.clear();
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
        error.set("");
        reset.cancel();
        pairing.request(user.id(), id -> selected.get() != null && selected.get().id() == id, error::set,
                this::failed);
    }

    private void failed(Throwable failure) {
        status.set("");
        error.set(ConsoleErrors.describe(failure));
        if (failure instanceof RoamvaultClientException e) {
            editor.showFieldErrors(e.fields());
        }
    }

    public ReadOnlyObjectProperty<UserSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public List<OptionOverride> options() {
        return editor.options();
    }

    public OptionOverride option(String name) {
        return editor.option(name);
    }

    /** The server's last answer for the selected user (null while none is loaded). */
    public ReadOnlyObjectProperty<UserMobile> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailBusyProperty() {
        return detailBusy.getReadOnlyProperty();
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

    /** The pairing code asked for last ({@link #showPairing()}), for the selected user. */
    public PairingCodeViewModel pairing() {
        return pairing;
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
