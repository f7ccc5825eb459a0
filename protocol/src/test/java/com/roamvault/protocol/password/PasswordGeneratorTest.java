package com.roamvault.protocol.password;

import static com.roamvault.protocol.password.PasswordGenerator.ALL;
import static com.roamvault.protocol.password.PasswordGenerator.DIGITS;
import static com.roamvault.protocol.password.PasswordGenerator.LOWER;
import static com.roamvault.protocol.password.PasswordGenerator.SYMBOLS;
import static com.roamvault.protocol.password.PasswordGenerator.UPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordGeneratorTest {
    private final PasswordGenerator generator = new PasswordGenerator();

    @Test
    void everyLengthFromEightTo128IsHonouredWithEveryClass() {
        for (int length = PasswordGenerator.MIN_LENGTH; length <= PasswordGenerator.MAX_LENGTH; length++) {
            String password = generator.generate(length);
            assertThat(password).hasSize(length);
            assertHasEveryClass(password);
        }
        assertThat(generator.generate()).hasSize(PasswordGenerator.DEFAULT_LENGTH);
        assertThat(PasswordGenerator.DEFAULT_LENGTH).isEqualTo(20);
    }

    @Test
    void everyShortestPasswordOfTwoThousandHoldsEveryClass() {
        for (int i = 0; i < 2000; i++) {
            assertHasEveryClass(generator.generate(PasswordGenerator.MIN_LENGTH));
        }
    }

    @Test
    void tenThousandPasswordsAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(generator.generate());
        }
        assertThat(seen).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 7, 129, Integer.MAX_VALUE})
    void lengthsOutsideEightTo128AreRefused(int length) {
        assertThatThrownBy(() -> generator.generate(length)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 to 128");
    }

    @Test
    void theSymbolsArePrintableAsciiWithoutSpaceQuotesOrShellSpecials() {
        assertThat(SYMBOLS.chars()).allMatch(c -> c > ' ' && c < 127 && !Character.isLetterOrDigit(c))
                .doesNotContain((int) '"', (int) '\'', (int) '\\', (int) '`', (int) '$');
        assertThat(ALL.chars().distinct().count()).isEqualTo(ALL.length());
    }

    /**
     * Each character's count lies within 10% of what uniform drawing predicts (the class-guaranteed characters
     * included). That is over eight standard deviations, so it cannot flake, yet a modulo bias (a third more for
     * some characters) or a class left out fails it.
     */
    @Test
    void charactersAreDrawnUniformly() {
        int passwords = 5000;
        int length = PasswordGenerator.MAX_LENGTH;
        int[] counts = new int[128];
        for (int i = 0; i < passwords; i++) {
            generator.generate(length).chars().forEach(c -> counts[c]++);
        }
        for (char c : ALL.toCharArray()) {
            double perPassword = 1.0 / classOf(c).length() + (length - 4.0) / ALL.length();
            double expected = passwords * perPassword;
            assertThat((double) counts[c]).as("count of %s", c).isBetween(expected * 0.9, expected * 1.1);
        }
        assertThat(IntStream.of(counts).sum()).isEqualTo(passwords * length);
    }

    private static String classOf(char c) {
        for (String characters : new String[] {UPPER, LOWER, DIGITS, SYMBOLS}) {
            if (characters.indexOf(c) >= 0) {
                return characters;
            }
        }
        throw new AssertionError("not a password character: " + c);
    }

    private static void assertHasEveryClass(String password) {
        assertThat(password.chars()).as(password).allMatch(c -> ALL.indexOf(c) >= 0);
        for (String characters : new String[] {UPPER, LOWER, DIGITS, SYMBOLS}) {
            assertThat(password.chars().anyMatch(c -> characters.indexOf(c) >= 0)).as(password).isTrue();
        }
    }
}
