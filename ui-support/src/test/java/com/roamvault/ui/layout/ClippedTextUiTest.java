package com.roamvault.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ClippedTextUiTest {
    private Label title;
    private Label note;
    private Region wide;
    private Scene scene;

    @Start
    void start(Stage stage) {
        title = new Label("Effective offline days");
        note = new Label("https://intranet.example.com/a/very/long/path/that/never/fits");
        wide = new Region();
        ScrollPane pane = new ScrollPane(new VBox(wide));
        pane.setPrefSize(200, 80);
        scene = new Scene(new VBox(title, note, pane), 220, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void findsACutLabelAndNamesWhatItShows(FxRobot robot) throws Exception {
        robot.interact(() -> title.setMaxWidth(60));

        assertThat(found()).anySatisfy(line -> assertThat(line)
                .contains("Label").contains("of \"Effective offline days\""));
    }

    @Test
    void aLongTextMarkedAsElidingIsAllowedButOnlyThen(FxRobot robot) throws Exception {
        assertThat(found()).singleElement().asString().contains("intranet.example.com");

        robot.interact(() -> note.getStyleClass().add(ClippedText.ELIDES));

        assertThat(found()).isEmpty();
    }

    @Test
    void anIconGraphicIsNotTakenForTheLabelsText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            note.getStyleClass().add(ClippedText.ELIDES);
            title.setGraphic(new Text("\u2605")); // as ikonli's FontIcon: a Text holding a glyph
        });

        assertThat(found()).isEmpty();
    }

    @Test
    void aScrollPaneThatScrollsSidewaysIsReported(FxRobot robot) throws Exception {
        robot.interact(() -> {
            note.getStyleClass().add(ClippedText.ELIDES);
            wide.setMinWidth(600);
        });

        assertThat(found()).singleElement().asString().contains("scrolls sideways");
    }

    @Test
    void aListWiderThanItsRoomIsReportedAsScrollingSideways(FxRobot robot) throws Exception {
        robot.interact(() -> {
            note.getStyleClass().add(ClippedText.ELIDES);
            ListView<String> list = new ListView<>(FXCollections.observableArrayList("x".repeat(200)));
            list.setId("journal");
            list.setPrefSize(200, 80);
            ((VBox) scene.getRoot()).getChildren().add(list);
        });

        assertThat(found()).singleElement().asString().contains("#journal").contains("scrolls sideways");
    }

    private List<String> found() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> ClippedText.in(scene)));
    }
}
