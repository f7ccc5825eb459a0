package com.roamvault.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class SchemeFileTest {

    @Test
    void missingFileMeansSystemAndEachChoiceSurvivesARestart() throws Exception {
        Path file = Files.createTempDirectory("rv-config").resolve("roamvault").resolve("app.properties");
        assertThat(SchemeFile.in(file).choice()).isEqualTo(SchemeChoice.SYSTEM);

        for (SchemeChoice choice : new SchemeChoice[] {SchemeChoice.DARK, SchemeChoice.LIGHT, SchemeChoice.SYSTEM}) {
            SchemeFile.in(file).save(choice);
            assertThat(SchemeFile.in(file).choice()).isEqualTo(choice);
        }
        assertThat(Files.readString(file)).contains("scheme=system");
    }

    @Test
    void filesFromWhenTheChoiceWasOnlyLightOrDarkReadAsThatExplicitChoice() throws Exception {
        Path file = Files.createTempFile("console", ".properties");
        Files.writeString(file, "#Roamvault admin console\nscheme=dark\n");
        assertThat(SchemeFile.in(file).choice()).isEqualTo(SchemeChoice.DARK);
        Files.writeString(file, "scheme=light\n");
        assertThat(SchemeFile.in(file).choice()).isEqualTo(SchemeChoice.LIGHT);
    }

    @Test
    void aGarbledFileMeansSystemAndOtherKeysAreKept() throws Exception {
        Path file = Files.createTempFile("console", ".properties");
        Files.write(file, new byte[] {'s', 'c', 'h', 'e', 'm', 'e', '=', '\\', 'u', 'z', 'z'});
        assertThat(SchemeFile.in(file).choice()).isEqualTo(SchemeChoice.SYSTEM);

        Files.writeString(file, "window.width=900\nscheme=purple\n");
        assertThat(SchemeFile.in(file).choice()).isEqualTo(SchemeChoice.SYSTEM);
        SchemeFile.in(file).save(SchemeChoice.DARK);
        assertThat(Files.readString(file)).contains("window.width=900").contains("scheme=dark");
    }

    @Test
    void laterChangesOfAChoiceAreSavedAndInMemoryTouchesNoFile() throws Exception {
        Path file = Files.createTempDirectory("rv-config").resolve("app.properties");
        SimpleObjectProperty<SchemeChoice> choice = new SimpleObjectProperty<>(SchemeChoice.DARK);
        SchemeFile.in(file).rememberChangesOf(choice);
        assertThat(file).doesNotExist(); // the start value is not a choice the user made

        choice.set(SchemeChoice.LIGHT);
        assertThat(SchemeFile.in(file).choice()).isEqualTo(SchemeChoice.LIGHT);

        SchemeFile memory = SchemeFile.inMemory();
        memory.save(SchemeChoice.DARK);
        assertThat(memory.choice()).isEqualTo(SchemeChoice.DARK);
        assertThat(SchemeFile.inMemory().choice()).isEqualTo(SchemeChoice.SYSTEM);
    }
}
