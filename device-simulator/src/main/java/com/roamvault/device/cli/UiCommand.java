package com.roamvault.device.cli;

import com.roamvault.device.ui.PhoneSimulator;
import com.roamvault.device.ui.launch.LaunchOptions;
import com.roamvault.launcher.ClasspathJavaFx;
import com.roamvault.launcher.Display;
import com.roamvault.launcher.GtkLibrary;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ui}: opens the JavaFX phone simulator (its flags are the app's own, {@link LaunchOptions}). */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = "Open the phone simulator window (embedded demo server unless --server-url is given).")
public final class UiCommand implements Callable<Integer> {
    @Mixin
    LaunchOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Display.missing()) {
            System.err.println(DisplayCheck.NO_DISPLAY);
            return 2;
        }
        if (GtkLibrary.missing()) {
            System.err.println(DisplayCheck.NO_GTK);
            return 2;
        }
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        // originalArgs holds the whole command line; the app wants what follows "ui"
        int at = args.indexOf("ui");
        ClasspathJavaFx.quiet();
        try {
            PhoneSimulator.main(args.subList(at + 1, args.size()).toArray(String[]::new));
        } catch (UnsupportedOperationException e) {
            // DISPLAY set but unusable (a closed X server, no permission), or GTK found but not loadable
            System.err.println(DisplayCheck.advice(e.getMessage()) + "\n(" + e.getMessage() + ")");
            return 2;
        }
        return 0;
    }
}
