package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplySplitterTest {

    @Test
    void shortReplyStaysWhole() {
        assertThat(ReplySplitter.split("Hej\n\nmed dig", 4096)).containsExactly("Hej\n\nmed dig");
    }

    @Test
    void longReplyIsSplitAtParagraphBoundaries() {
        String paragraph = "a".repeat(1500);
        String text = String.join("\n\n", paragraph + "1", paragraph + "2", paragraph + "3");

        List<String> parts = ReplySplitter.split(text, 4096);

        assertThat(parts).containsExactly(paragraph + "1\n\n" + paragraph + "2", paragraph + "3");
    }

    @Test
    void oversizeParagraphIsSplitAtLinesThenSpacesNeverLosingText() {
        String line = "ord ".repeat(400).strip();
        String text = line + "\n" + line + "\n" + line;

        List<String> parts = ReplySplitter.split(text, 2000);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).isEqualTo(text.replaceAll("\\s+", " "));
        assertThat(parts).allSatisfy(p -> assertThat(p).doesNotStartWith(" ").doesNotEndWith("or"));
    }
}
