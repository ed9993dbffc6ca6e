package dk.unilogin.helper.bot.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.knowledge.KnowledgeBase;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.KnowledgeLoader;
import dk.unilogin.helper.knowledge.Language;
import dk.unilogin.helper.knowledge.MatchDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the reader makes of a message, from the bundled phrase files and the real guide. */
class PhraseReaderTest {
    private static PhraseReader reader;
    private static Phrases phrases;

    @BeforeAll
    static void load() {
        KnowledgeBase knowledge = KnowledgeLoader.loadBundled();
        phrases = Phrases.bundled();
        reader = new PhraseReader(knowledge, phrases);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            da | Start forfra                        | Restart
            en | can we start over please            | Restart
            da | kan vi tage det på engelsk?         | SwitchLanguage:EN
            en | in Danish please                    | SwitchLanguage:DA
            da | kan jeg tale med et menneske?       | AskForPerson
            en | can I talk to a real person         | AskForPerson
            da | Ja                                  | Yes
            en | yes                                 | Yes
            da | 👍                                   | Yes
            da | nej                                 | No
            en | nope                                | No
            da | 👎                                   | No
            da | ok                                  | Ok
            en | okay                                | Ok
            da | det har jeg gjort                   | Done
            en | done                                | Done
            da | hvad så?                            | WhatNow
            en | what now                            | WhatNow
            da | kan vi gå tilbage?                  | Back
            en | previous step                       | Back
            da | det virkede!                        | Worked
            en | it worked                           | Worked
            da | det virker stadig ikke              | NotWorking
            en | it still doesn't work               | NotWorking
            da | den anden                           | Pick:1
            en | the first one                       | Pick:0
            da | 3                                   | Pick:2
            da | hej med dig                         | SmallTalk:GREETING
            en | hello there                         | SmallTalk:GREETING
            da | tusind tak for hjælpen              | SmallTalk:THANKS
            en | thank you so much                   | SmallTalk:THANKS
            da | tak for hjælpen, godnat             | SmallTalk:GOODBYE
            en | bye                                 | SmallTalk:GOODBYE
            da | hvem er du?                         | SmallTalk:IDENTITY
            en | are you a bot?                      | SmallTalk:IDENTITY
            da | hvad kan du hjælpe med?             | SmallTalk:CAPABILITIES
            en | what can you do                     | SmallTalk:CAPABILITIES
            da | nå ja                               | SmallTalk:ACKNOWLEDGE
            en | i see                               | SmallTalk:ACKNOWLEDGE
            da | hallo, er du der?                   | SmallTalk:PRESENCE
            en | are you still there?                | SmallTalk:PRESENCE
            da | jeg forstår det ikke                | Confused
            en | what do you mean                    | Confused
            da | trin for trin                       | StepByStep
            en | walk me through it                  | StepByStep
            da | og hvad med min datter?             | AudienceShift:CHILD
            en | what about my son                   | AudienceShift:CHILD
            da | min søn har glemt sin kode          | Question
            en | my daughter forgot her password     | Question
            da | zoom virker ikke                    | Question
            da | noget andet                         | Question
            """)
    void readsEachKindInEachLanguage(String language, String message, String expected) {
        assertThat(describe(reader.read(message))).as(language + ": " + message).isEqualTo(expected);
    }

    @Test
    void everyWholeMessagePhraseOfEachFileReadsAsItsOwnKind() {
        Map<PhraseKind, String> kinds = Map.ofEntries(Map.entry(PhraseKind.RESTART, "Restart"),
                Map.entry(PhraseKind.YES, "Yes"), Map.entry(PhraseKind.NO, "No"), Map.entry(PhraseKind.OK, "Ok"),
                Map.entry(PhraseKind.DONE, "Done"), Map.entry(PhraseKind.BACK, "Back"),
                Map.entry(PhraseKind.WORKED, "Worked"), Map.entry(PhraseKind.NOT_WORKING, "NotWorking"),
                Map.entry(PhraseKind.GREETING, "SmallTalk:GREETING"), Map.entry(PhraseKind.IDENTITY, "SmallTalk:IDENTITY"),
                Map.entry(PhraseKind.CAPABILITIES, "SmallTalk:CAPABILITIES"),
                Map.entry(PhraseKind.ACKNOWLEDGE, "SmallTalk:ACKNOWLEDGE"),
                Map.entry(PhraseKind.PRESENCE, "SmallTalk:PRESENCE"),
                Map.entry(PhraseKind.ENGLISH, "SwitchLanguage:EN"), Map.entry(PhraseKind.DANISH, "SwitchLanguage:DA"));
        List<String> misread = new ArrayList<>();
        for (Language language : Language.values()) {
            kinds.forEach((kind, expected) -> phrases.of(kind, language).forEach(phrase -> {
                String got = describe(reader.read(phrase));
                if (!got.equals(expected)) {
                    misread.add(language.code() + " " + kind.fileName() + " '" + phrase + "' reads as " + got);
                }
            }));
        }
        assertThat(misread).isEmpty();
    }

    @Test
    void aGreetingInFrontOfAQuestionIsLeftOutOfWhatTheMatcherReads() {
        Message m = reader.read("Hej! Min søn har glemt sin kode").message();
        assertThat(m.question()).isEqualTo("Min søn har glemt sin kode");
        assertThat(m.match().decision()).isEqualTo(MatchDecision.ANSWER);
    }

    @Test
    void aGreetingToTheBotIsLeftOutAndAListKeepsItsLines() {
        Message m = reader.read("Hej med jer\n- Vi ved ikke, hvor Lea skal logge ind\n\n- Vi har hendes brugernavn   og kode\nTak").message();
        assertThat(m.question()).isEqualTo("Vi ved ikke, hvor Lea skal logge ind\n- Vi har hendes brugernavn og kode\nTak");
        assertThat(m.match().ranked().get(0).passageId()).isEqualTo("hvor-logge-ind");
        assertThat(reader.read("Hej hjælper! Min søn har glemt sin kode").message().question()).isEqualTo("Min søn har glemt sin kode");
    }

    @Test
    void whatThePrivacyGuardRemovedIsNothingToRead() {
        assertThat(reader.read("[skjult]")).isInstanceOf(Reading.Empty.class);
        assertThat(reader.read("   ")).isInstanceOf(Reading.Empty.class);
        assertThat(reader.read("cpr-nr. er [skjult]")).isInstanceOf(Reading.Empty.class);
    }

    @Test
    void aMessageOverTheLimitIsReadUpToItAndSaysSo() {
        String question = "min søn har glemt sin kode";
        String atTheLimit = question + " " + "x".repeat(Activity.MAX_TEXT_CHARS - question.length() - 1);
        assertThat(reader.read(atTheLimit).message().cut()).isFalse();
        Message over = reader.read(atTheLimit + " og mere").message();
        assertThat(over.cut()).isTrue();
        assertThat(over.text()).isEqualTo(atTheLimit);
        assertThat(over.match().decision()).isEqualTo(MatchDecision.ANSWER);
        // characters, not UTF-16 units: 1000 emoji are within the limit
        assertThat(reader.read("👍".repeat(Activity.MAX_TEXT_CHARS)).message().cut()).isFalse();
    }

    @Test
    void aForkIsAnsweredYesOrNo() {
        assertThat(reader.denies("nej vi kender den ikke")).isTrue();
        assertThat(reader.denies("vi har glemt den")).isTrue();
        assertThat(reader.affirms("ja vi kender den")).isTrue();
        assertThat(reader.negates("hvis i ikke kender den nuvaerende adgangskode")).isTrue();
        assertThat(reader.negates("hvis i kender den nuvaerende adgangskode")).isFalse();
    }

    @Test
    void aPhraseFileWithAnUnknownKindOrAPhraseInTwoKindsNamesTheLine() {
        assertThatThrownBy(() -> Phrases.parse("da.txt", "# x\nja-tak: ja tak\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageStartingWith("da.txt:2: unknown phrase kind");
        assertThatThrownBy(() -> Phrases.parse("da.txt", "yes: ja\nno: nej\nok: Ja\n"))
                .isInstanceOf(KnowledgeFormatException.class)
                .hasMessageStartingWith("da.txt:3: 'Ja' is already a phrase of 'yes'");
        assertThatThrownBy(() -> Phrases.parse("da.txt", "yes: ja\n"))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("no phrases for [");
    }

    private static String describe(Reading r) {
        String name = r.getClass().getSimpleName();
        if (r instanceof Reading.SwitchLanguage s) {
            return name + ":" + s.language();
        }
        if (r instanceof Reading.Pick p) {
            return name + ":" + p.index();
        }
        if (r instanceof Reading.SmallTalk s) {
            return name + ":" + s.kind();
        }
        if (r instanceof Reading.AudienceShift a) {
            return name + ":" + a.audience();
        }
        return name;
    }
}
