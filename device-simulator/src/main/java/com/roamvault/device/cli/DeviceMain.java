package com.roamvault.device.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar roamvault-device.jar}: simulated phones from the command line. */
@Command(name = "roamvault-device", mixinStandardHelpOptions = true, version = "0.1.0",
        description = "Roamvault device simulator: scripted QA scenarios, fleets of simulated phones, and the phone UI.",
        subcommands = {RunCommand.class, FleetCommand.class, UiCommand.class})
public final class DeviceMain implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new DeviceMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
