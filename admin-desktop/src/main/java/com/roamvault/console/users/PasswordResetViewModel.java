package com.roamvault.console.users;

import com.roamvault.client.RoamvaultClientException;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.admin.UserSummary;
import com.roamvault.protocol.policy.MobilePolicy;
import com.roamvault.ui.UiExecutor;
import com.roamvault.ui.password.PasswordStrength;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Resetting one user's master password: live strength feedback against that user's effective
 * policy while typing; the server checks again and its 422 reasons are listed. The typed
 * password is cleared as soon as the pane closes.
 */
public final class PasswordResetViewModel {
    private final UiExecutor executor;
    private final UsersApi api;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper strength = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyHints = FXCollections.unmodifiableObservableList(hints);
    private final ObservableList<String> readOnlyReasons = FXCollections.unmodifiableObservableList(reasons);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;
    private UserSummary user;
    private MobilePolicy policy = MobilePolicy.DEFAULTS;
    private Runnable onDone = () -> { };

    PasswordResetViewModel(UiExecutor executor, UsersApi api) {
        this.executor = executor;
        this.api = api;
        password.addListener((obs, old, now) -> judge());
        canSubmit = Bindings.createBooleanBinding(() -> open.get() && !busy.get() && !password.get().isEmpty(),
                open, busy, password);
    }

    /** Opens the pane for {@code user}, judged against their effective policy. */
    void open(UserSummary user, MobilePolicy policy, Runnable onDone) {
        this.user = user;
        this.policy = policy == null ? MobilePolicy.DEFAULTS : policy;
        this.onDone = onDone;
        password.set("");
        reasons.clear();
        error.set("");
        judge();
        open.set(true);
    }

    public void cancel() {
        password.set("");
        reasons.clear();
        error.set("");
        open.set(false);
    }

    /** Sends even what looks weak here: the server is the authority and says why it refuses. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        UserSummary target = user;
        String typed = password.get();
        busy.set(true);
        reasons.clear();
        error.set("");
        executor.submit(() -> {
            api.resetMasterPassword(target.id(), typed);
            return target;
        }, done -> {
            busy.set(false);
            cancel();
            onDone.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof RoamvaultClientException e && !e.reasons().isEmpty()) {
                // the server's reasons replace this estimate of the same thing, so each shows once
                hints.clear();
                reasons.setAll(e.reasons());
            }
            error.set(ConsoleErrors.describe(failure));
        });
    }

    /** Typing changes the password the server's reasons were about: from here the estimate speaks again. */
    private void judge() {
        reasons.clear();
        List<String> inputs = user == null ? List.of() : List.of(user.username(), user.displayName());
        PasswordStrength.Verdict verdict = PasswordStrength.judge(password.get(), policy.masterPasswordMinLength(),
                policy.masterPasswordMinStrength(), inputs);
        strength.set(verdict.score() < 0 ? 0 : (verdict.score() + 1) / 5.0);
        acceptable.set(verdict.acceptable());
        feedback.set(verdict.score() < 0 ? "Needs at least " + policy.masterPasswordMinLength()
                + " characters and strength " + policy.masterPasswordMinStrength() + " of 4." : verdict.summary());
        hints.setAll(verdict.hints());
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 when empty, then 0.2..1.0 for zxcvbn scores 0..4 (for a meter). */
    public ReadOnlyDoubleProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** What would make the typed password acceptable, as estimated here. */
    public ObservableList<String> hints() {
        return readOnlyHints;
    }

    /** The server's reasons for refusing the last password sent. */
    public ObservableList<String> reasons() {
        return readOnlyReasons;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
