package com.roamvault.server.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** How the key folder's files are written: owner-only, atomically, made once and then read. */
final class SecretFiles {
    private SecretFiles() {
    }

    interface Writer {
        void write(OutputStream out) throws IOException, GeneralSecurityException;
    }

    interface Maker {
        String make();
    }

    static String readOrCreate(Path file, Maker maker) throws IOException, GeneralSecurityException {
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String value = maker.make();
        writeSecret(file, out -> out.write(value.getBytes(StandardCharsets.UTF_8)));
        return value;
    }

    /** Owner-only file, written to a temp file beside it and moved in atomically. */
    static void writeSecret(Path file, Writer writer) throws IOException, GeneralSecurityException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
