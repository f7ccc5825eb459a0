package com.roamvault.attack.tampering;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.support.Lab;
import com.roamvault.protocol.audit.AuditUploadEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real phone's folder, made by the engine against the real server (logged in, offline events in
 * its journal, locked), kept as bytes so each attempt starts from a fresh copy.
 */
record PhoneFiles(Lab.TestUser user, int records, Map<String, byte[]> files, List<AuditUploadEvent> pending) {

    static PhoneFiles make(Lab lab, int records) throws IOException {
        Lab.TestUser user = lab.user(records);
        Path folder = Files.createTempDirectory("rv-tamper-src");
        Device phone = Device.open(folder, Lab.options("tamper-source"));
        try {
            phone.pair(user.pairingCode());
            phone.login(user.password());
            phone.qa().setNetwork(NetworkMode.OFFLINE);
            for (var r : phone.records()) {
                phone.view(r.recordId());
            }
            phone.reveal(phone.records().getFirst().recordId());
            phone.lock();
            List<AuditUploadEvent> pending = phone.pendingAudit();
            phone.close();
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path p : list.sorted().toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            return new PhoneFiles(user, records, files, pending);
        } finally {
            phone.close();
        }
    }

    byte[] file(String name) {
        return files.get(name).clone();
    }

    /** A fresh folder holding these files, with {@code name} replaced by {@code changed}. */
    Path copyWith(Path parent, String name, byte[] changed) throws IOException {
        Path folder = Files.createTempDirectory(parent, "try");
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getKey().equals(name) ? changed : e.getValue());
        }
        return folder;
    }
}
