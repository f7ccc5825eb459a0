package com.roamvault.console.audit;

import com.roamvault.console.ConsoleWindow;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.connect.ConnectViewModel;
import com.roamvault.console.connect.KnownServers;
import com.roamvault.protocol.audit.AuditActions;
import com.roamvault.protocol.audit.AuditUploadEvent;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Makes docs/console-audit.png: the real window against the real server, the audit history
 * filtered to a user who worked offline, one offline event selected. Not a test; run it by hand
 * headless (Monocle), e.g. with the module's test classpath:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp <cp>
 * com.roamvault.console.audit.AuditScreenshot docs/console-audit.png}
 */
public final class AuditScreenshot {
    private static final String USER = "CORP\\amorgan";

    private AuditScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/console-audit.png").toAbsolutePath();
        RoamvaultServer server = TestServers.start();
        fill(server);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxUiExecutor executor = new FxUiExecutor("console-worker");
        ConnectViewModel connect = new ConnectViewModel(executor, new ScriptedDialogs(),
                new KnownServers(Files.createTempDirectory("console-shot").resolve("servers.json")));
        Scene scene = onFx(() -> {
            Stage stage = new Stage();
            ConsoleWindow.show(stage, connect, executor);
            stage.setWidth(1200);
            stage.setHeight(760);
            connect.serverUrlProperty().set(server.url());
            connect.pinProperty().set(server.pin());
            connect.usernameProperty().set(TestServers.ADMIN);
            connect.passwordProperty().set(TestServers.ADMIN_PASSWORD);
            connect.connect();
            return stage.getScene();
        });
        waitUntil(() -> scene.lookup("#nav-audit") != null);
        onFx(() -> {
            ((ToggleButton) scene.lookup("#nav-audit")).setSelected(true);
            return null;
        });
        TableView<?> table = onFx(() -> (TableView<?>) scene.lookup("#audit-table"));
        waitUntil(() -> !table.getItems().isEmpty());
        onFx(() -> {
            ((TextField) scene.lookup("#audit-user")).setText(USER);
            ((Button) scene.lookup("#audit-apply")).fire();
            return null;
        });
        waitUntil(() -> ((Label) scene.lookup("#audit-status")).getText().endsWith("end of history"));
        onFx(() -> {
            List<?> rows = table.getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (((AuditRow) rows.get(i)).action().equals(AuditActions.RECORD_VIEWED) && ((AuditRow) rows.get(i)).offline()) {
                    table.getSelectionModel().select(i);
                    break;
                }
            }
            ((Button) scene.lookup("#audit-verify")).fire();
            return null;
        });
        waitUntil(() -> ((Label) scene.lookup("#audit-verify-result")).getText().startsWith("Hash chain intact"));
        Thread.sleep(500);
        BufferedImage image = onFx(() -> toImage(scene.snapshot(null)));
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        System.out.println("Wrote " + out + " (" + image.getWidth() + "x" + image.getHeight() + ")");
        executor.close();
        server.close();
        Platform.exit();
        System.exit(0);
    }

    /** Alice worked on a flight (offline, uploaded on landing) and at the office (online); John online too. */
    private static void fill(RoamvaultServer server) throws Exception {
        TestPhone alice = TestPhone.register(server, USER, "Pixel 8 (Alice)");
        alice.sync();
        Instant flight = Instant.now().minus(7, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        alice.uploadAudit(List.of(
                event(AuditActions.CACHE_UNLOCKED, "offline", flight, null, "method=biometric"),
                event(AuditActions.RECORD_VIEWED, "offline", flight.plusSeconds(75), 12L, null),
                event(AuditActions.PASSWORD_REVEALED, "offline", flight.plusSeconds(90), 12L, null),
                event(AuditActions.PASSWORD_COPIED, "offline", flight.plusSeconds(95), 12L, "field=password"),
                event(AuditActions.RECORD_VIEWED, "offline", flight.plusSeconds(400), 40L, null),
                event(AuditActions.CACHE_LOCKED, "offline", flight.plusSeconds(700), null, "reason=timeout")));
        alice.uploadAudit(List.of(
                event(AuditActions.CACHE_UNLOCKED, "online", Instant.now().minusSeconds(60), null, "method=master"),
                event(AuditActions.RECORD_VIEWED, "online", Instant.now().minusSeconds(30), 41L, null)));
        TestPhone john = TestPhone.register(server, TestPhone.USER, "iPhone 15 (John)");
        john.uploadAudit(List.of(event(AuditActions.CACHE_UNLOCKED, "online", Instant.now(), null, "method=master")));
    }

    private static AuditUploadEvent event(String action, String origin, Instant at, Long recordId, String detail) {
        return new AuditUploadEvent(UUID.randomUUID().toString(), at, action, "success", recordId, null, origin, detail);
    }

    private static BufferedImage toImage(WritableImage snapshot) {
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = snapshot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for the screen");
            }
            Thread.sleep(100);
        }
    }
}
