package com.roamvault.device.ui.sync;

import static com.roamvault.device.ui.support.Views.button;
import static com.roamvault.device.ui.support.Views.label;
import static com.roamvault.device.ui.support.Views.message;

import com.roamvault.device.ui.support.Views;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kordamp.ikonli.material2.Material2MZ;

/** Sync screen: when it last synced, how long the cache lives, what waits in the journal, and a big sync button. */
public final class SyncView {
    private final SyncViewModel vm;

    public SyncView(SyncViewModel vm) {
        this.vm = vm;
    }

    public Node build() {
        return Views.screen("sync-screen", Views.icon(Material2MZ.SYNC, "hero-icon"), label("Sync", "screen-title"),
                label(vm.lastSyncProperty(), "sync-last"), label(vm.leaseProperty()),
                label(vm.recordsProperty()), label(vm.journalProperty(), "hint"), syncButton(),
                message(vm.resultProperty(), "sync-result", "notice-text"));
    }

    private Button syncButton() {
        Button b = button("Pull to sync now", Material2MZ.SYNC, "sync-button", vm::sync, "accent", "wide", "sync-pull");
        b.disableProperty().bind(vm.canSyncProperty().not());
        return b;
    }
}
