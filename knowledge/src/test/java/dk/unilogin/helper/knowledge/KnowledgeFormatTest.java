package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every kind of malformed passage file fails the load, naming the file and the line at fault. */
class KnowledgeFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-id            | da/a.md | 4 | no 'id'
            duplicate-id     | da/b.md | 2 | duplicate id 'a', already used by da/a.md
            unknown-related  | da/a.md | 6 | unknown passage id 'findes-ikke'
            unknown-link     | da/a.md | 8 | unknown passage id 'findes-ikke'
            relative-link    | da/a.md | 6 | must go to an absolute http(s) URL
            empty-body       | da/a.md | 6 | no text below its front matter
            unknown-key      | da/a.md | 4 | unknown front-matter key 'audince'
            unclosed         | da/a.md | 5 | expected 'key: value'
            bad-audience     | da/a.md | 4 | audience must be forælder, elev or alle
            no-front-matter  | da/a.md | 1 | must start with a front-matter block
            missing-language | da/b.md | 2 | passage 'b' has no en version
            step-gap         | da/a.md | 7 | step 2 expected here, found step 3
            duplicate-key    | da/a.md | 4 | is given twice
            not-utf8         | da/a.md | 6 | not UTF-8 text
            no-last-stop     | da/     | 1 | no passage has 'lead-on: school'
            no-topic         | da/     | 1 | no passage has a 'topic'
            bad-role         | da/a.md | 6 | lead-on must be causes or school, found: 'skolen'
            two-last-stops   | da/b.md | 2 | is given to one passage only, already to da/a.md
            roles-differ     | da/a.md | 2 | must be given alike in every language; en/a.md differs
            """)
    void malformedContentFailsWithFileAndLine(String fixture, String file, int line, String problem) {
        KnowledgeFormatException error = catchThrowableOfType(
                () -> KnowledgeLoader.load(fixture(fixture)), KnowledgeFormatException.class);

        assertThat(error).as("no exception for " + fixture).isNotNull();
        assertThat(error.file()).isEqualTo(file);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.getMessage()).startsWith(file + ":" + line + ": ").contains(problem);
    }

    @Test
    void missingLanguageFolderIsNamed() {
        KnowledgeFormatException error = catchThrowableOfType(
                () -> KnowledgeLoader.load(fixture("good").resolve("da")), KnowledgeFormatException.class);
        assertThat(error.getMessage()).contains("no folder for language 'da'");
    }

    @Test
    void wellFormedMinimalGuideLoadsFromDisk() {
        KnowledgeBase knowledge = KnowledgeLoader.load(fixture("good"));
        assertThat(knowledge.passages(Language.DA)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("a");
            assertThat(p.intro()).containsExactly("Some text about a.");
            assertThat(p.source()).isEqualTo("da/a.md");
        });
    }

    static Path fixture(String name) {
        try {
            return Paths.get(KnowledgeFormatTest.class.getClassLoader().getResource("format-errors/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
