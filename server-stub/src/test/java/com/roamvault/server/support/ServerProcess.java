package com.roamvault.server.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server started as its own OS process (java ServerMain ...), read until its READY line. */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile(
            "ROAMVAULT READY url=(https://\\S+) pin=(sha256/\\S+)(?: internal=(https://\\S+))?");

    private final Process process;
    private final StringBuilder output = new StringBuilder();
    private String url;
    private String pin;
    private String internalUrl;

    private ServerProcess(Process process) {
        this.process = process;
    }

    public static ServerProcess start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.roamvault.server.ServerMain"));
        cmd.addAll(List.of(args));
        ServerProcess p = new ServerProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        p.awaitReady();
        return p;
    }

    private void awaitReady() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + 60_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = reader.readLine()) != null) {
            output.append(line).append('\n');
            Matcher m = READY.matcher(line);
            if (m.find()) {
                url = m.group(1);
                pin = m.group(2);
                internalUrl = m.group(3);
                Thread drain = new Thread(() -> reader.lines().forEach(l -> { }), "server-process-drain");
                drain.setDaemon(true);
                drain.start();
                return;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("The server process printed no READY line:\n" + output);
    }

    public String url() {
        return url;
    }

    public String pin() {
        return pin;
    }

    /** A DMZ core's internal channel (null for other roles). */
    public String internalUrl() {
        return internalUrl;
    }

    /** What it printed up to its READY line. */
    public String output() {
        return output.toString();
    }

    /** SIGKILL: the server gets no chance to finish a transaction, flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
    }
}
