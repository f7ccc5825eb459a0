package com.roamvault.server.atrest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Looks for secrets in bytes as an attacker with a copy of the disk would: UTF-8 and both UTF-16s. */
public final class SecretScan {
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private SecretScan() {
    }

    /** "file: marker" for every marker found in any file under the folder. */
    public static List<String> folder(Path folder, Collection<String> markers) {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String marker : bytes(Files.readAllBytes(file), markers)) {
                    hits.add(folder.relativize(file) + ": " + marker);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** The markers that occur in the bytes. */
    public static List<String> bytes(byte[] haystack, Collection<String> markers) {
        List<String> found = new ArrayList<>();
        for (String marker : markers) {
            for (Charset encoding : ENCODINGS) {
                if (indexOf(haystack, marker.getBytes(encoding)) >= 0) {
                    found.add(marker + " (" + encoding + ")");
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
