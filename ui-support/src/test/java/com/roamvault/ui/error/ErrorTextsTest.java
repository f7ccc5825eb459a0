package com.roamvault.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {
    private final ErrorTexts texts = ErrorTexts.builder()
            .text("invalid_credentials", "Wrong username or password.")
            .textWithWait("account_locked", "The account is locked.")
            .build();

    @Test
    void aKnownCodeReadsAsTextFollowedByTheCode() {
        assertThat(texts.describe("invalid_credentials", 30L, "server says"))
                .isEqualTo("Wrong username or password.  (invalid_credentials)");
    }

    @Test
    void aLockTellsHowLongToWaitWhenTheServerSaid() {
        assertThat(texts.describe("account_locked", 299L, null))
                .isEqualTo("The account is locked. Try again in 4 min 59 s.  (account_locked)");
        assertThat(texts.describe("account_locked", null, null)).isEqualTo("The account is locked.  (account_locked)");
    }

    @Test
    void waitTextSpeaksInMinutesAndSeconds() {
        assertThat(ErrorTexts.waitText(45L)).isEqualTo(" Try again in 45 s.");
        assertThat(ErrorTexts.waitText(900L)).isEqualTo(" Try again in 15 min.");
        assertThat(ErrorTexts.waitText(61L)).isEqualTo(" Try again in 1 min 1 s.");
        assertThat(ErrorTexts.waitText(null)).isEmpty();
    }

    @Test
    void anUnknownCodeShowsTheServersMessageOnlyWhenSoBuilt() {
        assertThat(texts.describe("teapot", null, "I am a teapot")).isEqualTo("The request failed.  (teapot)");
        ErrorTexts withServerMessage = ErrorTexts.builder().serverMessageAsFallback().build();
        assertThat(withServerMessage.describe("teapot", null, "I am a teapot")).isEqualTo("I am a teapot  (teapot)");
        assertThat(withServerMessage.describe("teapot", null, null)).isEqualTo("The request failed.  (teapot)");
    }

    @Test
    void aFailureWithoutCodeSaysSomethingWentWrong() {
        assertThat(ErrorTexts.unexpected(new IOException("disk full"))).isEqualTo("Something went wrong: disk full");
    }
}
