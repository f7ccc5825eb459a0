package com.roamvault.device.scenario;

import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.clock.DurationText;
import com.roamvault.device.engine.net.NetworkMode;
import com.roamvault.device.engine.net.NetworkSwitch;
import com.roamvault.protocol.mobile.RecordDto;
import java.time.Duration;

/** Plays one step of a scenario against its world; failures surface as exceptions with codes. */
final class Steps {
    private final ScenarioWorld world;
    private final AdminSteps admin;
    private final Expectations expectations;

    Steps(ScenarioWorld world) {
        this.world = world;
        this.admin = new AdminSteps(world);
        this.expectations = new Expectations(world);
    }

    /** @return a short note for the log (what was checked or seen), or null */
    String play(StepSpec step) throws InterruptedException {
        switch (step.keyword()) {
            case "pair" -> {
                String device = step.require("device");
                long userId = AdminCall.userId(world.admin(), world.spec(device).user());
                world.device(device).pair(AdminCall.run("pairing code", () -> world.admin().users().pairingCode(userId))
                        .uri());
            }
            case "login" -> {
                String device = step.require("device");
                String password = step.text("password") != null ? step.text("password") : world.spec(device).password();
                world.device(device).login(requirePassword(password, device));
            }
            case "sync" -> device(step).sync();
            case "lock" -> device(step).lock();
            case "logout" -> device(step).logout();
            case "unlock" -> unlock(step);
            case "changeMasterPassword" -> {
                String device = step.require("device");
                world.device(device).changeMasterPassword(step.require("current"), step.require("new"));
                world.rememberPassword(device, step.require("new"));
            }
            case "enrollFinger" -> device(step).qa().enrollFinger(step.require("finger"));
            case "removeFingers" -> device(step).qa().removeFingers();
            case "network" -> network(step);
            case "advanceClock" -> device(step).qa().advanceClock(DurationText.parse(step.require("by")));
            case "setClock" -> device(step).qa().shiftClock(DurationText.parse(step.require("by")));
            case "advanceServerClock" -> world.advanceServerClock(DurationText.parse(step.require("by")));
            case "view" -> device(step).view(record(step).recordId());
            case "reveal" -> device(step).reveal(record(step).recordId());
            case "copy" -> copy(step);
            case "otp" -> device(step).otp().view(record(step).recordId());
            case "edit" -> {
                var outcome = device(step).edits().edit(record(step).recordId(), PhoneEdit.changes(step));
                return outcome.kind() == com.roamvault.device.engine.edit.EditOutcome.Kind.QUEUED ? "queued" : "applied";
            }
            case "wait" -> {
                Duration d = DurationText.parse(String.valueOf(step.argument()));
                Thread.sleep(d.toMillis());
                world.devices().values().forEach(Device::tick);
            }
            case "admin" -> admin.play(step);
            case "expect" -> {
                return expectations.device(step);
            }
            case "expectAudit" -> {
                return expectations.audit(step);
            }
            case "expectRecord" -> {
                return new RecordExpectations(world).vault(step);
            }
            default -> throw new ScenarioException("Unknown step " + step.keyword());
        }
        return null;
    }

    /** {@code copy: {device, title}} copies the password; {@code field: otp} the current one-time code. */
    private void copy(StepSpec step) {
        String field = step.text("field") == null ? "password" : step.text("field");
        switch (field) {
            case "password" -> device(step).copy(record(step).recordId());
            case "otp" -> device(step).otp().copy(record(step).recordId());
            default -> throw new ScenarioException("Step " + step.number() + ": copy copies field password or otp, not '"
                    + field + "'");
        }
    }

    private void unlock(StepSpec step) {
        Device d = device(step);
        if (step.text("finger") != null) {
            d.unlockWithFinger(step.text("finger"));
        } else {
            String master = step.text("master") != null ? step.text("master") : world.spec(step.require("device")).password();
            d.unlockWithPassword(requirePassword(master, step.require("device")));
        }
    }

    private void network(StepSpec step) {
        NetworkMode mode = NetworkMode.parse(step.require("state"));
        Device d = device(step);
        if (mode == NetworkMode.FLAKY) {
            double rate = step.text("failRate") == null ? NetworkSwitch.DEFAULT_FAIL_RATE
                    : Double.parseDouble(step.text("failRate"));
            Long seed = step.text("seed") == null ? null : Long.valueOf(step.text("seed"));
            d.qa().setFlaky(rate, seed);
        } else {
            d.qa().setNetwork(mode);
        }
    }

    private Device device(StepSpec step) {
        return world.device(step.require("device"));
    }

    private RecordDto record(StepSpec step) {
        String title = step.require("title");
        return device(step).findByTitle(title)
                .orElseThrow(() -> new ScenarioException("No record titled '" + title + "' on " + step.require("device")));
    }

    private static String requirePassword(String password, String device) {
        if (password == null) {
            throw new ScenarioException("Device " + device + " has no password: give one in devices: or in the step");
        }
        return password;
    }
}
