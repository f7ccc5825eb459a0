package com.roamvault.device.ui;

import com.roamvault.device.ui.pair.PairViewModel;
import com.roamvault.device.ui.scenario.ScenarioPlayerViewModel;
import com.roamvault.ui.dialog.DialogService;
import com.roamvault.ui.dialog.FileChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialog answers a test sets beforehand; it remembers the questions asked. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> asked = new ArrayList<>();
    public boolean confirmAnswer = true;
    public Path qrImage;
    public Path scenarioFile;

    @Override
    public boolean confirm(String title, String message) {
        asked.add(title);
        return confirmAnswer;
    }

    @Override
    public Optional<Path> chooseFile(FileChoice choice) {
        if (choice.equals(PairViewModel.QR_IMAGE)) {
            return Optional.ofNullable(qrImage);
        }
        if (choice.equals(ScenarioPlayerViewModel.SCENARIO_FILE)) {
            return Optional.ofNullable(scenarioFile);
        }
        throw new AssertionError("No scripted answer for " + choice);
    }
}
