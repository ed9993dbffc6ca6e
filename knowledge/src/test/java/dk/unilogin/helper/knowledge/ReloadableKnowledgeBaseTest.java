package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadableKnowledgeBaseTest {

    @TempDir
    Path dir;

    @Test
    void reloadSwapsInAnEditedGuide() throws IOException {
        write("da/a.md", passage("a", "Første titel"));
        write("en/a.md", passage("a", "First title"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.fromDirectory(dir);

        write("da/a.md", passage("a", "Rettet titel"));
        ReloadOutcome outcome = knowledge.reload();

        assertThat(outcome.reloaded()).isTrue();
        assertThat(outcome.passages()).isEqualTo(1);
        assertThat(knowledge.passage("a", Language.DA).orElseThrow().title()).isEqualTo("Rettet titel");
    }

    @Test
    void failedReloadKeepsTheOldSetAndReportsFileAndLine() throws IOException {
        write("da/a.md", passage("a", "Første titel"));
        write("en/a.md", passage("a", "First title"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.fromDirectory(dir);
        KnowledgeBase before = knowledge.current();

        write("da/a.md", "---\nid: a\ntitle: Ødelagt\naudience: alle\nrelated: findes-ikke\n---\nTekst.\n");
        ReloadOutcome outcome = knowledge.reload();

        assertThat(outcome.reloaded()).isFalse();
        assertThat(outcome.file()).isEqualTo("da/a.md");
        assertThat(outcome.line()).isEqualTo(5);
        assertThat(outcome.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("findes-ikke"));
        assertThat(knowledge.current()).isSameAs(before);
        assertThat(knowledge.passage("a", Language.DA).orElseThrow().title()).isEqualTo("Første titel");
    }

    @Test
    void bundledGuideReloadsAndStillMatches() {
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.bundled();
        assertThat(knowledge.reload().reloaded()).isTrue();
        assertThat(knowledge.match("min søn har glemt sin kode").best()).hasValueSatisfying(
                m -> assertThat(m.passageId()).isEqualTo("skift-adgangskode-barn"));
    }

    private static String passage(String id, String title) {
        return "---\nid: " + id + "\ntitle: " + title + "\naudience: alle\n---\nTekst.\n";
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
