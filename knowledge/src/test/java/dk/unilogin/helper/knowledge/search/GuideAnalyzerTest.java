package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tiny cases for each step of the analysis chain, through the analyzer as the index uses it. */
class GuideAnalyzerTest {
    private static final GuideAnalyzer ANALYZER = new GuideAnalyzer(TermMappings.bundled());

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    private static List<String> terms(String text) {
        return TermMappings.analyze(ANALYZER, text);
    }

    private static Set<String> set(String text) {
        return Set.copyOf(terms(text));
    }

    @Test
    void aWriterOfSchoolAgeIsAPupilAnOlderSiblingNot() {
        assertThat(set("jeg er 15")).containsAll(set("elev"));
        assertThat(set("jeg er 19")).doesNotContainAnyElementsOf(set("elev"));
    }

    @Test
    void aLoginAtWorkIsAWorkAccountButDoingItFromWorkIsWhereTheWriterIs() {
        assertThat(set("Teams på mit arbejde virker ikke")).containsAll(set("arbejdscomputer"));
        assertThat(set("kan jeg lave en ny kode til hende fra mit arbejde")).doesNotContainAnyElementsOf(set("arbejdscomputer"));
    }

    @Test
    void aNoteOnADeviceOrInANamedChildsBagIsWhereACodeWasWrittenNotWhatFails() {
        assertThat(set("brugernavnet står på et klistermærke på hans computer")).doesNotContainAnyElementsOf(set("computer"));
        assertThat(set("hans computer vil ikke lukke ham ind")).containsAll(set("computer"));
        assertThat(set("der lå en seddel i Oskars skoletaske")).doesNotContainAnyElementsOf(set("taske"));
    }

    @Test
    void theNameSetAgainstTheCodeIsTheUsername() {
        assertThat(set("han kan godt huske koden, bare ikke navnet")).containsAll(set("brugernavn"));
        assertThat(set("han kan ikke huske navnet på sin lærer")).doesNotContainAnyElementsOf(set("brugernavn"));
    }

    @Test
    void aWordKeptApartIsNotTheListedWordItsStemWouldMeet() {
        assertThat(set("det er så pinligt")).doesNotContainAnyElementsOf(set("kode"));
        assertThat(set("vi har læst vejledningen")).doesNotContainAnyElementsOf(set("låst"));
        assertThat(set("computeren er låst")).containsAll(set("låst"));
        assertThat(set("hun græder")).doesNotContainAnyElementsOf(set("klasse"));
        assertThat(set("kan i løse det")).doesNotContainAnyElementsOf(set("kode"));
        assertThat(set("hun har glemt sit løsenord")).containsAll(set("kode"));
    }

    @Test
    void aLockedOrLoginScreenIsTheDevicesWhatAScreenSaysIsNot() {
        assertThat(set("den viser en låst skærm med skolens logo")).containsAll(set("computer"));
        assertThat(set("der kommer bare login skærm")).containsAll(set("computer"));
        assertThat(set("skærmen siger forkert kode")).doesNotContainAnyElementsOf(set("computer"));
    }

    @Test
    void teachingAtADistanceWrittenInTwoWordsRemovesNothing() {
        assertThat(terms("til fjern undervisningen")).isEqualTo(terms("til fjernundervisningen"));
        assertThat(set("hvordan fjerner jeg billedet")).containsAll(set("fjerne"));
    }

    @Test
    void aDeviceSaidToBeReadyIsNotTheTrouble() {
        assertThat(set("Computeren er klar og opladet.")).doesNotContainAnyElementsOf(set("computer opladeren"));
        assertThat(set("computeren vil ikke lade op")).containsAll(set("computer"));
    }

    @Test
    void oldPeopleAreTheStoryAnOldCodeIsNot() {
        assertThat(set("han er træt af at spørge os gamle.")).doesNotContainAnyElementsOf(set("gamle"));
        assertThat(set("vi gamle forstår det ikke")).doesNotContainAnyElementsOf(set("gamle"));
        assertThat(set("hun kan huske den gamle kode")).containsAll(set("gamle"));
    }

    @Test
    void aKeptApartLineWithoutWordsIsABrokenBuild() {
        assertThatThrownBy(() -> GuideAnalyzer.keptApart("pinlig\n")).hasMessageContaining("kept-apart.txt:1");
    }

    @Test
    void patienceOrTrackLostIsAFeelingNotALostCode() {
        assertThat(set("jeg har helt mistet overblikket")).doesNotContainAnyElementsOf(set("mistet"));
        assertThat(set("jeg er ved at miste tålmodigheden")).doesNotContainAnyElementsOf(set("mistet"));
        assertThat(set("har mistet overblikket over deres brugernavne")).containsAll(set("mistet"));
        assertThat(set("hun har mistet sin kode")).containsAll(set("mistet"));
    }

    @Test
    void oneTheWriterPicksIsANewCode() {
        assertThat(set("han vil gerne skifte til en han selv kan huske")).containsAll(set("ny adgangskode"));
        assertThat(set("jeg vil gerne have en jeg selv har valgt")).containsAll(set("ny adgangskode"));
    }

    @Test
    void whoToldTheWriterIsTheStoryNotTheMunicipalitysLogin() {
        assertThat(set("jeg har fået at vide af kommunen at jeg skal aktivere det")).doesNotContainAnyElementsOf(set("kommunen"));
        assertThat(set("computeren er sat op af kommunen")).containsAll(set("kommunen"));
    }

    @Test
    void theCodeSetAsideOrANewTeacherIsNoCodeAskedFor() {
        assertThat(set("hun har glemt navnet, ikke koden")).doesNotContainAnyElementsOf(set("koden"));
        assertThat(set("han kan ikke koden")).containsAll(set("koden"));
        assertThat(set("han har fået en ny lærer")).doesNotContainAnyElementsOf(set("ny"));
        assertThat(set("han skal have en ny kode")).containsAll(set("ny"));
    }

    @Test
    void someoneElseLoggingInAsTheChildIsMisuse() {
        assertThat(set("nogen har logget ind på min søns teams")).containsAll(set("kontomisbrug"));
        assertThat(set("jeg har logget ind på min søns teams")).doesNotContainAnyElementsOf(set("kontomisbrug"));
    }

    @Test
    void wordsTypedApartAreJoinedOnlyWhenTheSecondIsTheWholeWord() {
        assertThat(terms("bruger navnet")).isEqualTo(terms("brugernavnet"));
        assertThat(terms("kode ord")).isEqualTo(terms("kodeord"));
        assertThat(set("hun bruger ordbogen")).doesNotContainAnyElementsOf(set("brugernavn kodeord"))
                .containsAll(set("ordbogen"));
    }

    @Test
    void officeProgramsAreServicesLikeTeams() {
        assertThat(terms("onenote")).isEqualTo(terms("teams"));
        assertThat(terms("powerpoint")).isEqualTo(terms("teams"));
    }

    @Test
    void byMistakeIsNoErrorAndBehindIsNoBag() {
        assertThat(set("han har ved en fejl skrevet det forkerte")).doesNotContainAnyElementsOf(set("fejl"));
        assertThat(set("der står en fejl")).containsAll(set("fejl"));
        assertThat(set("det står bag i bogen")).doesNotContainAnyElementsOf(set("bag"));
        assertThat(set("my son lost his bag")).containsAll(set("bag"));
    }

    @Test
    void joinsWordsPeopleSplit() {
        assertThat(terms("uni login")).isEqualTo(terms("unilogin"));
        assertThat(terms("Uni-Login")).isEqualTo(terms("unilogin"));
        assertThat(terms("mit id")).isEqualTo(terms("MitID"));
        assertThat(terms("office 365")).isEqualTo(terms("office365"));
        assertThat(terms("adgangs koden")).isEqualTo(terms("adgangskoden"));
        assertThat(terms("bruger navn")).isEqualTo(terms("brugernavn"));
        assertThat(terms("mit i d")).as("as a phone's dictation spells it").isEqualTo(terms("MitID"));
    }

    @Test
    void theNegationOfADoubtIsNoTrouble() {
        String not = terms("ikke").get(0);
        assertThat(set("jeg formoder ikke at jeg kan finde det")).doesNotContain(not);
        assertThat(set("jeg tænker ikke at man selv kan nulstille den")).doesNotContain(not);
        assertThat(set("det er vel ikke muligt")).doesNotContain(not);
        assertThat(set("jeg ved ikke om forældre har unilogin")).doesNotContain(not);
        assertThat(set("han kan ikke logge ind")).contains(not);
        assertThat(set("vi ved ikke hvor hun skal logge ind")).as("not knowing where asks where").doesNotContain(not);
        assertThat(set("we have no idea where she should log in")).doesNotContain(not);
        assertThat(set("vi ved ikke hvor hun skal logge ind, for hun kan ikke komme ind")).contains(not);
    }

    @Test
    void whoWritesAndWordsToTheHelperAreNoTopic() {
        assertThat(terms("jeg er tolk for en familie")).doesNotContainAnyElementsOf(terms("tolk"));
        assertThat(terms("kan vi få en tolk til mødet")).containsAll(terms("tolk"));
        assertThat(terms("hej fra lektiecaféen")).doesNotContainAnyElementsOf(terms("lektiecaféen"));
        assertThat(terms("hvornår har lektiecaféen åbent")).containsAll(terms("lektiecaféen"));
        assertThat(terms("kan jeg skrive til dig på dansk")).isEqualTo(terms("kan jeg"));
        assertThat(set("de har byttet koder for sjov")).doesNotContainAnyElementsOf(set("sjov"));
        assertThat(set("vi er nye i Danmark")).doesNotContainAnyElementsOf(set("ny"));
        assertThat(set("hun vil have en ny kode")).containsAll(set("ny"));
        assertThat(set("jeg er ikke saa stiv i computere")).doesNotContainAnyElementsOf(set("computer"));
    }

    @Test
    void othersAreNotAChangeAndMakingItOverIs() {
        // "andre" (others) folds to what "ændre" (change) does; "ingen andre" is nobody else.
        String change = terms("ændre").get(0);
        assertThat(set("alle andre logger ind")).doesNotContain(change);
        assertThat(set("så ingen andre kan komme ind")).doesNotContain(change).doesNotContain(terms("ingen").get(0));
        assertThat(set("aendre koden")).contains(change);
        // "lave koden om" / "have den lavet om" is changing it; "lave om dagen" is not.
        assertThat(set("kan vi lave koden om")).contains(change);
        assertThat(set("vi vil have den lavet om")).contains(change);
        assertThat(set("hvad skal han lave om dagen")).doesNotContain(change);
    }

    @Test
    void havingJustStartedAtTheSchoolIsBeingNewThere() {
        assertThat(set("jeg startede på skolen i mandags")).contains(terms("ny").get(0));
        assertThat(set("hvornår starter skolen")).doesNotContain(terms("ny").get(0));
    }

    @Test
    void aClosedSchoolHasLockedNoLogin() {
        assertThat(set("hvor skal vi logge ind skolen er lukket")).doesNotContain(terms("spærret").get(0));
        assertThat(set("hans konto er lukket")).contains(terms("spærret").get(0));
    }

    @Test
    void thatIsToSaySaysNothingAScreenSays() {
        assertThat(set("godaften eller det vil sige jeg er på nattevagt")).doesNotContain(terms("siger").get(0));
        assertThat(set("den siger ingen adgang")).contains(terms("siger").get(0));
    }

    @Test
    void nobodyToldUsIsNoIngenAdgang() {
        String ingen = terms("ingen").get(0);
        assertThat(set("ingen har fortalt os hvor vi skal logge ind")).doesNotContain(ingen);
        assertThat(set("der står ingen adgang")).contains(ingen);
    }

    @Test
    void dropsApostropheEndingsAndKeepsNegation() {
        assertThat(terms("pc'en")).isEqualTo(terms("pc"));
        assertThat(terms("child's")).isEqualTo(terms("child"));
        assertThat(terms("can't")).isEqualTo(terms("not"));
    }

    @Test
    void lowerCasesAndRemovesFunctionWordsButKeepsQuestionWordsThatMatter() {
        assertThat(terms("JEG HAR EN")).isEmpty();
        assertThat(terms("the and of")).isEmpty();
        assertThat(terms("hvor")).hasSize(1);
        assertThat(terms("hvem")).hasSize(1);
        assertThat(terms("ikke")).hasSize(1);
    }

    @Test
    void normalisesScandinavianSpellings() {
        assertThat(terms("boern")).isEqualTo(terms("børn"));
        assertThat(terms("foraeldre")).isEqualTo(terms("forældre"));
        assertThat(terms("paa skolen")).isEqualTo(terms("på skolen"));
        assertThat(terms("born")).isEqualTo(terms("børn"));
    }

    @Test
    void stemsDanishInflections() {
        assertThat(terms("brugernavnet")).isEqualTo(terms("brugernavn"));
        assertThat(terms("skolens")).isEqualTo(terms("skolen"));
        assertThat(terms("adgangskoden")).isEqualTo(terms("adgangskode"));
    }

    @Test
    void addsTheKnownPartOfACompound() {
        assertThat(terms("skolecomputeren")).containsAll(terms("computer"));
        assertThat(terms("loginkoden")).containsAll(terms("kode"));
    }

    @Test
    void mapsSynonymsAndEnglishWordsToOneTerm() {
        assertThat(set("kodeord")).isEqualTo(set("adgangskode"))
                .isEqualTo(set("password"));
        assertThat(set("datter")).isEqualTo(set("barn")).isEqualTo(set("kid"));
        assertThat(set("pupil")).isEqualTo(set("elev"));
        assertThat(set("laptop")).isEqualTo(set("bærbar")).isEqualTo(set("computer"));
        assertThat(set("NemID")).isEqualTo(set("MitID"));
        assertThat(set("Teams")).isEqualTo(set("Zoom")).isEqualTo(set("Aula")).isEqualTo(set("tjeneste"));
    }

    @Test
    void mappingEntriesMustBeSingleWords() {
        assertThatThrownBy(() -> TermMappings.parse("test.txt", "adgangskode: glemt kode, pin\n"))
                .hasMessageContaining("test.txt:1");
        assertThatThrownBy(() -> TermMappings.parse("test.txt", "# comment\nbarn: søn\nforælder: søn\n"))
                .hasMessageContaining("test.txt:3").hasMessageContaining("already mapped");
    }

    @Test
    void aCredentialSaidToBeKnownInEnglishAsksForNothing() {
        assertThat(set("We know his brugernavn.")).doesNotContainAnyElementsOf(set("brugernavn"));
        assertThat(set("she remembers her password")).doesNotContainAnyElementsOf(set("password"));
        assertThat(set("we know his username but it is wrong")).containsAll(set("username"));
    }

    @Test
    void aNamedPartIsUsedByTheRulesAfterItAndAnUnknownNameBreaksTheBuild() {
        List<GuideAnalyzer.PhraseJoin> joins = GuideAnalyzer.PhraseJoin.parse("""
                {thing} = koden|brugernavnet
                {things} = {thing}(?:\\s+og\\s+{thing})?
                \\bikke\\s+{things}\\b => intet
                """);
        assertThat(joins).hasSize(1);
        assertThat(joins.get(0).pattern().matcher("det er ikke koden og brugernavnet").replaceAll(joins.get(0).replacement()))
                .isEqualTo("det er intet");
        assertThat(joins.get(0).pattern().matcher("ikke skolen").find()).isFalse();

        assertThatThrownBy(() -> GuideAnalyzer.PhraseJoin.parse("\\bikke\\s+{thing} => intet"))
                .hasMessageContaining("phrase-joins.txt:1").hasMessageContaining("{thing}");
    }

    @Test
    void creatingANewPasswordMakesACodeButCreatingALoginActivatesIt() {
        assertThat(set("how can I create a new password for her")).containsAll(set("lave en ny adgangskode"))
                .doesNotContainAnyElementsOf(set("aktivere"));
        assertThat(set("how do I create my Unilogin")).containsAll(set("aktivere"));
    }

    @Test
    void thingsChangedOnASharedMachineChangeNoCode() {
        assertThat(set("min lillebror har ændret en masse på computeren")).doesNotContainAnyElementsOf(set("skifte"));
        assertThat(set("hun har rodet med indstillingerne")).doesNotContainAnyElementsOf(set("skifte"));
        assertThat(set("hun har ændret sin kode")).containsAll(set("skifte"));
    }

    @Test
    void whatAParentCannotRememberFromTheirOwnSchoolDaysIsNoLoginForgotten() {
        assertThat(set("jeg kan ikke huske det fra min egen skoletid")).doesNotContainAnyElementsOf(set("glemt"));
        assertThat(set("jeg kan ikke huske det, hun har glemt koden")).containsAll(set("glemt"));
    }

    @Test
    void sickLeaveThatHasBeenIsTheStory() {
        assertThat(set("han har været sygemeldt hele efteråret")).doesNotContainAnyElementsOf(set("meldt"));
    }

    @Test
    void notBeingGoodWithComputersNamesNoComputer() {
        assertThat(set("jeg er ikke så god til det her med computere")).doesNotContainAnyElementsOf(set("computer"));
        assertThat(set("computeren vil ikke starte")).containsAll(set("computer"));
    }

    @Test
    void whereAfterASchoolNamedIsARelative() {
        assertThat(set("en privatskole, hvor forældrene ikke bruger Unilogin")).doesNotContainAnyElementsOf(set("hvor"));
        assertThat(set("Skolen, hvor min søn går, vil have det")).doesNotContainAnyElementsOf(set("hvor"));
        assertThat(set("jeg har spurgt på skolen, hvor hun skal logge ind")).containsAll(set("hvor"));
        assertThat(set("forældrene spørger os i SFO'en, hvor børnene skal logge ind")).containsAll(set("hvor"));
    }

    @Test
    void newToASystemIsWhoWritesNoNewCode() {
        assertThat(set("pædagog her og helt ny i Unilogin-land")).doesNotContainAnyElementsOf(set("ny"));
        assertThat(set("jeg er ny på skolen")).containsAll(set("ny"));
        assertThat(set("hun skal have en ny kode")).containsAll(set("ny"));
    }

    @Test
    void howCodesAreResetAtTheWritersWorkIsAComparison() {
        assertThat(set("på mit arbejde nulstiller vi bare elevernes koder")).doesNotContainAnyElementsOf(set("arbejde"));
    }

    @Test
    void peopleForgottenOrFriendsLostAreNoLoginLost() {
        assertThat(set("klassekammeraterne har glemt hende")).doesNotContainAnyElementsOf(set("glemt"));
        assertThat(set("hun har glemt sin kode")).containsAll(set("glemt"));
        assertThat(set("så mister jeg alle mine venner")).doesNotContainAnyElementsOf(set("mistet"));
        assertThat(set("han har mistet sin kode")).containsAll(set("mistet"));
    }

    @Test
    void comingToTheAfterSchoolClubIsAttendingIt() {
        assertThat(set("kan hun nå at komme i SFO i ferien")).doesNotContainAnyElementsOf(set("komme"));
        assertThat(set("hun kan ikke komme ind på Aula")).containsAll(set("komme"));
    }

    @Test
    void nobodyAnsweringTellsWhenTheWriterAsks() {
        assertThat(set("Skolen svarer ikke i weekenden.")).doesNotContainAnyElementsOf(set("ikke"));
        assertThat(set("men ingen svarer")).doesNotContainAnyElementsOf(set("ikke"));
        assertThat(set("skolen svarer ikke på mails")).doesNotContainAnyElementsOf(set("mail"));
        assertThat(set("computeren svarer ikke")).containsAll(set("ikke"));
    }

    @Test
    void aLoginNeverLearntByHeartIsNotRemembered() {
        assertThat(set("jeg har aldrig lært mit brugernavn udenad")).containsAll(set("glemt"));
    }

    @Test
    void aLoginWrittenDownIsKeptNotTypedIn() {
        assertThat(set("kan I skrive brugernavnet ned til ham")).doesNotContainAnyElementsOf(set("skrive"));
        assertThat(set("så jeg kan skrive det på et lille kort")).doesNotContainAnyElementsOf(set("skrive"));
        assertThat(set("hvor skal han skrive brugernavnet")).containsAll(set("skrive"));
    }

    @Test
    void beingLateIsTheStoryNoGettingIn() {
        assertThat(set("jeg vil ikke komme for sent med afleveringen")).doesNotContainAnyElementsOf(set("komme"));
        assertThat(set("han kom lidt for sent til timen")).doesNotContainAnyElementsOf(set("komme"));
        assertThat(set("hun kan ikke komme ind på Aula")).containsAll(set("komme"));
    }

    @Test
    void whoAsksToldAfterTheQuestionIsTheTelling() {
        assertThat(GuideAnalyzer.joined("Men hvor, spørger jeg?")).isEqualTo("Men hvor?");
        assertThat(set("Hvorfor, spurgte min mand.")).doesNotContainAnyElementsOf(set("spørge"));
        assertThat(set("Hvem skal jeg spørge?")).containsAll(set("spørge"));
    }

    @Test
    void aSchoolDeviceLentIsTheSchoolsNoLoanAskedFor() {
        assertThat(set("hun arbejder på den udlånte skolebærbar")).doesNotContainAnyElementsOf(set("udlånte"));
        assertThat(set("kan vi låne en computer af skolen")).containsAll(set("udlån"));
    }

    @Test
    void aKeyboardThatTypesWrongOrItsLanguageIsTheKeyboardNotALogin() {
        assertThat(set("Tastaturet på hans skolecomputer skriver forkert")).containsAll(set("tastaturdefekt"));
        assertThat(set("hvordan skifter man tastatursproget")).containsAll(set("tastaturlayout"));
        assertThat(set("jeg har genstartet og skiftet tastatursprog")).doesNotContainAnyElementsOf(set("tastaturlayout"));
        assertThat(set("han sidder ved tastaturet og skriver koden")).doesNotContainAnyElementsOf(set("tastaturdefekt"));
    }

    @Test
    void aRequestToTheOneWrittenToIsNoNegation() {
        assertThat(set("Kan du ikke bare give mig mit brugernavn?")).doesNotContainAnyElementsOf(set("ikke"));
        assertThat(set("Kan I ikke lige nulstille hans kode?")).doesNotContainAnyElementsOf(set("ikke"));
        assertThat(set("Hvorfor kan du ikke logge ind?")).containsAll(set("ikke"));
        assertThat(set("Hun kan ikke logge ind.")).containsAll(set("ikke"));
    }

    @Test
    void whereTheWriterIsWhileWritingIsTheStory() {
        assertThat(set("jeg sidder i kantinen til skolefesten")).doesNotContainAnyElementsOf(set("kantinen skolefesten"));
        assertThat(set("Godaften fra forældrekaffen i kantinen")).doesNotContainAnyElementsOf(set("forældrekaffen kantinen"));
        assertThat(set("sitter i kantinen til skolefesten")).as("typed in haste").doesNotContainAnyElementsOf(set("kantinen"));
        assertThat(set("vi er til det første forældremøde i 0.b")).doesNotContainAnyElementsOf(set("forældremøde"));
        assertThat(set("Hvornår er forældremødet?")).containsAll(set("forældremødet"));
    }

    @Test
    void adviceFromAChatbotASearchOrAVideoIsTheStorysSource() {
        assertThat(set("ChatGPT sagde, vi skulle vente et døgn")).doesNotContainAnyElementsOf(set("chatgpt"));
        assertThat(set("ifølge Google kan man bruge sin mail")).doesNotContainAnyElementsOf(set("google"));
        assertThat(set("Så en TikTok, hvor en sagde det")).doesNotContainAnyElementsOf(set("tiktok"));
        assertThat(set("En i klassens Messenger-gruppe sagde, vi skulle slette historikken"))
                .doesNotContainAnyElementsOf(set("messenger"));
        assertThat(set("Hvordan bruger man ChatGPT til lektier?")).containsAll(set("chatgpt"));
    }

    @Test
    void aPhraseReadAsAnotherKeepsTheSpaceToTheNextWord() {
        assertThat(GuideAnalyzer.joined("så sagde han at koden var forkert")).contains("fortalte han");
        assertThat(GuideAnalyzer.joined("der står på unilogin at koden er forkert")).contains("er på unilogin");
        assertThat(GuideAnalyzer.joined("jeg fik en mail fra skolen i går")).contains("fra skolen");
        assertThat(GuideAnalyzer.joined("kan hun nå at komme i SFO i ferien")).contains("gå i SFO");
        assertThat(GuideAnalyzer.joined("Hvordan skriver jeg Olivia ind på den nye skole?")).contains("på den");
    }
}
