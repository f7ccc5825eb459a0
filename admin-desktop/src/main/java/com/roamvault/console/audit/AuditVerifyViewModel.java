package com.roamvault.console.audit;

import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.protocol.audit.AuditVerifyResult;
import com.roamvault.ui.UiExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Hash-chain verification on the server, with one plain sentence as the answer. */
public final class AuditVerifyViewModel {
    /** What the last verification said; the view styles the result by it. */
    public enum Outcome { NONE, RUNNING, INTACT, BROKEN, FAILED }

    private final UiExecutor executor;
    private final AuditApi api;
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public AuditVerifyViewModel(UiExecutor executor, AuditApi api) {
        this.executor = executor;
        this.api = api;
    }

    public void verify() {
        if (outcome.get() == Outcome.RUNNING) {
            return;
        }
        outcome.set(Outcome.RUNNING);
        result.set("Verifying the hash chain…");
        executor.submit(api::verify, this::show, failure -> {
            outcome.set(Outcome.FAILED);
            result.set("Verification failed: " + ConsoleErrors.describe(failure));
        });
    }

    private void show(AuditVerifyResult verified) {
        if (verified.ok()) {
            outcome.set(Outcome.INTACT);
            result.set("Hash chain intact: " + Counts.of(verified.checked()) + " events checked");
        } else {
            outcome.set(Outcome.BROKEN);
            result.set("Hash chain BROKEN at event #" + verified.firstBadSeq() + " (" + Counts.of(verified.checked())
                    + " checked)");
        }
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
