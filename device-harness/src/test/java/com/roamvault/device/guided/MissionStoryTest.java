package com.roamvault.device.guided;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.support.DemoLab;
import com.roamvault.protocol.Paths;
import com.roamvault.protocol.audit.AuditActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The guided demo's story, played headless on a demo user's phone against the real demo server. */
class MissionStoryTest {
    private static final String USER = "CORP\\jsmith";
    private static DemoLab lab;

    @BeforeAll
    static void start() {
        lab = new DemoLab();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void everyStepPassesAndTheOfflineEventsReachTheAuditExactlyOnceMarkedOffline() {
        Device phone = lab.pairedPhone(USER);
        GuidedStory story = MissionStory.create(phone, lab.admin(), USER, DemoLab.masterPasswordOf(USER));

        List<StepResult> results = playAll(story);

        assertThat(results).hasSize(10).allSatisfy(r -> assertThat(r.passed()).as(r.summary()).isTrue());
        assertThat(results.get(5).summary()).contains("reason=expired");
        List<JsonNode> offline = lab.admin().audit(Map.of("user", USER, "origin", "offline"));
        Map<String, Long> perId = offline.stream().collect(Collectors.groupingBy(e -> e.get("id").asText(),
                Collectors.counting()));
        assertThat(perId.values()).allMatch(n -> n == 1);
        assertThat(offline).extracting(e -> e.get("action").asText())
                .contains(AuditActions.RECORD_VIEWED, AuditActions.PASSWORD_REVEALED, AuditActions.PASSWORD_COPIED,
                        AuditActions.CACHE_WIPED);
        assertThat(offline.stream().filter(e -> e.get("action").asText().equals(AuditActions.RECORD_VIEWED)))
                .hasSize(2);
        assertThat(results.get(8).summary()).contains("each exactly once");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(lab.admin().get(Paths.adminUserMobile(lab.admin().userId(USER))).path("overrides")
                .path("offlineCacheDays").isNull()).as("override put back").isTrue();
    }

    @Test
    void theStoryCanBeToldTwiceOnTheSamePhoneAndTheAuditStillCountsOnce() {
        String user = "CORP\\amorgan";
        Device phone = lab.pairedPhone(user);
        playAll(MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user)));

        List<StepResult> second = playAll(MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user)));

        assertThat(second).allSatisfy(r -> assertThat(r.passed()).as(r.summary()).isTrue());
        List<JsonNode> offline = lab.admin().audit(Map.of("user", user, "origin", "offline"));
        assertThat(offline.stream().filter(e -> e.get("action").asText().equals(AuditActions.PASSWORD_COPIED)))
                .hasSize(2);
    }

    @Test
    void abandonedAfterTheAdministratorsStepTheOverrideIsPutBack() throws Exception {
        String user = "CORP\\lchen"; // has an override of 3 offline days in the demo data
        Device phone = lab.pairedPhone(user);
        GuidedStory story = MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user));
        story.play(0);
        assertThat(story.play(1).passed()).isTrue();

        story.undo();

        assertThat(lab.admin().get(Paths.adminUserMobile(lab.admin().userId(user))).path("overrides")
                .path("offlineCacheDays").asInt()).isEqualTo(3);
    }

    @Test
    void aStepThatCannotRunSaysWhyInsteadOfThrowing() {
        Device phone = lab.pairedPhone("CORP\\pnair");
        GuidedStory story = MissionStory.create(phone, lab.admin(), "CORP\\pnair", "not-the-password");

        StepResult first = story.play(0);

        assertThat(first.passed()).isFalse();
        assertThat(first.summary()).startsWith("The step failed: invalid_credentials");
    }

    private static List<StepResult> playAll(GuidedStory story) {
        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < story.steps().size(); i++) {
            StepResult r = story.play(i);
            results.add(r);
            if (!r.passed()) {
                break;
            }
        }
        return results;
    }
}
