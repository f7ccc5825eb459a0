package com.roamvault.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** System follows the desktop live; an explicit choice ignores it; the chooser's buttons set the choice. */
@ExtendWith(ApplicationExtension.class)
class AppearanceUiTest {
    private final SimpleBooleanProperty desktopDark = new SimpleBooleanProperty();
    private final SimpleObjectProperty<SchemeChoice> choice = new SimpleObjectProperty<>(SchemeChoice.SYSTEM);
    private Appearance appearance;

    @Start
    void start(Stage stage) {
        appearance = new Appearance(choice, DesktopScheme.of(desktopDark));
        HBox chooser = SchemeChooser.of(choice, c -> "scheme-" + c.stored(), "Ctrl+D");
        stage.setScene(new Scene(chooser, 400, 100));
        stage.show();
    }

    @AfterEach
    void backToLight() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Theme.apply(false)).get(5, TimeUnit.SECONDS);
    }

    @Test
    void systemFollowsTheDesktopWhileChosenAndAnExplicitChoiceDoesNot(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);

        robot.interact(() -> desktopDark.set(true));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
        assertThat(appearance.darkProperty().get()).isTrue();

        robot.clickOn("#scheme-light");
        assertThat(choice.get()).isEqualTo(SchemeChoice.LIGHT);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
        robot.interact(() -> desktopDark.set(false));
        robot.interact(() -> desktopDark.set(true));
        assertThat(Application.getUserAgentStylesheet()).as("light stays light").isEqualTo(Theme.LIGHT);

        robot.clickOn("#scheme-system");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
        robot.interact(() -> desktopDark.set(false));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void oneButtonIsAlwaysSelectedAndTheToggleSwapsWhatShows(FxRobot robot) {
        robot.clickOn("#scheme-system"); // the chosen one again: still chosen
        assertThat(robot.lookup("#scheme-system").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(choice.get()).isEqualTo(SchemeChoice.SYSTEM);

        robot.interact(appearance::toggle); // System showing light: dark, chosen explicitly
        assertThat(choice.get()).isEqualTo(SchemeChoice.DARK);
        assertThat(robot.lookup("#scheme-dark").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#scheme-system").queryAs(ToggleButton.class).isSelected()).isFalse();
        robot.interact(appearance::toggle);
        assertThat(choice.get()).isEqualTo(SchemeChoice.LIGHT);
        assertThat(robot.lookup("#scheme-dark").queryAs(ToggleButton.class).getTooltip().getText())
                .contains("Ctrl+D");
    }

    @Test
    void theMenuButtonChoosesTheSameChoice(FxRobot robot) throws Exception {
        MenuButton menu = WaitForAsyncUtils.asyncFx(() -> {
            MenuButton button = SchemeChooser.menu(choice, "scheme-menu", new Label("☾"));
            ((HBox) robot.lookup(".scheme-chooser").query()).getChildren().add(button);
            return button;
        }).get(5, TimeUnit.SECONDS);
        assertThat(selectedItem(menu)).isEqualTo("System");

        robot.clickOn("#scheme-menu").clickOn("Dark");
        assertThat(choice.get()).isEqualTo(SchemeChoice.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK);
        assertThat(robot.lookup("#scheme-dark").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(menu.getTooltip().getText()).startsWith("Colour scheme: Dark");

        robot.clickOn("#scheme-light");
        assertThat(selectedItem(menu)).isEqualTo("Light");
    }

    private static String selectedItem(MenuButton menu) {
        return menu.getItems().stream().filter(i -> ((RadioMenuItem) i).isSelected()).map(MenuItem::getText)
                .findFirst().orElse("none");
    }

    @Test
    void storedValuesOfEveryKindParse() {
        assertThat(SchemeChoice.parse("dark")).isEqualTo(SchemeChoice.DARK);
        assertThat(SchemeChoice.parse(" LIGHT ")).isEqualTo(SchemeChoice.LIGHT);
        assertThat(SchemeChoice.parse(null)).isEqualTo(SchemeChoice.SYSTEM);
        assertThat(SchemeChoice.parse("sepia")).isEqualTo(SchemeChoice.SYSTEM);
        assertThat(SchemeChoice.SYSTEM.dark(true)).isTrue();
        assertThat(SchemeChoice.LIGHT.dark(true)).isFalse();
    }
}
