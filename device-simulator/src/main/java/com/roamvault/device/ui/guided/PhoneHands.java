package com.roamvault.device.ui.guided;

import com.roamvault.device.guided.RecordHands;
import com.roamvault.device.ui.detail.RecordDetailViewModel;
import com.roamvault.device.ui.phone.PhoneViewModel;
import com.roamvault.device.ui.records.RecordRow;
import com.roamvault.device.ui.session.Screen;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The guided story's user, on the phone's own screens: taps the record in the list, presses Reveal
 * and Copy password as a person would, waits until the phone shows each outcome and then pauses,
 * so the audience sees every move. Called from the story's background task, never the FX thread.
 */
public final class PhoneHands implements RecordHands {
    /** How long each outcome stays on screen before the next move: long enough to point at it. */
    public static final Duration PAUSE = Duration.ofMillis(1200);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final PhoneViewModel phone;
    private final Duration pause;

    public PhoneHands(PhoneViewModel phone, Duration pause) {
        this.phone = phone;
        this.pause = pause;
    }

    @Override
    public void open(RecordDto record) throws Exception {
        RecordDetailViewModel detail = phone.detail();
        RecordRow.Item row = new RecordRow.Item(record.recordId(), record.title(), record.username(), record.url());
        onScreen(() -> {
            phone.records().open(row); // as a tap on the record's line in the list
            return null;
        });
        awaitShown("open " + record.title(), () -> phone.screenProperty().get() == Screen.DETAIL
                && record.title().equals(detail.titleProperty().get()));
    }

    @Override
    public void reveal(RecordDto record) throws Exception {
        RecordDetailViewModel detail = phone.detail();
        onScreen(() -> {
            detail.reveal();
            return null;
        });
        awaitShown("reveal the password of " + record.title(), () -> detail.revealedProperty().get());
    }

    @Override
    public void copy(RecordDto record) throws Exception {
        RecordDetailViewModel detail = phone.detail();
        onScreen(() -> {
            detail.copy();
            return null;
        });
        awaitShown("copy the password of " + record.title(),
                () -> record.title().equals(phone.snapshotProperty().get().clipboardTitle()));
    }

    /** Waits until the phone shows {@code done} (or its error), then leaves it on screen a moment. */
    private void awaitShown(String move, Supplier<Boolean> done) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String error = onScreen(() -> phone.detail().errorProperty().get());
            if (!error.isEmpty()) {
                throw new IllegalStateException("The phone could not " + move + ": " + error);
            }
            if (onScreen(() -> done.get() && !phone.busyProperty().get())) {
                Thread.sleep(pause.toMillis());
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The phone did not " + move + " within " + PATIENCE.toSeconds() + " s");
            }
            Thread.sleep(40);
        }
    }

    /** Runs {@code look} on the FX thread (the screens' ViewModels live there) and hands back its answer. */
    private <T> T onScreen(Supplier<T> look) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        phone.executor().onUiThread(() -> {
            try {
                answer.complete(look.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
}
