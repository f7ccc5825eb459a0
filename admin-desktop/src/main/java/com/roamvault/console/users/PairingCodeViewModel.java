package com.roamvault.console.users;

import com.roamvault.protocol.admin.PairingCode;
import com.roamvault.ui.UiExecutor;
import java.util.Base64;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The pairing code shown for the selected user: the URI to copy and its QR code as PNG bytes. */
public final class PairingCodeViewModel {
    private final UiExecutor executor;
    private final UsersApi api;
    private final ReadOnlyStringWrapper uri = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> png = new ReadOnlyObjectWrapper<>();

    PairingCodeViewModel(UiExecutor executor, UsersApi api) {
        this.executor = executor;
        this.api = api;
    }

    /**
     * Asks the server for {@code userId}'s code; shown only if that user is still selected when it comes.
     * {@code problem} gets what to say when the code cannot be had or its image cannot be read.
     */
    void request(long userId, LongPredicate stillSelected, Consumer<String> problem, Consumer<Throwable> failed) {
        clear();
        executor.submit(() -> api.pairingCode(userId), code -> {
            if (stillSelected.test(userId)) {
                show(code, problem);
            }
        }, failed);
    }

    private void show(PairingCode code, Consumer<String> problem) {
        try {
            png.set(Base64.getDecoder().decode(code.qrPng()));
        } catch (IllegalArgumentException | NullPointerException e) {
            problem.accept("The server sent a pairing image that cannot be read; the URI below still pairs.");
        }
        uri.set(code.uri());
    }

    void clear() {
        uri.set("");
        png.set(null);
    }

    public ReadOnlyStringProperty uriProperty() {
        return uri.getReadOnlyProperty();
    }

    /** The pairing QR code as PNG bytes (null until asked for). */
    public ReadOnlyObjectProperty<byte[]> pngProperty() {
        return png.getReadOnlyProperty();
    }
}
