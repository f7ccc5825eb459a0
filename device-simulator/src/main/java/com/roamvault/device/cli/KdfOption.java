package com.roamvault.device.cli;

import com.roamvault.device.engine.crypto.Argon2Kdf;
import com.roamvault.device.engine.crypto.KdfParams;
import picocli.CommandLine.Option;

/** The phones' cache KDF: real (Argon2id m=64 MiB, t=3, p=4) unless a test run explicitly lowers it. */
final class KdfOption {
    @Option(names = "--insecure-test-kdf", description = "TEST ONLY: a tiny Argon2id for phone caches "
            + "(m=256 KiB, t=1, p=1) so large runs fit on a laptop; never for anything real")
    boolean insecureTestKdf;

    Argon2Kdf kdf() {
        return insecureTestKdf ? Argon2Kdf.insecureForTests(new KdfParams(256, 1, 1)) : new Argon2Kdf();
    }
}
