package com.roamvault.device.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioFileTest {
    private static List<ScenarioSpec> parse(String yaml, Map<String, String> env) {
        return ScenarioFile.parse(yaml, env::get, "test.yaml");
    }

    @Test
    void readsEveryPartOfTheLanguage() {
        List<ScenarioSpec> specs = parse("""
                name: one
                server: {url: "https://127.0.0.1:8443", pin: "sha256/x", admin: {username: admin, password: "${PW}"}}
                users: [{username: U, masterPassword: p, lists: [A, B]}]
                devices: {phone: {user: U, password: p, fingers: [right-thumb]}}
                steps:
                  - sync: phone
                    expectError: cache_locked
                  - unlock: {device: phone, master: p, mayFail: true}
                  - wait: 2s
                ---
                name: two
                steps:
                  - lock: phone
                """, Map.of("PW", "s3cret"));
        assertThat(specs).hasSize(2);
        ScenarioSpec one = specs.getFirst();
        assertThat(one.server().embedded()).isFalse();
        assertThat(one.server().adminPassword()).isEqualTo("s3cret");
        assertThat(one.users().getFirst().lists()).containsExactly("A", "B");
        assertThat(one.devices().get("phone").fingers()).containsExactly("right-thumb");
        assertThat(one.steps().get(0).expectError()).isEqualTo("cache_locked");
        assertThat(one.steps().get(0).args()).containsEntry("device", "phone");
        assertThat(one.steps().get(1).mayFail()).isTrue();
        assertThat(one.steps().get(1).args()).doesNotContainKey("mayFail");
        assertThat(one.steps().get(1).describe()).contains("master=***");
        assertThat(specs.get(1).server().embedded()).isTrue();
    }

    @Test
    void badFilesSayWhatIsWrong() {
        assertThatThrownBy(() -> parse("name: x\nsteps: [{fly: phone}]", Map.of())).hasMessageContaining("unknown step 'fly'");
        assertThatThrownBy(() -> parse("name: x\nsteps: [{pair: p, lock: p}]", Map.of())).hasMessageContaining("two keywords");
        assertThatThrownBy(() -> parse("name: ${NOPE}\nsteps: [{pair: p}]", Map.of())).hasMessageContaining("${NOPE}");
        assertThatThrownBy(() -> parse("name: x\nsteps: []", Map.of())).hasMessageContaining("no steps");
        assertThatThrownBy(() -> parse("name: x\nstepz: []", Map.of())).hasMessageContaining("unknown top-level key");
        assertThatThrownBy(() -> parse("{{{{", Map.of())).hasMessageContaining("not valid YAML");
    }

    @Test
    void comparisonsReadAsWritten() {
        assertThat(Comparison.parse(">= 3").test(3)).isTrue();
        assertThat(Comparison.parse("<= 2").test(2.5)).isFalse();
        assertThat(Comparison.parse(4).test(4)).isTrue();
        assertThatThrownBy(() -> Comparison.parse("lots")).hasMessageContaining("Not a number");
    }
}
