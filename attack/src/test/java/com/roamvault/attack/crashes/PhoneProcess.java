package com.roamvault.attack.crashes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@link PhoneLoop} in a JVM of its own, kept cheap (client compiler only, shared
 * archive, small heap, started ahead); its progress lines are read as they come, so the events it reported
 * durable are known at the moment it is killed.
 */
final class PhoneProcess {
    private final Process process;
    private final Set<String> durable = ConcurrentHashMap.newKeySet();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread reader;
    private volatile String error;
    private volatile long warmMillis = -1;

    private PhoneProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().daemon().start(this::read);
    }

    /**
     * Starts the JVM, which loads the engine and then waits for {@link #go}: its start-up can
     * overlap the checks of the previous run, as it touches the folder only after {@code go}.
     */
    static PhoneProcess spawn(Path folder, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx160m", "-cp", classpath, PhoneLoop.class.getName(), folder.toString());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new PhoneProcess(p);
    }

    /** Hands the phone its pairing code and master password (on stdin): it opens the folder and runs. */
    void go(String pairingCode, String password) throws IOException {
        try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(pairingCode + "\n" + password + "\n");
        }
    }

    /** Waits for the phone to be logged in or unlocked; false when it did not get there in time. */
    boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS) && error == null;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux), then waits for the end of its output. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    /** Events the phone said were saved in its journal before it died. */
    Set<String> durable() {
        return Set.copyOf(durable);
    }

    /** How long its JVM took to start and load the engine, or -1 when it did not say. */
    long warmMillis() {
        return warmMillis;
    }

    /** An error line the phone printed (e.g. {@code cache_tampered} at open), or null. */
    String error() {
        return error;
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.startsWith(PhoneLoop.PREFIX)) {
                    continue;
                }
                String what = line.substring(PhoneLoop.PREFIX.length());
                if (what.startsWith("durable ")) {
                    durable.add(what.substring("durable ".length()));
                } else if (what.startsWith("warm ")) {
                    warmMillis = Long.parseLong(what.substring("warm ".length()));
                } else if (what.equals("ready")) {
                    ready.countDown();
                } else if (what.startsWith("error ")) {
                    error = what;
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process was killed mid-line: what was read is what counts
        } finally {
            ready.countDown();
        }
    }
}
