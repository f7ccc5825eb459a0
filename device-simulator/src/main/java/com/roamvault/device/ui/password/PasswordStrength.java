package com.roamvault.device.ui.password;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;

/**
 * The live strength meter: zxcvbn on the phone, for feedback while typing. The App Server checks
 * again when the password is submitted; its answer (and reasons) is the one that counts.
 */
public final class PasswordStrength {
    /** zxcvbn's cost grows with length; the meter needs no more than this to say "strong". */
    private static final int MEASURED_CHARS = 64;
    private static final String[] LABELS = {"Very weak", "Weak", "Fair", "Strong", "Very strong"};

    private Zxcvbn zxcvbn;

    public record Result(int score, String label, List<String> feedback) {
        public static final Result EMPTY = new Result(0, "", List.of());
    }

    /** Scores {@code password} 0..4; {@code userInputs} (e.g. the username) count as guessable. */
    public Result measure(String password, List<String> userInputs) {
        if (password == null || password.isEmpty()) {
            return Result.EMPTY;
        }
        if (zxcvbn == null) {
            zxcvbn = new Zxcvbn();
        }
        String measured = password.length() > MEASURED_CHARS ? password.substring(0, MEASURED_CHARS) : password;
        Strength s = zxcvbn.measure(measured, userInputs);
        List<String> feedback = new ArrayList<>();
        String warning = s.getFeedback().getWarning();
        if (warning != null && !warning.isBlank()) {
            feedback.add(warning);
        }
        feedback.addAll(s.getFeedback().getSuggestions());
        return new Result(s.getScore(), LABELS[s.getScore()], List.copyOf(feedback));
    }

    public static String label(int score) {
        return LABELS[Math.max(0, Math.min(4, score))];
    }
}
