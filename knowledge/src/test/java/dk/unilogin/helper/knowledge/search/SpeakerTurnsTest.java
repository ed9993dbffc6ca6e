package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerTurnsTest {
    private static final SpeakerTurns TURNS = SpeakerTurns.bundled();

    @Test
    void theTurnThatAsksTheLastQuestionIsItsSpeakers() {
        SpeakerTurns.Turn turn = TURNS.askingTurn("Hej, det er far. Ida: jeg kan ikke huske koden. Far: Hvordan laver jeg en ny?");

        assertThat(turn.speaker()).isEqualTo("far");
        assertThat(turn.parent()).isTrue();
        assertThat(turn.text()).isEqualTo("far her. Hvordan laver jeg en ny?");
        assertThat(turn.before()).isEqualTo("Hej, det er far. ");
    }

    @Test
    void aChildsTurnEndsWhereTheNextLabelStarts() {
        SpeakerTurns.Turn turn = TURNS.askingTurn("Mor her. Noah (11): hvordan finder jeg mit brugernavn? Mor igen: Han har MitID.");

        assertThat(turn.speaker()).isEqualTo("noah");
        assertThat(turn.parent()).isFalse();
        assertThat(turn.text()).isEqualTo("hvordan finder jeg mit brugernavn? ");
    }

    @Test
    void aHeadingOrAWordThatIsNoOnesNameIsNoTurn() {
        assertThat(TURNS.askingTurn("Min søn har glemt sin kode. PS: Hvordan laver jeg en ny?")).isNull();
        assertThat(TURNS.askingTurn("Problem: min datter kan ikke logge ind. Hvad gør vi?")).isNull();
        assertThat(TURNS.askingTurn("Far: Hvordan laver jeg en ny kode")).isNull();
    }
}
