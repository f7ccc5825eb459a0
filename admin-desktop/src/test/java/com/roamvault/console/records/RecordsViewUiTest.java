package com.roamvault.console.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.roamvault.client.RoamvaultClient;
import com.roamvault.client.admin.AdminClient;
import com.roamvault.client.admin.ListsApi;
import com.roamvault.console.ScriptedDialogs;
import com.roamvault.console.TestPhone;
import com.roamvault.console.TestServers;
import com.roamvault.console.theme.ColorScheme;
import com.roamvault.protocol.admin.ListDetail;
import com.roamvault.protocol.admin.RecordDetail;
import com.roamvault.protocol.admin.RecordRequest;
import com.roamvault.protocol.admin.RecordVersion;
import com.roamvault.protocol.mobile.RecordChanges;
import com.roamvault.protocol.otp.OtpUri;
import com.roamvault.server.RoamvaultServer;
import com.roamvault.ui.FxUiExecutor;
import com.roamvault.ui.theme.Theme;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Records screen driven by the robot against the real server: records created with a typed
 * and a scanned one-time password key, a malformed one refused beside its field, the generator,
 * and a record's history with a phone's lost conflict marked and a version restored. The file
 * chooser and the confirmation are answered by {@link ScriptedDialogs}.
 */
@ExtendWith(ApplicationExtension.class)
class RecordsViewUiTest {
    private static final AtomicInteger LISTS = new AtomicInteger();
    private static RoamvaultServer server;
    private static RoamvaultClient roamvault;
    private static AdminClient admin;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxUiExecutor executor;
    private RecordsViewModel vm;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServers.start();
        roamvault = RoamvaultClient.connect(server.url(), server.pin());
        admin = roamvault.admin();
        admin.login(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxUiExecutor("records-worker");
        vm = new RecordsViewModel(executor, dialogs, RecordsViewModelTest.api(roamvault, admin), Clock.systemUTC());
        Scene scene = new Scene((Parent) new RecordsView(vm, ZoneId.of("UTC")).build(), 1200, 760);
        Theme.style(scene, ColorScheme.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void recordsWithATypedAndAScannedKeyReachTheServerAndAMalformedOneIsRefusedBesideItsField(FxRobot robot)
            throws Exception {
        ListDetail list = pickNewList(robot);
        robot.clickOn("#record-title").write("VPN");
        robot.clickOn("#record-username").write("alice");
        robot.clickOn("#record-password").write("Correct-Horse-9");
        robot.clickOn("#record-url").write("https://vpn.example.com");
        robot.clickOn("#record-domain").write("CORP");
        robot.clickOn("#record-description").write("the VPN gateway");
        robot.clickOn("#record-notes").write("notes");
        robot.clickOn("#record-otpUri").write(RecordsViewModelTest.RFC_URI);
        await(() -> text(robot, "#record-otp-summary").equals("ACME · alice@example.com · 8 digits every 30 s (SHA1)"));
        await(() -> text(robot, "#record-otp-code").matches("\\d{4} \\d{4}  \\(\\d+ s left\\)"));
        robot.clickOn("#record-save");
        await(() -> text(robot, "#record-status").startsWith("Saved VPN"));
        RecordDetail vpn = admin.records().find(list.listId(), "VPN").orElseThrow();
        assertThat(vpn.otpUri()).isEqualTo(RecordsViewModelTest.RFC_URI);
        assertThat(vpn.description()).isEqualTo("the VPN gateway");

        String scanned = "otpauth://totp/Bank:bob?secret=JBSWY3DPEHPK3PXP&issuer=Bank&algorithm=SHA256";
        dialogs.fileToChoose = qrPng(scanned);
        robot.clickOn("#records-new");
        robot.clickOn("#record-title").write("Bank");
        robot.clickOn("#record-read-qr");
        await(() -> text(robot, "#record-otpUri").equals(scanned));
        assertThat(dialogs.fileChoices).containsExactly(RecordEditor.QR_IMAGE);
        await(() -> text(robot, "#record-otp-summary").startsWith("Bank · bob · 6 digits every 30 s (SHA256)"));
        robot.clickOn("#record-save");
        await(() -> text(robot, "#record-status").startsWith("Saved Bank"));
        assertThat(admin.records().find(list.listId(), "Bank").orElseThrow().otpUri()).isEqualTo(scanned);

        String malformed = "otpauth://totp/Shop:carol?secret=not*base32";
        robot.clickOn("#records-new");
        robot.clickOn("#record-title").write("Shop");
        robot.clickOn("#record-otpUri").write(malformed);
        robot.clickOn("#record-save");
        await(() -> text(robot, "#record-otpUri-error").equals(OtpUri.problem(malformed)));
        assertThat(robot.lookup("#record-otpUri-error").query().isVisible()).isTrue();
        assertThat(robot.lookup("#record-otpUri").query().getStyleClass()).contains("invalid");
        assertThat(admin.records().ofList(list.listId())).extracting(RecordDetail::title)
                .containsExactlyInAnyOrder("VPN", "Bank");

        robot.clickOn("#record-generate");
        await(() -> text(robot, "#record-password").length() == 20);
        assertThat(text(robot, "#record-password")).containsPattern("[A-Z]").containsPattern("[a-z]")
                .containsPattern("[0-9]").containsPattern("[^A-Za-z0-9]");
    }

    @Test
    void theHistoryMarksAPhonesLostConflictAndRestoresAVersion(FxRobot robot) throws Exception {
        ListDetail list = admin.lists().create("Records UI " + LISTS.incrementAndGet(), "history");
        RecordDetail router = admin.records().create(list.listId(), new RecordRequest("Router", "admin",
                "first-Pass-1", null, null, null, null, RecordsViewModelTest.RFC_URI));
        admin.records().update(router.recordId(), password("second-Pass-2"));
        long jsmith = admin.users().page("jsmith", 5, 0).users().stream()
                .filter(u -> u.username().equals(TestPhone.USER)).findFirst().orElseThrow().id();
        admin.lists().grant(list.listId(), ListsApi.mobileGrant(jsmith, "modify"));
        TestPhone.register(server, "Pixel (history test)").edit(router.recordId(), router.version(),
                new RecordChanges(null, null, "phone-Pass-3", null, null, null));
        admin.records().update(router.recordId(), password("third-Pass-4"));

        pick(robot, list);
        await(() -> rows(robot, "#records-table") == 1);
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordDetail d
                && d.title().equals("Router")).queryAs(Node.class));
        robot.clickOn("History");
        await(() -> rows(robot, "#history-table") == 3);
        TableRow<?> conflict = versionRow(robot, "phone-Pass-3");
        assertThat(conflict.getStyleClass()).contains(HistoryView.CONFLICT_STYLE);
        assertThat(((Labeled) conflict.lookupAll(".table-cell").stream()
                .filter(c -> "Conflict".equals(((Labeled) c).getText())).findFirst().orElseThrow()).isVisible())
                .isTrue();
        assertThat(versionRow(robot, "second-Pass-2").getStyleClass()).doesNotContain(HistoryView.CONFLICT_STYLE);

        robot.clickOn(conflict);
        assertThat(text(robot, "#history-kind")).startsWith("Conflict");
        assertThat(text(robot, "#history-otpUri")).as("the key's secret is masked too").isEqualTo("••••••••");
        robot.clickOn(versionRow(robot, "first-Pass-1"));
        assertThat(text(robot, "#history-password")).isEqualTo("••••••••");
        robot.clickOn("#history-reveal");
        assertThat(text(robot, "#history-password")).isEqualTo("first-Pass-1");
        robot.clickOn("#history-restore");

        await(() -> "first-Pass-1".equals(admin.records().get(router.recordId()).password()));
        assertThat(dialogs.asked).containsExactly("Restore version");
        await(() -> rows(robot, "#history-table") == 4);
        robot.clickOn("Details");
        await(() -> text(robot, "#record-password").equals("first-Pass-1"));
    }

    private static RecordRequest password(String password) {
        return new RecordRequest(null, null, password, null, null, null, null, null);
    }

    /** A new list, read into the screen and picked in its drop-down. */
    private ListDetail pickNewList(FxRobot robot) throws Exception {
        ListDetail list = admin.lists().create("Records UI " + LISTS.incrementAndGet(), "records");
        pick(robot, list);
        return list;
    }

    private void pick(FxRobot robot, ListDetail list) throws Exception {
        robot.interact(vm::refresh);
        await(() -> vm.lists().stream().anyMatch(l -> l.listId() == list.listId()));
        robot.clickOn("#records-list");
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && c.isVisible()
                && c.getItem() instanceof ListDetail l && l.listId() == list.listId()).queryAs(Node.class));
        await(() -> vm.selectedListProperty().get() != null && vm.selectedListProperty().get().listId() == list.listId()
                && !vm.busyProperty().get());
    }

    private static TableRow<?> versionRow(FxRobot robot, String password) {
        return robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof RecordVersion v
                && password.equals(v.password())).queryAs(TableRow.class);
    }

    private static Path qrPng(String text) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 240, 240);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        Path file = Files.createTempDirectory("records-qr").resolve("otp-qr.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Waits for a condition asked on the FX thread (it reads the scene graph and the ViewModel). */
    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }

    private static int rows(FxRobot robot, String table) {
        return robot.lookup(table).queryAs(TableView.class).getItems().size();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText()
                : ((TextInputControl) n).getText()).orElse("");
    }
}
