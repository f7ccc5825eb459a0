package com.roamvault.device.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a scenario file: several YAML documents ({@code ---}) are several scenarios; {@code ${VAR}} is substituted. */
public final class ScenarioFile {
    private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final ObjectMapper YAML = new YAMLMapper();

    private ScenarioFile() {
    }

    public static List<ScenarioSpec> read(Path file) {
        try {
            return parse(Files.readString(file), System::getenv, file.getFileName().toString());
        } catch (IOException e) {
            throw new ScenarioException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    public static List<ScenarioSpec> parse(String text, Function<String, String> env, String source) {
        List<ScenarioSpec> scenarios = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(substitute(text, env, source))) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    scenarios.add(scenario(doc, source + " #" + (scenarios.size() + 1)));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ScenarioException se) {
                throw se;
            }
            throw new ScenarioException(source + " is not valid YAML: " + e.getMessage());
        }
        if (scenarios.isEmpty()) {
            throw new ScenarioException(source + " holds no scenario");
        }
        return scenarios;
    }

    private static String substitute(String text, Function<String, String> env, String source) {
        Matcher m = ENV.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.apply(m.group(1));
            if (value == null) {
                throw new ScenarioException(source + " uses ${" + m.group(1) + "}, which is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static ScenarioSpec scenario(JsonNode doc, String where) {
        String name = doc.path("name").asText(where);
        known(doc, where, "name", "server", "users", "devices", "steps");
        List<ScenarioSpec.UserSpec> users = new ArrayList<>();
        for (JsonNode u : doc.path("users")) {
            users.add(new ScenarioSpec.UserSpec(required(u, "username", name), u.path("masterPassword").asText(null),
                    strings(u.path("lists"))));
        }
        Map<String, ScenarioSpec.DeviceSpec> devices = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("devices").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            JsonNode v = d.getValue();
            devices.put(d.getKey(), new ScenarioSpec.DeviceSpec(required(v, "user", name), v.path("password").asText(null),
                    v.path("platform").asText("android"), strings(v.path("fingers"))));
        }
        List<StepSpec> steps = new ArrayList<>();
        for (JsonNode s : doc.path("steps")) {
            steps.add(step(s, steps.size() + 1, name));
        }
        if (steps.isEmpty()) {
            throw new ScenarioException("Scenario '" + name + "' has no steps");
        }
        return new ScenarioSpec(name, server(doc.path("server"), name), users, devices, steps);
    }

    private static StepSpec step(JsonNode node, int number, String scenario) {
        if (!node.isObject()) {
            throw new ScenarioException("Scenario '" + scenario + "', step " + number + ": a step is 'keyword: argument'");
        }
        String keyword = null;
        Object argument = null;
        String expectError = null;
        boolean mayFail = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            switch (f.getKey()) {
                case "expectError" -> expectError = f.getValue().asText();
                case "mayFail" -> mayFail = f.getValue().asBoolean();
                default -> {
                    if (keyword != null) {
                        throw new ScenarioException("Scenario '" + scenario + "', step " + number + " has two keywords: "
                                + keyword + " and " + f.getKey());
                    }
                    keyword = f.getKey();
                    argument = YAML.convertValue(f.getValue(), Object.class);
                }
            }
        }
        if (keyword == null) {
            throw new ScenarioException("Scenario '" + scenario + "', step " + number + " has no keyword");
        }
        if (argument instanceof Map<?, ?> m) {
            Map<String, Object> args = new LinkedHashMap<>();
            m.forEach((k, v) -> args.put(String.valueOf(k), v));
            if (args.containsKey("expectError")) {
                expectError = String.valueOf(args.remove("expectError"));
            }
            if (args.containsKey("mayFail")) {
                mayFail = Boolean.parseBoolean(String.valueOf(args.remove("mayFail")));
            }
            argument = args;
        }
        if (!StepKeywords.ALL.contains(keyword)) {
            throw new ScenarioException("Scenario '" + scenario + "', step " + number + ": unknown step '" + keyword
                    + "' (known: " + String.join(", ", StepKeywords.ALL) + ")");
        }
        return new StepSpec(number, keyword, argument, expectError, mayFail);
    }

    private static ScenarioSpec.ServerSpec server(JsonNode node, String scenario) {
        if (node.isMissingNode() || node.isNull() || "embedded".equals(node.asText())) {
            return ScenarioSpec.ServerSpec.EMBEDDED;
        }
        if (!node.isObject()) {
            throw new ScenarioException("Scenario '" + scenario + "': server is 'embedded' or {url, pin, admin}");
        }
        JsonNode admin = node.path("admin");
        return new ScenarioSpec.ServerSpec(false, required(node, "url", scenario), required(node, "pin", scenario),
                admin.path("username").asText("admin"), admin.path("password").asText(null));
    }

    private static void known(JsonNode doc, String where, String... keys) {
        List<String> allowed = List.of(keys);
        doc.fieldNames().forEachRemaining(k -> {
            if (!allowed.contains(k)) {
                throw new ScenarioException(where + ": unknown top-level key '" + k + "' (known: " + allowed + ")");
            }
        });
    }

    private static String required(JsonNode node, String field, String scenario) {
        String v = node.path(field).asText(null);
        if (v == null || v.isBlank()) {
            throw new ScenarioException("Scenario '" + scenario + "' lacks '" + field + "' in " + node);
        }
        return v;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
