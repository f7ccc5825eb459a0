package com.roamvault.attack.crashes;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.error.DeviceException;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.net.PhoneHttp;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.Json;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.mobile.RecordDto;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The phone process {@link PhoneCrashes} kills: opens the phone in a folder, logs in (or unlocks),
 * then views records, queues an edit offline (sealed into the cache with the edit queue), syncs
 * (which sends it), locks and unlocks in a loop until it is killed. It reads the pairing
 * code and the master password from stdin (never from the command line) and prints one progress
 * line per step; {@code durable <id>} is printed only once the journal has saved event {@code id}.
 */
public final class PhoneLoop {
    static final String PREFIX = "phone-loop ";

    private PhoneLoop() {
    }

    public static void main(String[] args) throws Exception {
        warmUp();
        say("warm " + ProcessHandle.current().info().startInstant()
                .map(t -> java.time.Duration.between(t, Instant.now()).toMillis()).orElse(-1L));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String pairingCode = in.readLine();
        String password = in.readLine();
        Device phone;
        try {
            phone = Device.open(Path.of(args[0]), Lab.options("crash-phone"));
        } catch (DeviceException e) {
            say("error " + e.code());
            System.exit(3);
            return;
        }
        say("opened");
        switch (phone.snapshot().lifecycle()) {
            case UNPAIRED -> {
                phone.pair(pairingCode);
                phone.login(password);
            }
            case PAIRED, WIPED -> phone.login(password);
            case LOCKED -> phone.unlockWithPassword(password);
            case UNLOCKED -> {
            }
        }
        say("ready");
        for (int n = 1; true; n++) {
            for (RecordDto r : phone.records()) {
                phone.view(r.recordId());
                say("durable " + phone.pendingAudit().getLast().id());
            }
            phone.qa().setNetwork(NetworkMode.OFFLINE);
            phone.edits().edit(phone.records().getFirst().recordId(),
                    new RecordChanges(null, null, "crash-edit-" + ProcessHandle.current().pid() + "-" + n, null, null,
                            null));
            say("queued");
            phone.qa().setNetwork(NetworkMode.ONLINE);
            phone.sync();
            say("synced");
            phone.lock();
            say("durable " + phone.pendingAudit().getLast().id());
            phone.unlockWithPassword(password);
            say("unlocked");
        }
    }

    /** Loads what the run needs while the parent still checks the previous run's folder. */
    private static void warmUp() throws Exception {
        Json.mapper().writeValueAsBytes(new AuditUploadEvent("id", Instant.EPOCH, "CACHE_LOCKED", "success", null,
                null, "offline", null));
        PhoneHttp.shared();
        for (String name : new String[] {Device.class.getName(), "org.bouncycastle.crypto.generators.Argon2BytesGenerator",
                "okhttp3.OkHttpClient", "javax.crypto.Cipher"}) {
            Class.forName(name);
        }
        javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
    }

    private static void say(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
