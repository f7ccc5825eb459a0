package com.roamvault.console.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.roamvault.console.TestServers;
import com.roamvault.ui.layout.ClippedText;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the Server screen tests do through the window: connect, open the screen, read it, resize it. */
final class ServerScreenRobot {
    /** The default window, and the logical size of the same window at UI scale 1.5 on a 1600x1000 screen. */
    static final double[][] SIZES = {{1200, 760}, {1066, 666}};

    private final FxRobot robot;
    private final Stage stage;

    ServerScreenRobot(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** Connects as the demo admin and opens the Server screen, waiting until it shows {@code pin}. */
    void open(String url, String pin) throws Exception {
        robot.clickOn("#connect-url").write(url);
        robot.clickOn("#connect-pin").write(pin);
        robot.clickOn("#connect-password").write(TestServers.ADMIN_PASSWORD);
        robot.clickOn("#connect-button");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#nav-server").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // the session's screens are attached on the FX thread
        robot.clickOn("#nav-server");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> pin.equals(text("#server-pin")));
    }

    String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText()
                : ((TextInputControl) n).getText()).orElse("");
    }

    /** Shown: the node and every pane around it are visible. */
    boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(node -> {
            for (Node up = node; up != null; up = up.getParent()) {
                if (!up.isVisible()) {
                    return false;
                }
            }
            return node.getScene() != null;
        }).orElse(false);
    }

    String clipboard() {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    void resize(double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        assertThat(stage.getScene().getHeight()).isEqualTo(height);
    }

    List<String> clipped() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> ClippedText.in(stage.getScene())));
    }

    /** True when the whole node lies inside the window: seen without scrolling. */
    boolean wholeInWindow(String query) throws Exception {
        return wholeInWindow(robot.lookup(query).<Node>query());
    }

    boolean wholeInWindow(Node node) throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            Bounds b = node.localToScene(node.getBoundsInLocal());
            return node.isVisible() && b.getWidth() > 0 && b.getMinX() >= 0 && b.getMinY() >= 0
                    && b.getMaxX() <= stage.getScene().getWidth() && b.getMaxY() <= stage.getScene().getHeight();
        }));
    }

    /** The text of the QR code as drawn on screen (a snapshot of the node, decoded as a phone camera would). */
    String decodeQr(String query) throws Exception {
        Node node = robot.lookup(query).query();
        Image shot = WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
        PixelReader pixels = shot.getPixelReader();
        // a quiet zone around it, as on paper
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        BufferedImage image = new BufferedImage(w + 40, h + 40, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h + 40; y++) {
            for (int x = 0; x < w + 40; x++) {
                boolean inside = x >= 20 && y >= 20 && x < w + 20 && y < h + 20;
                image.setRGB(x, y, inside ? pixels.getArgb(x - 20, y - 20) : 0xFFFFFF);
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
    }

    /** Every text the window shows a person, in labels, cells, buttons and fields. */
    List<String> allTexts() throws Exception {
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(stage.getScene().getRoot(), texts);
            return texts;
        }));
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
