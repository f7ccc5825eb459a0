package com.roamvault.console.audit;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.console.support.ConsoleErrors;
import com.roamvault.ui.UiExecutor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * CSV export of a filter to a file, in the background with bytes-so-far and a cancel. The CSV
 * goes to a temporary file beside the target and is moved into place only when complete, so a
 * failed or cancelled export leaves no partial file and never damages an existing one.
 */
public final class AuditExportViewModel {
    private final UiExecutor executor;
    private final AuditApi api;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper bytes = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AtomicLong latestBytes = new AtomicLong();
    private final AtomicBoolean progressPosted = new AtomicBoolean();
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    public AuditExportViewModel(UiExecutor executor, AuditApi api) {
        this.executor = executor;
        this.api = api;
    }

    public void start(AuditFilter query, Path target) {
        if (running.get() || target == null) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        running.set(true);
        bytes.set(0);
        error.set("");
        status.set("Exporting to " + target.getFileName() + "…");
        executor.submit(() -> write(query, target, cancel), written -> {
            running.set(false);
            bytes.set(written);
            status.set("Exported " + Counts.of(written) + " bytes to " + target);
        }, failure -> {
            running.set(false);
            if (cancel.get()) {
                status.set("Export cancelled; nothing was written.");
            } else {
                status.set("");
                error.set("Export failed, nothing was written: " + ConsoleErrors.describe(failure));
            }
        });
    }

    /** Stops at the next chunk; the temporary file is removed. */
    public void cancel() {
        cancelled.set(true);
    }

    private long write(AuditFilter query, Path target, AtomicBoolean cancel) throws Exception {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        try {
            long written;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                written = api.export(query, out, soFar -> {
                    if (cancel.get()) {
                        throw new CancellationException("export cancelled");
                    }
                    report(soFar);
                });
            }
            if (cancel.get()) {
                throw new CancellationException("export cancelled");
            }
            moveIntoPlace(temp, absolute);
            return written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** At most one progress update waits for the UI thread at a time, however fast the bytes come. */
    private void report(long soFar) {
        latestBytes.set(soFar);
        if (progressPosted.compareAndSet(false, true)) {
            executor.onUiThread(() -> {
                progressPosted.set(false);
                if (running.get()) {
                    bytes.set(latestBytes.get());
                }
            });
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Bytes written so far (the total is unknown until the server ends the stream). */
    public ReadOnlyLongProperty bytesProperty() {
        return bytes.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
