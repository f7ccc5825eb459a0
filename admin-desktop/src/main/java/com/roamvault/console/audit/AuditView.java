package com.roamvault.console.audit;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Audit history screen: filters, the paged table with one event's details below it, CSV export
 * with progress, hash-chain verification and a live tail toggle.
 */
public final class AuditView {
    /** How often the live tail asks for newer events. */
    static final Duration TAIL_EVERY = Duration.seconds(2);

    private final AuditViewModel vm;
    private final ExportFileChooser chooser;

    public AuditView(AuditViewModel vm, ExportFileChooser chooser) {
        this.vm = vm;
        this.chooser = chooser;
    }

    public Node build() {
        Label title = title("Audit history");
        Label hint = hint("Newest first. Offline events were recorded on a phone without a connection and "
                + "uploaded at its next sync.");
        TableView<AuditRow> table = AuditTable.build(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox list = new VBox(6, table, footer(), message(vm.export().errorProperty(), "audit-export-error",
                "error-text"));
        SplitPane split = new SplitPane(list, AuditDetailPane.build(vm));
        split.setId("audit-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, title, gap, exportButton(), verifyButton(), tail());
        top.setAlignment(Pos.CENTER_LEFT);
        VBox screen = new VBox(10, top, hint, new AuditFilterBar(vm).build(),
                message(vm.errorProperty(), "audit-error", "error-text"), split);
        screen.setId("audit-screen");
        screen.getStyleClass().addAll("screen", "audit-screen");
        return screen;
    }

    private Node footer() {
        Label status = new Label();
        status.setId("audit-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(vm.statusProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("audit-loading");
        loading.getStyleClass().add("small-busy");
        loading.visibleProperty().bind(vm.loadingProperty());
        // for lists too short to scroll, and for keyboard users
        Button more = new Button("Load more");
        more.setId("audit-load-more");
        more.visibleProperty().bind(vm.moreAvailableProperty());
        more.disableProperty().bind(vm.loadingProperty());
        more.setOnAction(e -> vm.loadMore());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(10, status, loading, more, gap, exportProgress(), verifyResult());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Button exportButton() {
        Button export = new Button("Export CSV…");
        export.setId("audit-export");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.disableProperty().bind(vm.export().runningProperty());
        export.setOnAction(e -> {
            Path target = chooser.choose(export, "roamvault-audit-" + LocalDate.now() + ".csv");
            if (target != null) {
                vm.exportTo(target);
            }
        });
        return export;
    }

    /** While an export runs: a progress bar, the bytes written and Cancel; afterwards its result. */
    private Node exportProgress() {
        AuditExportViewModel export = vm.export();
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("audit-export-progress");
        Button cancel = new Button("Cancel");
        cancel.setId("audit-export-cancel");
        cancel.setOnAction(e -> export.cancel());
        Label written = new Label();
        written.setId("audit-export-bytes");
        written.textProperty().bind(Bindings.createStringBinding(() -> Counts.of(export.bytesProperty().get())
                + " bytes written", export.bytesProperty()));
        HBox running = new HBox(8, progress, written, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(export.runningProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label result = new Label();
        result.setId("audit-export-status");
        result.textProperty().bind(export.statusProperty());
        result.visibleProperty().bind(export.runningProperty().not());
        result.managedProperty().bind(result.visibleProperty());
        return new HBox(8, running, result);
    }

    private Button verifyButton() {
        AuditVerifyViewModel verification = vm.verification();
        Button verify = new Button("Verify chain");
        verify.setId("audit-verify");
        verify.setMinWidth(Region.USE_PREF_SIZE);
        verify.disableProperty().bind(verification.outcomeProperty().isEqualTo(AuditVerifyViewModel.Outcome.RUNNING));
        verify.setOnAction(e -> verification.verify());
        return verify;
    }

    /** Intact in the success colour, broken (or not checkable) in the danger colour. */
    private Label verifyResult() {
        AuditVerifyViewModel verification = vm.verification();
        Label result = new Label();
        result.setId("audit-verify-result");
        result.textProperty().bind(verification.resultProperty());
        verification.outcomeProperty().addListener((obs, old, now) -> {
            result.getStyleClass().removeAll("verify-intact", "verify-broken");
            switch (now) {
                case INTACT -> result.getStyleClass().add("verify-intact");
                case BROKEN, FAILED -> result.getStyleClass().add("verify-broken");
                default -> { }
            }
        });
        return result;
    }

    /** Polls every two seconds while on; the ViewModel turns it off when the screen is left. */
    private Node tail() {
        ToggleButton toggle = new ToggleButton("Live tail");
        toggle.setId("audit-tail");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(vm.tailProperty());
        Timeline poll = new Timeline(new KeyFrame(TAIL_EVERY, e -> vm.pollNewer()));
        poll.setCycleCount(Animation.INDEFINITE);
        vm.tailProperty().addListener((obs, old, on) -> {
            if (on) {
                poll.play();
            } else {
                poll.stop();
            }
        });
        return toggle;
    }
}
