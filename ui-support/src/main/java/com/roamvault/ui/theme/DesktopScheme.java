package com.roamvault.ui.theme;

import javafx.beans.value.ObservableBooleanValue;

/**
 * The desktop's light/dark preference; it changes on the FX thread when the user changes the desktop's.
 * The running desktop's is {@link PlatformDesktopScheme#get()}.
 */
public interface DesktopScheme {

    /** True while the desktop prefers dark; false while it prefers light or says nothing. */
    ObservableBooleanValue dark();

    /** A preference the caller drives (tests, and a window that should not ask the desktop). */
    static DesktopScheme of(ObservableBooleanValue dark) {
        return () -> dark;
    }
}
