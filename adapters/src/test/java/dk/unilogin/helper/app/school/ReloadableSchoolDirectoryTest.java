package dk.unilogin.helper.app.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.bot.school.SchoolProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadableSchoolDirectoryTest {

    @TempDir
    Path folder;

    private ReloadableSchoolDirectory directory() {
        return new ReloadableSchoolDirectory(new SchoolFilesLoader(folder), Clock.systemUTC());
    }

    @Test
    void theBundledDemoSchoolLoadsByDefault() {
        ReloadableSchoolDirectory bundled = new ReloadableSchoolDirectory(new SchoolFilesLoader(null), Clock.systemUTC());
        SchoolProfile demo = bundled.byId("demo-skole").orElseThrow();
        assertThat(demo.name()).isEqualTo("Demoskolen");
        assertThat(demo.services()).extracting(s -> s.name()).containsExactly("Aula", "Microsoft Teams", "Google Classroom");
        assertThat(demo.allowedOrigins()).contains("http://localhost:8080");
        assertThat(bundled.byName("demoskolen")).contains(demo);
    }

    @Test
    void aBadFileFailsTheStartWithFileAndLine() throws Exception {
        Files.writeString(folder.resolve("a.yml"), "id: a\nname: A\n");
        Files.writeString(folder.resolve("b.yml"), "id: b\nname: B\ncontact:\n  telefon: 1\n");
        assertThatThrownBy(this::directory).isInstanceOf(SchoolFormatException.class)
                .hasMessage(folder.resolve("b.yml") + ":4: unknown key 'telefon' in contact; allowed: phone, email, web, office-hours");
    }

    @Test
    void twoFilesWithOneIdAreRejected() throws Exception {
        Files.writeString(folder.resolve("a.yml"), "id: a\nname: A\n");
        Files.writeString(folder.resolve("b.yml"), "id: a\nname: B\n");
        assertThatThrownBy(this::directory).hasMessageContaining("already used by");
    }

    @Test
    void aReloadSwapsInTheNewSet() throws Exception {
        Files.writeString(folder.resolve("a.yml"), "id: a\nname: Alfaskolen\n");
        ReloadableSchoolDirectory directory = directory();
        Files.writeString(folder.resolve("b.yml"), "id: b\nname: Betaskolen\n");
        assertThat(directory.reload().schools()).isEqualTo(2);
        assertThat(directory.byName("betaskolen")).map(SchoolProfile::id).contains("b");
    }

    @Test
    void aBadReloadKeepsTheOldSetAndRemembersTheError() throws Exception {
        Files.writeString(folder.resolve("a.yml"), "id: a\nname: Alfaskolen\n");
        ReloadableSchoolDirectory directory = directory();
        Files.writeString(folder.resolve("a.yml"), "id: a\nname: Alfaskolen Ny\n");
        Files.writeString(folder.resolve("b.yml"), "id: b\nname: [B]\n");
        assertThatThrownBy(directory::reload).hasMessageContaining("b.yml:2:");
        assertThat(directory.byId("a").orElseThrow().name()).isEqualTo("Alfaskolen");
        assertThat(directory.byId("b")).isEmpty();
        assertThat(directory.status().ok()).isFalse();
        assertThat(directory.status().error()).contains("b.yml:2: 'name' must be text");
    }
}
