package com.roamvault.launcher;

import java.util.logging.Logger;

/**
 * JavaFX logs "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at every
 * start from the class path. The desktop jars carry JavaFX inside on purpose (one file to run), so
 * that line only alarms the user; every other JavaFX warning still shows.
 */
public final class ClasspathJavaFx {
    static final String NOTICE = "Unsupported JavaFX configuration";
    /** JavaFX's platform logger; held here so the filter is not collected with a weakly held logger. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClasspathJavaFx() {
    }

    /** Call before the JavaFX runtime starts. */
    public static void quiet() {
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(NOTICE));
    }
}
