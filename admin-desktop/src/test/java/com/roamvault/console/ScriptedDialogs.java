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

    /** The file the admin picks in the next open-file dialog; null fails the test (none was expected). */
    public Path fileToChoose;
    public final List<FileChoice> fileChoices = new ArrayList<>();

    @Override
    public Optional<Path> chooseFile(FileChoice choice) {
        if (fileToChoose == null) {
            throw new AssertionError("No file to choose was expected: " + choice);
        }
        fileChoices.add(choice);
        return Optional.of(fileToChoose);
    }
}
