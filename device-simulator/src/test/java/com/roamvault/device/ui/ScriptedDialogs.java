package com.roamvault.device.ui;

import com.roamvault.device.ui.support.DialogService;
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
    public Optional<Path> chooseQrImage() {
        return Optional.ofNullable(qrImage);
    }

    @Override
    public Optional<Path> chooseScenarioFile() {
        return Optional.ofNullable(scenarioFile);
    }
}
