package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void reloadAlsoPicksUpTheFoldersMatchingLists() throws IOException {
        write("da/a.md", passage("a", "Glemt kode"));
        write("en/a.md", passage("a", "Forgotten code"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.fromDirectory(dir);
        assertThat(knowledge.match("glemt koden til min skrubtudse").decision()).isEqualTo(MatchDecision.NONE);

        write("matching/synonyms.txt", "# the school's own word for the code\nkode: skrubtudse\n");
        assertThat(knowledge.reload().reloaded()).isTrue();

        MatchResult after = knowledge.match("glemt koden til min skrubtudse");
        assertThat(after.decision()).isEqualTo(MatchDecision.ANSWER);
        assertThat(after.ranked().get(0).passageId()).isEqualTo("a");
    }

    @Test
    void aBrokenMatchingListFailsTheReloadWithFileAndLineAndKeepsTheOldSet() throws IOException {
        write("da/a.md", passage("a", "Glemt kode"));
        write("en/a.md", passage("a", "Forgotten code"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.fromDirectory(dir);
        KnowledgeBase before = knowledge.current();

        write("matching/synonyms.txt", "# synonyms\nkode: løsen\nno colon on this line\n");
        ReloadOutcome outcome = knowledge.reload();

        assertThat(outcome.reloaded()).isFalse();
        assertThat(outcome.file()).isEqualTo("matching/synonyms.txt");
        assertThat(outcome.line()).isEqualTo(3);
        assertThat(knowledge.current()).isSameAs(before);

        write("matching/synonyms.txt", "kode: løsen\n");
        write("matching/required-words.txt", "a: kode\nfindes-ikke: kode\n");
        ReloadOutcome unknownPassage = knowledge.reload();
        assertThat(unknownPassage.reloaded()).isFalse();
        assertThat(unknownPassage.file()).isEqualTo("matching/required-words.txt");
        assertThat(unknownPassage.line()).isEqualTo(2);
    }

    @Test
    void theFoldersSettingsReplaceTheValuesTheySetAndABadOneFailsTheReloadWithFileAndLine() throws IOException {
        write("da/a.md", passage("a", "Glemt kode"));
        write("en/a.md", passage("a", "Forgotten code"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.fromDirectory(dir);
        assertThat(knowledge.match("glemt kode").decision()).isEqualTo(MatchDecision.ANSWER);

        write("matching/settings.properties", "# nothing is good enough\ndecide.threshold = 1.5\n");
        assertThat(knowledge.reload().reloaded()).isTrue();
        assertThat(knowledge.match("glemt kode").decision()).isEqualTo(MatchDecision.NONE);
        KnowledgeBase before = knowledge.current();

        write("matching/settings.properties", "decide.threshold = 0.5\n\ndecide.treshold = 0.4\n");
        ReloadOutcome misspelt = knowledge.reload();
        assertThat(misspelt.reloaded()).isFalse();
        assertThat(misspelt.file()).isEqualTo("matching/settings.properties");
        assertThat(misspelt.line()).isEqualTo(3);
        assertThat(misspelt.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("decide.treshold"));

        write("matching/settings.properties", "decide.threshold = half\n");
        ReloadOutcome notANumber = knowledge.reload();
        assertThat(notANumber.reloaded()).isFalse();
        assertThat(notANumber.line()).isEqualTo(1);
        assertThat(knowledge.current()).isSameAs(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "matching/writer-roles.txt | parent: jeg er mor\\nteacher: jeg er lærer\\n | 2",
            "matching/guide-questions.txt | [finding]\\nfinde\\n[usernames]\\nbrugernavn\\n | 3"})
    void aBrokenListFailsTheReloadWithFileAndLine(String file, String text, int line) throws IOException {
        write("da/a.md", passage("a", "Glemt kode"));
        write("en/a.md", passage("a", "Forgotten code"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.fromDirectory(dir);

        write(file, text.replace("\\n", "\n"));
        ReloadOutcome outcome = knowledge.reload();
        assertThat(outcome.reloaded()).isFalse();
        assertThat(outcome.file()).isEqualTo(file);
        assertThat(outcome.line()).isEqualTo(line);
    }

    @Test
    void extraExamplesAreMergedAtLoadAndReadAfreshAtEveryReload() {
        String question = "kan man få lov at printe derhjemme fra skoleportalen";
        java.util.Map<String, java.util.List<String>> extras = new java.util.concurrent.ConcurrentHashMap<>();
        extras.put("findes-ikke-i-guiden", java.util.List.of(question));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.bundled(() -> extras);
        assertThat(knowledge.match(question).decision()).isEqualTo(MatchDecision.NONE);

        extras.put("hvor-logge-ind", java.util.List.of(question));
        assertThat(knowledge.match(question).decision()).isEqualTo(MatchDecision.NONE);
        assertThat(knowledge.reload().reloaded()).isTrue();

        MatchResult after = knowledge.match(question);
        assertThat(after.decision()).isEqualTo(MatchDecision.ANSWER);
        assertThat(after.ranked().get(0).passageId()).isEqualTo("hvor-logge-ind");
        assertThat(knowledge.passage("hvor-logge-ind", Language.DA).orElseThrow().examples()).contains(question);

        extras.clear();
        assertThat(knowledge.reload().reloaded()).isTrue();
        assertThat(knowledge.match(question).decision()).isEqualTo(MatchDecision.NONE);
    }

    @Test
    void aGuideBuiltInTheBackgroundIsWaitedForBeforeItAnswers() throws Exception {
        write("da/a.md", passage("a", "Glemt kode"));
        write("en/a.md", passage("a", "Forgotten code"));
        CountDownLatch release = new CountDownLatch(1);
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.loadingInBackground(() -> {
            awaitQuietly(release);
            return KnowledgeLoader.load(dir);
        });
        assertThat(knowledge.isLoaded()).isFalse();

        CompletableFuture<String> title = CompletableFuture.supplyAsync(
                () -> knowledge.passage("a", Language.DA).orElseThrow().title());
        Thread.sleep(100);
        assertThat(title).isNotDone();

        release.countDown();
        assertThat(title.get(10, TimeUnit.SECONDS)).isEqualTo("Glemt kode");
        assertThat(knowledge.isLoaded()).isTrue();
    }

    @Test
    void aBadGuideBuiltInTheBackgroundIsReportedByTheWait() throws IOException {
        write("da/a.md", "---\nid: a\ntitle: Ødelagt\naudience: alle\nrelated: findes-ikke\n---\nTekst.\n");
        write("en/a.md", passage("a", "First title"));
        ReloadableKnowledgeBase knowledge = ReloadableKnowledgeBase.loadingInBackground(() -> KnowledgeLoader.load(dir));

        assertThatThrownBy(knowledge::awaitFirstLoad).isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining("findes-ikke");
        assertThat(knowledge.isLoaded()).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String passage(String id, String title) {
        return "---\nid: " + id + "\ntitle: " + title + "\naudience: alle\ntopic: " + title
                + "\nlead-on: school\n---\nTekst.\n";
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
