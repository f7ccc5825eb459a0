package com.roamvault.device.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code fleet}: many headless phones against one server (the load benchmark). */
@Command(name = "fleet", mixinStandardHelpOptions = true, description = "Drive N simulated phones against a server.")
public final class FleetCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("fleet: not available yet");
        return 2;
    }
}
