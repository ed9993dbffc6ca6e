package dk.unilogin.helper.app.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.app.UniloginBotApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application refuses to start on a bad school file and says which file and line. */
@ExtendWith(OutputCaptureExtension.class)
class BadSchoolAtStartTest {

    @Test
    void aBadSchoolFileStopsTheStartWithFileAndLine(@TempDir Path schools, CapturedOutput output) throws Exception {
        Path bad = schools.resolve("vestskolen.yml");
        Files.writeString(bad, "id: vestskolen\nname: Vestskolen\nservices:\n  - name: Aula\n    url: https://www.aula.dk\n");
        SpringApplication app = new SpringApplication(UniloginBotApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> app.run("--bot.schools.dir=" + schools,
                "--spring.datasource.url=jdbc:h2:mem:bad-school;DB_CLOSE_DELAY=-1"))
                .hasRootCauseInstanceOf(SchoolFormatException.class);
        assertThat(output.getAll()).contains("A school profile could not be loaded: " + bad + ":5: unknown key 'url' in a service");
    }
}
