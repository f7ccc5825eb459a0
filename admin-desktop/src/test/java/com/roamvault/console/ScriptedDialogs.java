package com.roamvault.console;

import com.roamvault.console.support.DialogService;
import java.util.ArrayList;
import java.util.List;

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
}
