package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePartsTest {
    private static final WordSet BACK_REFERENCES = WordSet.parse(MatchingLists.resource(MatchingLists.BACK_REFERENCES));

    @Test
    void aShortQuestionPointingBackIsReadWithTheSentenceBeforeIt() {
        List<String> parts = MessageParts.of("Min søn har fået beskeden Ingen adgang. Hvad betyder det?", BACK_REFERENCES);

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0)).contains("Ingen adgang").contains("Hvad betyder det?");
    }

    @Test
    void aSentenceSayingSomethingUnnamedIsForgottenIsReadWithTheSentenceThatNamesIt() {
        BackReferences references = BackReferences.parse(MatchingLists.resource(MatchingLists.BACK_REFERENCES));
        List<String> parts = MessageParts.of("Ellas brugernavn står ikke nogen steder. Hun kan ikke huske, om det er ella-noget "
                + "eller bare tal.", references.question(), references.forgotten(), references.forgottenAlone());

        assertThat(parts).hasSize(1);
        assertThat(MessageParts.of("Hun har glemt sin kode. Den til Minecraft kan hun godt huske.", references.question(),
                references.forgotten(), references.forgottenAlone())).hasSize(2);
    }

    @Test
    void aShortSentenceSayingItIsForgottenIsReadWithTheSentenceThatNamesIt() {
        BackReferences references = BackReferences.parse(MatchingLists.resource(MatchingLists.BACK_REFERENCES));
        assertThat(MessageParts.of("Sedlen med hans brugernavn er blevet vasket. Han kan ikke huske det.", references.question(),
                references.forgotten(), references.forgottenAlone())).hasSize(1);
        assertThat(MessageParts.of("Sedlen med hans brugernavn er blevet vasket. Han har glemt det til sin spilkonsol for længe siden.",
                references.question(), references.forgotten(), references.forgottenAlone())).hasSize(2);
    }

    @Test
    void aSignOffAfterTheQuestionMarkDoesNotMakeTheQuestionLong() {
        List<String> parts = MessageParts.of("Vi ved ikke hvor han skal logge ind. Hvor finder vi ud af det? Hilsen Camilla",
                BACK_REFERENCES);

        assertThat(parts).anySatisfy(part -> assertThat(part).contains("logge ind").contains("Hvor finder vi ud af det?"));
    }

    @Test
    void aQuestionQuotedKeepsItsClosingQuote() {
        assertThat(MessageParts.of("Nu skriver min søn: \"far hvad er mit brugernavn??\" Jeg aner det ikke").get(0))
                .contains("\"far hvad er mit brugernavn??\"");
        assertThat(MessageParts.of("Hvad er hans brugernavn? Jeg aner det ikke")).hasSize(2);
    }

    @Test
    void aFullStopAfterAWebAddressEndsTheSentence() {
        assertThat(MessageParts.of("Det virker fint på unilogin.dk. Teams siger ingenting, når hun logger ind")).hasSize(2);
        // Abbreviations go on: "f.eks." ends no sentence.
        assertThat(MessageParts.of("Det virker ikke på f.eks. Teams og Meebook i dag")).hasSize(1);
    }

    @Test
    void anEmojiBeforeACapitalisedWordEndsTheSentence() {
        assertThat(MessageParts.of("Sikke et vejr i Aarhus i dag 🌧️ Nå, men min søn har glemt sin kode til Unilogin"))
                .containsExactly("Sikke et vejr i Aarhus i dag 🌧️", "Nå, men min søn har glemt sin kode til Unilogin");
        assertThat(MessageParts.of("Koden er væk 🙈 men brugernavnet har vi stadig")).hasSize(1);
        // most emoji lie outside the basic plane, as two chars; a skin tone may follow them
        assertThat(MessageParts.of("Sommerferien har slettet alt i hovedet på vores Laura 😅 Hun kan ikke huske sin kode"))
                .containsExactly("Sommerferien har slettet alt i hovedet på vores Laura 😅", "Hun kan ikke huske sin kode");
        assertThat(MessageParts.of("Tak for sidst til hele klassen 👍🏻 Min datter har glemt sit brugernavn")).hasSize(2);
    }

    @Test
    void moreoverStartsAClauseOfItsOwn() {
        assertThat(MessageParts.of("Computeren vil ikke lukke ham ind, og oven i købet driller Meebook også")).hasSize(2);
    }

    @Test
    void aLongQuestionStandsOnItsOwn() {
        List<String> parts = MessageParts.of("Min søn har glemt sin kode. Hvor kan jeg som forælder finde hans brugernavn til det?",
                BACK_REFERENCES);

        assertThat(parts).hasSize(2);
    }

    @Test
    void twoPeopleAsOneSubjectAndAListEndedWithAnEverythingStartNoClause() {
        assertThat(MessageParts.of("Kan min mor og jeg skifte den sammen hjemmefra")).hasSize(1);
        assertThat(MessageParts.of("I'm her mum and I have MitID")).hasSize(1);
        assertThat(MessageParts.of("Han er hos sin far og vi kan ikke finde sedlen")).as("a clause of its own").hasSize(2);
        assertThat(MessageParts.of("Jeg har prøvet både appen og browseren, genstartet og det hele")).hasSize(1);
    }

    @Test
    void aCommaAndThenAThingNamedStartsAClauseOfItsOwn() {
        assertThat(MessageParts.of("my daughter can't remember her username, and Teams won't let her in")).hasSize(2);
        assertThat(MessageParts.of("Computeren vil ikke lukke ham ind, og Meebook virker heller ikke")).hasSize(2);
        // Without the comma it is one list of things tried.
        assertThat(MessageParts.of("vi har prøvet på Teams og Office")).hasSize(1);
    }

    @Test
    void aTimeOrNumberAfterAnAbbreviationEndsNoSentence() {
        assertThat(MessageParts.of("Hun skal bruge den i morgen kl. 8 til en prøve")).hasSize(1);
        assertThat(MessageParts.of("Han bor i nr. 12 og går i 4. klasse")).hasSize(1);
        // After a whole word a number starts a sentence of its own.
        assertThat(MessageParts.of("Vi har prøvet det hele. 3 gange har han skrevet koden forkert")).hasSize(2);
    }

    @Test
    void anAbbreviationWithoutAnInnerFullStopEndsNoSentence() {
        assertThat(MessageParts.of("nu mangler jeg min søns brugernavn ift. at han skal logge ind på Teams")).hasSize(1);
        assertThat(MessageParts.of("Hun er hjemme pga. sygdom og skal bruge koden i dag")).hasSize(1);
        assertThat(MessageParts.of("Alle mine logins er væk, inkl. Unilogin")).hasSize(1);
        // A word that only ends like one still ends its sentence.
        assertThat(MessageParts.of("Hun har glemt sin kode til skift. Hvad gør vi nu?")).hasSize(2);
    }

    @Test
    void aNumberedItemStartsASentence() {
        assertThat(MessageParts.of("1) Hvordan finder jeg hendes brugernavn, hun har glemt det. 2) Hendes storebror kan ikke "
                + "logge på Zoom")).hasSize(2);
        // A number in brackets inside a sentence does not.
        assertThat(MessageParts.of("Hun går i klasse (2) og har glemt sin kode")).hasSize(1);
        assertThat(MessageParts.of("Min nevø i 9. klasse (han er 16) spørger, om han selv kan hente sit Unilogin"))
                .as("a number closing a bracket").hasSize(1);
    }

    @Test
    void aSecondThingNotKnownAfterHverkenIsAPartOfItsOwn() {
        assertThat(MessageParts.of("Vi ved hverken hvor hun skal logge ind, eller hvad hendes brugernavn er")).hasSize(2);
        // Without "hverken" an "eller" goes on with the one question.
        assertThat(MessageParts.of("Skal vi spørge jer, eller hvem skal vi spørge")).hasSize(1);
    }
}
