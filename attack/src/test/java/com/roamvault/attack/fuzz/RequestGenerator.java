package com.roamvault.attack.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds each batch's hostile requests over every endpoint of API.md (and methods it does not list). */
final class RequestGenerator {
    private final Random random;
    private final Credentials credentials;

    /** Real credentials and ids the fuzz aims at (the batches without credentials never use the tokens). */
    record Credentials(String adminToken, String phoneToken, List<String> realIds) {
    }

    RequestGenerator(Random random, Credentials credentials) {
        this.random = random;
        this.credentials = credentials;
    }

    /** No credentials at all, forged ones, or an APIKey nobody issued; never a login call. */
    List<HostileRequest> unauthenticated(int count) {
        List<HostileRequest> out = new ArrayList<>();
        List<Endpoint> targets = Endpoint.ALL.stream().filter(e -> !e.isLogin()).toList();
        for (int i = 0; i < count; i++) {
            Map<String, String> headers = new LinkedHashMap<>();
            switch (random.nextInt(4)) {
                case 0 -> { }
                case 1 -> headers.put("APIKey", HostileValues.randomToken(random, 1 + random.nextInt(64)));
                default -> headers.put("Authorization", HostileValues.forgedBearer(random));
            }
            out.add(build("unauthenticated", HostileValues.pick(random, targets), headers));
        }
        return out;
    }

    /** Valid tokens on the wrong side: a phone's on admin and API-key calls, an admin's on phone calls. */
    List<HostileRequest> wrongRole(int count) {
        List<HostileRequest> out = new ArrayList<>();
        List<Endpoint> targets = Endpoint.ALL.stream().filter(e -> !e.isLogin()).toList();
        for (int i = 0; i < count; i++) {
            Endpoint target = HostileValues.pick(random, targets);
            String token = target.caller() == Endpoint.Caller.PHONE ? credentials.adminToken() : credentials.phoneToken();
            Map<String, String> headers = new LinkedHashMap<>();
            if (target.caller() == Endpoint.Caller.API_KEY && random.nextBoolean()) {
                headers.put("APIKey", token);
            } else {
                headers.put("Authorization", "Bearer " + token);
            }
            out.add(build("wrong-role", target, headers));
        }
        return out;
    }

    /** The right token with hostile ids, bodies, queries, content types and methods. */
    List<HostileRequest> authenticated(int count) {
        List<HostileRequest> out = new ArrayList<>();
        List<Endpoint> targets = Endpoint.ALL.stream()
                .filter(e -> e.caller() == Endpoint.Caller.ADMIN || e.caller() == Endpoint.Caller.PHONE).toList();
        for (int i = 0; i < count; i++) {
            Endpoint target = HostileValues.pick(random, targets);
            String token = target.caller() == Endpoint.Caller.ADMIN ? credentials.adminToken() : credentials.phoneToken();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + token);
            out.add(build("authenticated", target, headers));
        }
        return out;
    }

    /** Hostile login bodies; usernames never name a real account, so nobody is locked out. */
    List<HostileRequest> logins(int count) {
        List<HostileRequest> out = new ArrayList<>();
        List<Endpoint> targets = Endpoint.ALL.stream().filter(Endpoint::isLogin).toList();
        for (int i = 0; i < count; i++) {
            Endpoint target = HostileValues.pick(random, targets);
            byte[] body = random.nextBoolean() ? HostileValues.body(random) : loginBody();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", HostileValues.pick(random, HostileValues.CONTENT_TYPES));
            if (random.nextInt(4) == 0) {
                headers.put("X-Forwarded-For", "10.0.0." + random.nextInt(255));
            }
            out.add(HostileRequest.http("login", "login body", method(target), target.path(), headers, body));
        }
        return out;
    }

    private byte[] loginBody() {
        String name = "fuzz-nobody-" + random.nextInt(1_000_000) + HostileValues.pick(random, HostileValues.STRINGS)
                .replace("\\", "\\\\").replace("\"", "\\\"");
        String field = random.nextInt(6) == 0 ? ", \"deviceId\": \"" + HostileValues.pick(random, HostileValues.IDS) + "\"" : "";
        return ("{\"username\": \"" + name + "\", \"password\": \"" + HostileValues.randomToken(random, 1 + random.nextInt(40))
                + "\", \"deviceName\": \"\\u202Eevil\", \"platform\": \"" + HostileValues.pick(random, HostileValues.STRINGS)
                .replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + field + "}").getBytes(StandardCharsets.UTF_8);
    }

    private HostileRequest build(String batch, Endpoint target, Map<String, String> headers) {
        String id = random.nextInt(3) == 0 ? HostileValues.pick(random, credentials.realIds())
                : HostileValues.pick(random, HostileValues.IDS);
        String path = target.with(id) + (random.nextInt(3) == 0 ? HostileValues.pick(random, HostileValues.QUERIES) : "");
        String method = method(target);
        String kind = "endpoint";
        byte[] body = null;
        if (target.takesBody() || random.nextInt(8) == 0) {
            body = HostileValues.body(random);
            kind = "body";
            headers.put("Content-Type", HostileValues.pick(random, HostileValues.CONTENT_TYPES));
        }
        switch (random.nextInt(12)) {
            case 0 -> {
                headers.put("X-HTTP-Method-Override", HostileValues.pick(random, HostileValues.METHODS));
                kind = "method override";
            }
            case 1 -> {
                headers.put("X-Padding", "p".repeat(9_000 + random.nextInt(60_000)));
                kind = "huge header";
            }
            case 2 -> {
                headers.put("X-Forwarded-For", HostileValues.pick(random, List.of("127.0.0.1", "::1", "10.0.0.1, 1.2.3.4")));
                kind = "forwarded spoof";
            }
            default -> { }
        }
        return HostileRequest.http(batch, kind, method, path, headers, body);
    }

    /** Mostly the endpoint's own method; otherwise another one, an unknown one, HEAD or OPTIONS. */
    private String method(Endpoint target) {
        return random.nextInt(4) == 0 ? HostileValues.pick(random, HostileValues.METHODS) : target.method();
    }
}
