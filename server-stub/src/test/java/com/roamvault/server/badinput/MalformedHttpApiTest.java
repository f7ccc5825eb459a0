package com.roamvault.server.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.roamvault.protocol.Json;
import com.roamvault.server.support.RawHttps;
import com.roamvault.server.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no HTTP client would send, written byte for byte over TLS: each is answered with API.md's JSON
 * error, {@code application/json} and a 4xx — whether Jetty refuses it before routing or a route meets it
 * while reading the body — never an empty body, HTML, a 5xx, or a route run by a method it was not asked for.
 */
class MalformedHttpApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final String HOST = "Host: localhost\r\n";
    private static final String CLOSE = "Connection: close\r\n\r\n";
    static RawHttps raw;

    @BeforeAll
    static void connect() {
        raw = RawHttps.to(server);
    }

    static void assertJsonError(RawHttps.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/json");
        try {
            JsonNode body = Json.mapper().readTree(answer.body());
            assertThat(body.path("error").asText()).as(answer.toString()).isEqualTo(code);
            assertThat(body.path("message").asText()).as(answer.toString()).isNotBlank();
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + answer, e);
        }
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "<html", "org.eclipse");
    }

    private static RawHttps.Answer send(String requestLine, String headers) {
        return raw.send(requestLine + "\r\n" + HOST + headers + CLOSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO"})
    void badPercentEncodingIsJsonForEveryMethod(String method) {
        for (String path : new String[] {"/api/admin/v1/devices/%zz", "/api/admin/v1/users/%zz", "/api/passwords/%",
                "/api/mobile/v1/records/%g1"}) {
            assertJsonError(send(method + " " + path + " HTTP/1.1", "Content-Length: 0\r\n"), 400, "bad_request");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2e%2e", "%u0041", "a%5Cb", "%c0%ae", "%ed%a0%80", "/1"})
    void ambiguousOrBadlyEncodedPathsAreRefusedBeforeAnyRoute(String id) {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            assertJsonError(send(method + " /api/admin/v1/users/" + id + " HTTP/1.1", "Content-Length: 0\r\n"), 400,
                    "bad_request");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2F", "..%2F..%2Fusers", "1%2F..%2F2"})
    void anEncodedSlashStaysInsideItsIdAndIsNotFound(String id) {
        for (String method : new String[] {"GET", "DELETE"}) {
            assertJsonError(send(method + " /api/admin/v1/records/" + id + " HTTP/1.1",
                    "Authorization: Bearer " + server.admin().bearer() + "\r\n"), 404, "not_found");
        }
    }

    @Test
    void oversizedHeadersAndUrisAreJson() {
        assertJsonError(send("GET /api/admin/v1/users HTTP/1.1", "Authorization: Bearer " + "x".repeat(10_000) + "\r\n"),
                431, "bad_request");
        assertJsonError(send("DELETE /api/admin/v1/users/1 HTTP/1.1", "X-Big: " + "y".repeat(70_000) + "\r\n"),
                431, "bad_request");
        assertJsonError(send("GET /api/admin/v1/audit?q=" + "a".repeat(20_000) + " HTTP/1.1", ""), 414, "bad_request");
    }

    @Test
    void brokenRequestLinesHostsAndHeaderNamesAreJson() {
        assertJsonError(raw.send("GET /api/admin/v1/users HTTP/1.1\r\nHost: a b c\r\n" + CLOSE), 400, "bad_request");
        assertJsonError(raw.send("GET /api/admin/v1/users HTTP/1.1\r\nHost: x\r\nHost: y\r\n" + CLOSE), 400, "bad_request");
        assertJsonError(raw.send("GET /api/admin/v1/users HTTP/1.1\r\n" + CLOSE), 400, "bad_request");
        assertJsonError(send("GET /api/admin/v1/us\u0001ers HTTP/1.1", ""), 400, "bad_request");
        assertJsonError(send("GET /api/admin/v1/users HTTP/1.1", "X-Bad\u0001: v\r\n"), 400, "bad_request");
        assertJsonError(send("GET /api/admin/v1/users HTTP/1.1", " folded\r\n"), 400, "bad_request");
        assertJsonError(send("GET http://evil/api/admin/v1/users HTTP/1.1", ""), 400, "bad_request");
        assertJsonError(raw.send("\u0016\u0003\u0001garbage\r\n\r\n"), 400, "bad_request");
    }

    @Test
    void aRequestLineWithoutAnHttpVersionIsTheClientsFaultNotA5xx() {
        assertJsonError(raw.send("GET /api/admin/v1/users\r\n\r\n"), 400, "bad_request");
        assertJsonError(raw.send("GET /api/admin/v1/users HTTP/1.0\r\n\r\n"), 401, "unauthorized");
    }

    @Test
    void unknownMethodsAndOptionsStarAreJsonNotFound() {
        assertJsonError(send("FOO /api/admin/v1/users HTTP/1.1", ""), 404, "not_found");
        assertJsonError(send("TRACE /api/admin/v1/users HTTP/1.1", ""), 404, "not_found");
        assertJsonError(send("OPTIONS * HTTP/1.1", ""), 404, "not_found");
    }

    @Test
    void headNeverAnswersAnAdminCallWithoutItsRoleCheck() {
        for (String path : new String[] {"/api/admin/v1/users", "/api/admin/v1/audit/export.csv", "/api/mobile/v1/sync"}) {
            RawHttps.Answer head = send("HEAD " + path + " HTTP/1.1", "");
            assertThat(head.status()).as(head.toString()).isEqualTo(405);
            assertThat(head.contentType()).startsWith("application/json");
        }
    }

    @Test
    void methodOverrideHeadersAreRefusedNotObeyed() {
        assertJsonError(send("GET /api/admin/v1/users/1 HTTP/1.1", "X-HTTP-Method-Override: DELETE\r\n"), 400,
                "bad_request");
        assertJsonError(send("POST /api/admin/v1/users HTTP/1.1", "X-HTTP-Method-Override: PUT\r\nContent-Length: 0\r\n"),
                400, "bad_request");
    }

    @Test
    void bodiesTooLargeAreRefusedAtOnceWhetherDeclaredOrChunked() {
        long started = System.nanoTime();
        assertJsonError(raw.send("POST /api/mobile/v1/login HTTP/1.1\r\n" + HOST
                + "Content-Type: application/json\r\nContent-Length: 5000000\r\n\r\n{"), 413, "payload_too_large");
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to refuse a declared oversize body").isLessThan(5_000);
        String chunk = "100000\r\n" + "x".repeat(0x100000) + "\r\n";
        assertJsonError(raw.send("POST /api/mobile/v1/login HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n" + CLOSE + chunk.repeat(3) + "0\r\n\r\n"), 413, "payload_too_large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
            "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n",
            "Transfer-Encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            "Content-Length: abc\r\n\r\n{}", "Content-Length: -5\r\n\r\n{}",
            "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}"})
    void badChunkingAndLyingContentLengthsAreBadRequests(String framing) {
        assertJsonError(raw.send("POST /api/mobile/v1/login HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\n"
                + "Connection: close\r\n" + framing), 400, "bad_request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: 100\r\n\r\n{\"username\":", "Transfer-Encoding: chunked\r\n\r\n300\r\nxx"})
    void aBodyCutShortByAClientThatLeftIsABadRequestNotAServerFailure(String framing) {
        assertJsonError(raw.sendThenHalfClose("POST /api/mobile/v1/login HTTP/1.1\r\n" + HOST
                + "Content-Type: application/json\r\n" + framing), 400, "bad_request");
    }
}
