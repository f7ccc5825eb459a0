package com.roamvault.ui.contrast;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.ui.theme.Theme;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The render check reads what JavaFX computed: a faint label on a tinted panel is reported, Primer's defaults are not. */
@ExtendWith(ApplicationExtension.class)
class RenderedContrastUiTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        Label faint = new Label("Last synced 3 minutes ago");
        faint.setId("faint");
        faint.setStyle("-fx-text-fill: -color-fg-subtle;");
        StackPane tinted = new StackPane(faint);
        tinted.setStyle("-fx-background-color: -color-bg-subtle;");
        Label translucent = new Label("On a translucent badge");
        translucent.setId("on-muted");
        translucent.setStyle("-fx-text-fill: -color-danger-fg; -fx-background-color: -color-danger-muted;");
        Button disabled = new Button("Disabled buttons are exempt");
        disabled.setDisable(true);
        VBox root = new VBox(new Label("Plain text"), new Button("A button"), tinted, translucent, disabled);
        scene = new Scene(root, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void faintAndTranslucentPairsAreReportedInBothSchemesAndTheDefaultsPass() throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                Theme.apply(dark);
                return RenderedContrast.in(scene);
            }).get(10, TimeUnit.SECONDS);

            assertThat(found).as(dark ? "dark" : "light").hasSize(2)
                    .anyMatch(line -> line.startsWith("Label \"Last synced 3 minutes ago\" #faint: #6e7"))
                    .anyMatch(line -> line.startsWith("Label \"On a translucent badge\" #on-muted"));
        }
        WaitForAsyncUtils.asyncFx(() -> Theme.apply(false)).get(10, TimeUnit.SECONDS);
    }
}
