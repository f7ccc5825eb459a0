package com.roamvault.device.guided;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.device.engine.Device;
import com.roamvault.device.engine.state.Lifecycle;
import com.roamvault.device.scenario.AdminCall;
import com.roamvault.device.support.DemoLab;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditEvent;
import com.roamvault.protocol.policy.MobileOptions;
import java.time.Duration;
import java.time.Instant;
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
    /** The server closes idle connections this soon, so a presenter's pause outlasts it. */
    private static final long SERVER_IDLE_MILLIS = 500;
    private static DemoLab lab;

    @BeforeAll
    static void start() {
        lab = new DemoLab(SERVER_IDLE_MILLIS);
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
        List<AuditEvent> offline = offlineEvents(USER);
        Map<String, Long> perId = offline.stream().collect(Collectors.groupingBy(AuditEvent::id,
                Collectors.counting()));
        assertThat(perId.values()).allMatch(n -> n == 1);
        assertThat(offline).extracting(AuditEvent::action)
                .contains(AuditActions.RECORD_VIEWED, AuditActions.PASSWORD_REVEALED, AuditActions.PASSWORD_COPIED,
                        AuditActions.CACHE_WIPED);
        assertThat(offline.stream().filter(e -> e.action().equals(AuditActions.RECORD_VIEWED)))
                .hasSize(2);
        assertThat(results.get(8).summary()).contains("each exactly once");
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(overrides(USER).offlineCacheDays()).as("override put back").isNull();
    }

    @Test
    void aPresenterPausingPastTheServersIdleTimeoutBeforeEveryStepSeesEveryStepHold() throws Exception {
        String user = "CORP\\dkowalski";
        Device phone = lab.pairedPhone(user);
        GuidedStory story = MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user));

        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < story.steps().size(); i++) {
            Thread.sleep(4 * SERVER_IDLE_MILLIS);
            results.add(story.play(i));
        }

        assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.summary()).isTrue());
        assertThat(story.failures()).isEmpty();
        assertThat(story.ending()).isEqualTo("Every step held.");
    }

    @Test
    void theEndingNamesEveryStepThatFailedEvenOnceItHeldWhenPlayedAgain() {
        String user = "CORP\\sgarcia";
        Device phone = lab.pairedPhone(user);
        GuidedStory wrong = MissionStory.create(phone, lab.admin(), user, "not-the-password");
        wrong.play(0);

        assertThat(wrong.ending()).startsWith("Step 1 (Sync) failed: The step failed: invalid_credentials")
                .doesNotContain("Every step held", "held when played again");
        assertThat(wrong.failures()).extracting(StepFailure::number).containsExactly(1);
    }

    @Test
    void theStoryCanBeToldTwiceOnTheSamePhoneAndTheAuditStillCountsOnce() {
        String user = "CORP\\amorgan";
        Device phone = lab.pairedPhone(user);
        playAll(MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user)));

        List<StepResult> second = playAll(MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user)));

        assertThat(second).allSatisfy(r -> assertThat(r.passed()).as(r.summary()).isTrue());
        List<AuditEvent> offline = offlineEvents(user);
        assertThat(offline.stream().filter(e -> e.action().equals(AuditActions.PASSWORD_COPIED)))
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

        assertThat(overrides(user).offlineCacheDays()).isEqualTo(3);
    }

    @Test
    void undoneAfterTheClockPassedExpiryThePhoneIsBackOnRealTime() throws Exception {
        String user = "CORP\\tnguyen";
        Device phone = lab.pairedPhone(user);
        GuidedStory story = MissionStory.create(phone, lab.admin(), user, DemoLab.masterPasswordOf(user));
        for (int i = 0; i < 8; i++) {
            assertThat(story.play(i).passed()).as("step " + (i + 1)).isTrue();
        }
        assertThat(phone.snapshot().deviceTime()).isAfter(Instant.now().plus(Duration.ofHours(24)));

        story.undo();

        assertThat(Duration.between(Instant.now(), phone.snapshot().deviceTime()).abs())
                .isLessThan(Duration.ofMinutes(1));
        assertThat(phone.snapshot().lifecycle()).isEqualTo(Lifecycle.UNLOCKED);
        assertThat(overrides(user).offlineCacheDays()).as("override put back").isNull();
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

    private static List<AuditEvent> offlineEvents(String user) {
        AuditFilter offline = AuditFilter.ALL.withUser(user).withOrigin("offline");
        return AdminCall.run("audit", () -> lab.admin().audit().all(offline));
    }

    private static MobileOptions overrides(String user) {
        long id = AdminCall.userId(lab.admin(), user);
        return AdminCall.run("user options", () -> lab.admin().settings().user(id)).overrides();
    }
}
