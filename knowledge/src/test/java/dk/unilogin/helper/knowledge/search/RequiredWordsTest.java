package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.MatchResult;
import dk.unilogin.helper.knowledge.markdown.GuideFiles;
import dk.unilogin.helper.knowledge.markdown.GuideReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    @Test
    void theComputerPassageAnswersLoggingInOnTheComputerNotTheComputerItself() {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();

        MatchResult login = knowledge.match("skolens bærbare vil ikke lukke ham ind");
        assertThat(login.best()).hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("computer-login"));
        assertThat(knowledge.match("hvad koster en ny computer").best())
                .hasValueSatisfying(m -> assertThat(m.confidence()).isLessThan(0.5));
    }

    @Test
    void whereToLogInIsAnsweredOnlyForLoggingInOrASite() {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();

        assertThat(knowledge.match("Min datter logger fint ind på Meebook med sit Unilogin, men der ligger ingen opgaver i dag. "
                + "Hvor er de henne?").decision()).isEqualTo(dk.unilogin.helper.knowledge.MatchDecision.NONE);
        assertThat(knowledge.match("Hvor skal hun logge ind?").best())
                .hasValueSatisfying(m -> assertThat(m.passageId()).isEqualTo("hvor-logge-ind"));
    }

    @Test
    void aLineNamingNoPassageFailsWithItsLine() {
        GuideIndex index = GuideIndex.build(new GuideReader().read(GuideFiles.fromClasspath("guide")), MatchingLists.bundled());

        assertThatThrownBy(() -> RequiredWords.parse("# comment\ncomputer-login: login\nfindes-ikke: kode\n", index,
                Set.of("computer-login"), true))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageContaining("matching/required-words.txt:3")
                .hasMessageContaining("findes-ikke");
    }
}
