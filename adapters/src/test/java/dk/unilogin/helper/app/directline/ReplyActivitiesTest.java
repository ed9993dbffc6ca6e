package dk.unilogin.helper.app.directline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyActivitiesTest {

    @Test
    void aStepsChoicesAndNotesKeepTheirOwnLinesInWebChatsMarkdown() {
        String step = "2. Under 'Andre muligheder':\n   a. Hvis I kender koden: klik 'Skift'.\n   _Bemærk: noget._\n3. Næste.";

        assertThat(ReplyActivities.withLineBreaks(step)).isEqualTo(
                "2. Under 'Andre muligheder':  \n   a. Hvis I kender koden: klik 'Skift'.  \n   _Bemærk: noget._\n3. Næste.");
    }
}
