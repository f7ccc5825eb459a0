package com.roamvault.server.keys;

import com.roamvault.server.files.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** How the key folder's files are written: owner-only, atomically, made once and then read. */
final class SecretFiles {
    private SecretFiles() {
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
    static void writeSecret(Path file, OwnerOnlyFiles.Writer writer) throws IOException, GeneralSecurityException {
        OwnerOnlyFiles.write(file, writer);
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
