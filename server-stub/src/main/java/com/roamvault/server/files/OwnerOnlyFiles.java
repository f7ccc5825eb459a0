package com.roamvault.server.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * How the server writes a file that holds a key: owner-only from its first byte, to a temp file beside
 * it that is flushed to disk, then moved in atomically, so a crash leaves the old file or the new one.
 */
public final class OwnerOnlyFiles {
    private OwnerOnlyFiles() {
    }

    /** What goes into the file. */
    public interface Writer {
        void write(OutputStream out) throws IOException, GeneralSecurityException;
    }

    public static void write(Path file, Writer writer) throws IOException, GeneralSecurityException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp); // a crashed write's leftover
        try (FileChannel channel = create(tmp)) {
            OutputStream out = Channels.newOutputStream(channel);
            writer.write(out);
            out.flush();
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static FileChannel create(Path tmp) throws IOException {
        try {
            return FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
            return FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Another process is writing " + tmp + " at the same time", e);
        }
    }
}
