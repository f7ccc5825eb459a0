package com.roamvault.ui.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void theConsoleAcceptsALongStrongPasswordAndSaysSo() {
        PasswordStrength.Verdict verdict = PasswordStrength.judge("correct-horse-battery-staple-91!", 12, 3, List.of());
        assertThat(verdict.acceptable()).isTrue();
        assertThat(verdict.summary()).endsWith("meets the policy");
        assertThat(verdict.hints()).isEmpty();
    }

    @Test
    void theConsoleSaysWhatATooShortPasswordLacks() {
        PasswordStrength.Verdict verdict = PasswordStrength.judge("alice1", 12, 3, List.of("alice"));
        assertThat(verdict.acceptable()).isFalse();
        assertThat(verdict.summary()).endsWith("too weak");
        assertThat(verdict.hints()).first().isEqualTo("Use at least 12 characters (this has 6).");
    }

    @Test
    void anEmptyPasswordIsNeitherJudgedNorMetered() {
        assertThat(PasswordStrength.judge("", 12, 3, List.of())).isEqualTo(PasswordStrength.Verdict.EMPTY);
        assertThat(PasswordStrength.meter(null, List.of())).isEqualTo(PasswordStrength.Meter.EMPTY);
    }

    @Test
    void thePhonesMeterLabelsTheScoreAndCountsTheUsernameAsGuessable() {
        PasswordStrength.Meter weak = PasswordStrength.meter("alice", List.of("alice"));
        assertThat(weak.score()).isZero();
        assertThat(weak.label()).isEqualTo("Very weak");
        PasswordStrength.Meter strong = PasswordStrength.meter("x".repeat(500) + "Tr0ub4dor&3-staple-horse", List.of());
        assertThat(strong.label()).isEqualTo(PasswordStrength.label(strong.score()));
    }

    @Test
    void labelsStayInRange() {
        assertThat(PasswordStrength.label(-1)).isEqualTo("Very weak");
        assertThat(PasswordStrength.label(9)).isEqualTo("Very strong");
    }
}
