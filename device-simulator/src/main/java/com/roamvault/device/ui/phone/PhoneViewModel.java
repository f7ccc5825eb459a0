package com.roamvault.device.ui.phone;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.DeviceSnapshot;
import com.roamvault.device.ui.conflict.ConflictsViewModel;
import com.roamvault.device.ui.detail.RecordDetailViewModel;
import com.roamvault.device.ui.edit.EditRecordViewModel;
import com.roamvault.device.ui.endstate.EndState;
import com.roamvault.device.ui.endstate.EndStateViewModel;
import com.roamvault.device.ui.login.LoginViewModel;
import com.roamvault.device.ui.otp.OtpCodesViewModel;
import com.roamvault.device.ui.pair.PairViewModel;
import com.roamvault.device.ui.password.ChangePasswordViewModel;
import com.roamvault.device.ui.records.RecordsViewModel;
import com.roamvault.device.ui.session.ActionFailure;
import com.roamvault.device.ui.session.PhoneSession;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.device.ui.settings.SettingsViewModel;
import com.roamvault.device.ui.sync.SyncViewModel;
import com.roamvault.device.ui.unlock.UnlockViewModel;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.dialog.DialogService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * One simulated phone as the UI sees it: the engine's latest {@link DeviceSnapshot}, which screen
 * shows, whether an action is running (and what it says meanwhile), and the ViewModels of its
 * screens. Every engine call goes through {@link #call} on the injected executor, never on the UI
 * thread; the device's change listener brings snapshots back to the UI thread.
 */
public final class PhoneViewModel implements PhoneSession {
    private final Device device;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<DeviceSnapshot> snapshot;
    private final DeviceCalls calls;
    private final ReadOnlyBooleanWrapper interactive = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<EndState> endState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>();
    private final PhoneNavigation navigation;
    private final AtomicBoolean tickPending = new AtomicBoolean();

    private final StatusBarViewModel statusBar;
    private final PairViewModel pair;
    private final LoginViewModel login;
    private final UnlockViewModel unlock;
    private final RecordsViewModel records;
    private final RecordDetailViewModel detail;
    private final EditRecordViewModel edit;
    private final OtpCodesViewModel otpCodes;
    private final ConflictsViewModel conflicts;
    private final SyncViewModel sync;
    private final SettingsViewModel settings;
    private final ChangePasswordViewModel changePassword;
    private final EndStateViewModel endStateScreen;

    /** @param initial the device's snapshot, taken off the UI thread by whoever opened the device */
    public PhoneViewModel(Device device, DeviceSnapshot initial, UiExecutor executor, DialogService dialogs) {
        this(device, initial, executor, dialogs, true);
    }

    /**
     * A phone a scenario drives: it shows every change but makes no engine call of its own (not even
     * a search, which would count as activity and change what the scenario checks).
     */
    public static PhoneViewModel watching(Device device, DeviceSnapshot initial, UiExecutor executor,
                                          DialogService dialogs) {
        return new PhoneViewModel(device, initial, executor, dialogs, false);
    }

    private PhoneViewModel(Device device, DeviceSnapshot initial, UiExecutor executor, DialogService dialogs,
                           boolean interactive) {
        this.device = device;
        this.interactive.set(interactive);
        this.executor = executor;
        this.dialogs = dialogs;
        this.snapshot = new ReadOnlyObjectWrapper<>(initial);
        navigation = new PhoneNavigation(snapshot.getReadOnlyProperty());
        calls = new DeviceCalls(device, executor, navigation::raise);
        endState.bind(navigation.endState());
        screen.bind(navigation.screen());
        device.onChange(() -> {
            DeviceSnapshot s = device.snapshot();
            executor.onUiThread(() -> snapshot.set(s));
        });
        statusBar = new StatusBarViewModel(snapshot.getReadOnlyProperty());
        pair = new PairViewModel(this);
        login = new LoginViewModel(this);
        unlock = new UnlockViewModel(this);
        detail = new RecordDetailViewModel(this, this::openEditor);
        edit = new EditRecordViewModel(this, (id, notice) -> {
            detail.load(id, notice);
            show(Screen.DETAIL);
        });
        otpCodes = new OtpCodesViewModel(this, detail::load);
        conflicts = new ConflictsViewModel(this);
        records = new RecordsViewModel(this, detail::load);
        sync = new SyncViewModel(this);
        settings = new SettingsViewModel(this);
        changePassword = new ChangePasswordViewModel(this);
        endStateScreen = new EndStateViewModel(endState.getReadOnlyProperty(), this::acknowledgeEndState);
    }

    private void openEditor(com.roamvault.protocol.mobile.RecordDto record) {
        edit.load(record);
    }

    // ---- engine calls

    @Override
    public void perform(String busyText, Consumer<Device> action, Runnable onSuccess, Consumer<ActionFailure> onFailure) {
        call(busyText, d -> {
            action.accept(d);
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }

    /**
     * A call on the device, off the UI thread. On failure the phone may switch to an end state
     * (MITM refused, locked out, tampering); the screen gets the failure to show either way.
     */
    @Override
    public <T> void call(String busyText, Function<Device, T> work, Consumer<T> onSuccess,
                         Consumer<ActionFailure> onFailure) {
        if (interactive.get()) {
            calls.call(busyText, work, onSuccess, onFailure);
        }
    }

    /** Lets the engine apply its timers (auto-lock, expiry, clipboard); the app calls this about once a second. */
    public void tick() {
        if (!interactive.get() || !tickPending.compareAndSet(false, true)) {
            return;
        }
        executor.submit(() -> {
            device.tick();
            return null;
        }, ok -> tickPending.set(false), failed -> tickPending.set(false));
    }

    // ---- navigation (PhoneNavigation decides; these are the person's moves)

    @Override
    public void show(Screen target) {
        navigation.show(target);
    }

    /** Esc: one step back (detail -> records, change password -> settings, an alert -> behind it). */
    public void back() {
        navigation.back();
    }

    /**
     * The end state's button: dismiss an alert, move on from a wipe (to login) or a clock tamper (to
     * unlock), or, for tampered files, wipe the phone (off the UI thread) and go on to login.
     */
    public void acknowledgeEndState() {
        EndState shown = endState.get();
        if (shown != null && shown.kind() == EndState.Kind.DATA_TAMPERED) {
            perform("Wiping the phone…", Device::wipeTampered, navigation::acknowledgeEndState, failed -> { });
        } else {
            navigation.acknowledgeEndState();
        }
    }

    @Override
    public void requestPairing(boolean requested) {
        navigation.requestPairing(requested);
    }

    // ---- properties

    public String name() {
        return device.name();
    }

    public Device device() {
        return device;
    }

    @Override
    public DialogService dialogs() {
        return dialogs;
    }

    public UiExecutor executor() {
        return executor;
    }

    @Override
    public ReadOnlyObjectProperty<DeviceSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EndState> endStateProperty() {
        return endState.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return calls.busyMessageProperty();
    }

    public ReadOnlyBooleanProperty interactiveProperty() {
        return interactive.getReadOnlyProperty();
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public PairViewModel pair() {
        return pair;
    }

    public LoginViewModel login() {
        return login;
    }

    public UnlockViewModel unlock() {
        return unlock;
    }

    public RecordsViewModel records() {
        return records;
    }

    public RecordDetailViewModel detail() {
        return detail;
    }

    public EditRecordViewModel edit() {
        return edit;
    }

    public OtpCodesViewModel otpCodes() {
        return otpCodes;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    public SyncViewModel sync() {
        return sync;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public ChangePasswordViewModel changePassword() {
        return changePassword;
    }

    public EndStateViewModel endState() {
        return endStateScreen;
    }
}
