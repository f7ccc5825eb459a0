package com.roamvault.launcher.local;

import java.util.Iterator;
import java.util.ServiceLoader;

/** Finds the server module's {@link LocalServerProvider} on the class path. */
final class LocalServerProviders {
    private LocalServerProviders() {
    }

    static LocalServerProvider find() {
        Iterator<LocalServerProvider> found = ServiceLoader.load(LocalServerProvider.class).iterator();
        if (!found.hasNext()) {
            throw new IllegalStateException(
                    "No Roamvault server on the class path to start in process; give a running server's URL instead");
        }
        return found.next();
    }
}
