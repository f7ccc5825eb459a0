package com.roamvault.console;

import com.roamvault.ui.dialog.DialogService;
import com.roamvault.ui.dialog.FileChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers every confirmation with a fixed answer and records the questions asked. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> asked = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String message) {
        asked.add(title);
        messages.add(message);
        return answer;
    }

    @Override
    public Optional<Path> chooseFile(FileChoice choice) {
        throw new AssertionError("The console opens no files: " + choice);
    }
}
