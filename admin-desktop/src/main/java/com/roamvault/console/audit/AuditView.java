package com.roamvault.console.audit;

import static com.roamvault.console.support.ScreenParts.hint;
import static com.roamvault.console.support.ScreenParts.message;
import static com.roamvault.console.support.ScreenParts.title;

import com.roamvault.console.chart.DayChart;
import com.roamvault.console.support.ColumnFit;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * Audit history screen: filters, the paged table taking the height (the events per day a tab
 * beside it, the selected event's details in a band below it), CSV export with progress,
 * hash-chain verification and a live tail toggle.
 */
public final class AuditView {
    /** How often the live tail asks for newer events. */
    static final Duration TAIL_EVERY = Duration.seconds(2);
    /** The details band under the table at first, in em: the table keeps most of the height. */
    private static final double BAND_EM = 11;

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
        hint.setMinHeight(Region.USE_PREF_SIZE); // wraps instead of eliding in a short window
        TableView<AuditRow> table = AuditTable.build(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox list = new VBox(6, table, footer(), message(vm.export().errorProperty(), "audit-export-error",
                "error-text"));
        TabPane views = new TabPane(tab("audit-tab-events", "Events", list),
                tab("audit-tab-chart", "Events per day", chart()));
        views.setId("audit-views");
        SplitPane split = new SplitPane(views);
        split.setId("audit-split");
        split.setOrientation(Orientation.VERTICAL);
        showDetailsOnSelection(split);
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

    private static Tab tab(String id, String name, Node content) {
        Tab tab = new Tab(name, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** The chart as a tab beside the table: the table keeps the height, the overview is one click away. */
    private Node chart() {
        BarChart<String, Number> chart = DayChart.build("audit-chart", vm.days());
        chart.titleProperty().bind(vm.daysTitleProperty());
        return chart;
    }

    /**
     * The selected event's fields in a compact band under the table, there only while an event is
     * selected (so nothing takes the table's height by default); drag the divider to enlarge it.
     */
    private void showDetailsOnSelection(SplitPane split) {
        Node details = AuditDetailPane.build(vm);
        SplitPane.setResizableWithParent(details, false);
        double[] divider = {-1};
        vm.selectedProperty().addListener((obs, old, now) -> {
            boolean shown = split.getItems().contains(details);
            if (now != null && !shown) {
                split.getItems().add(details);
                double band = BAND_EM * Font.getDefault().getSize();
                split.setDividerPositions(divider[0] > 0 ? divider[0]
                        : Math.max(0.4, 1 - band / Math.max(1, split.getHeight())));
            } else if (now == null && shown) {
                divider[0] = split.getDividerPositions()[0]; // where the admin left it, for next time
                split.getItems().remove(details);
            }
        });
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
        status.setMinWidth(Region.USE_PREF_SIZE);
        // each part whole; what does not fit beside the count goes on the next line
        FlowPane row = new FlowPane(10, 4, status, loading, more, exportProgress(), verifyResult());
        row.setId("audit-footer");
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
        // "Exported … to <path>": a long path may elide, the whole of it in the tooltip
        result.getStyleClass().add(ColumnFit.ELIDES);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(export.statusProperty());
        result.setTooltip(whole);
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
