package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading whether a message says Unilogin itself works ({@code matching/unilogin-works.txt}). */
class UniloginWorksTest {
    private static final UniloginWorks WORKS = UniloginWorks.parse(UniloginWorks.BUNDLED,
            MatchingLists.resource(UniloginWorks.BUNDLED), List.of(), false);

    @Test
    void aNegationRightAfterThePhraseTurnsItAround() {
        assertThat(WORKS.saysItWorks("Unilogin virker ikke")).isNull();
        assertThat(WORKS.saysItWorks("mit unilogin virker bare ikke")).isNull();
        assertThat(WORKS.saysItWorks("Unilogin virker fint")).isNotNull();
    }

    @Test
    void aNegationWhereAPhraseTakesAnyWordTurnsItAroundAndWhatTheTroubleIsNotDoesNot() {
        assertThat(WORKS.saysItWorks("Hvem skal jeg kontakte, når mit barns Unilogin ikke virker?")).isNull();
        assertThat(WORKS.saysItWorks("Hans Unilogin virker jo fint")).isNotNull();
        assertThat(WORKS.saysItWorks("Mads kan godt komme på Aula med sit Unilogin, men Office365 afviser ham")).isNotNull();
        assertThat(WORKS.saysItWorks("Mads kan ikke komme på Aula")).isNull();
        assertThat(WORKS.saysItWorks("Han kan sagtens logge ind, det er ikke problemet")).isNotNull();
        assertThat(WORKS.onlySaysItWorks("Han kan sagtens logge ind, det er slet ikke problemet.", "kan sagtens logge ind")).isTrue();
    }

    @Test
    void aCodeOrUsernameThatWorksSaysTheLoginWorks() {
        assertThat(WORKS.saysItWorks("Hans brugernavn og kode virker fint, men Office siger nej")).isNotNull();
        assertThat(WORKS.saysItWorks("Koden virker, men hun vil gerne have en anden")).isNotNull();
        assertThat(WORKS.saysItWorks("Den nye kode virker ikke")).isNull();
    }

    @Test
    void aCodeOrUsernameAtHandIsNotAskedForUnlessANegationTurnsItAround() {
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Vi har fået brugernavn og kode, men hvor skal hun logge ind?"), false))
                .contains("foraelder-barns-brugernavn", "skift-adgangskode-barn");
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Hun har sin kode, men brugernavnet er væk"), false))
                .containsExactly("skift-adgangskode-barn");
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Jeg har opdaget, at jeg ikke har mit unilogin"), false)).isEmpty();
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Vi har fået hans brugernavn og hans kode"), false)).isNotEmpty();
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Hun har sit brugernavn og sin kode med, men hvor?"), false))
                .contains("foraelder-barns-brugernavn", "skift-adgangskode-barn");
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Brugernavn og kode har vi klar, men hvilken side er det?"), false))
                .as("named first").contains("foraelder-barns-brugernavn", "skift-adgangskode-barn");
    }

    @Test
    void theCodeAtHandStandsBesideAForgottenUsernameButNotBesideAForgottenOrChangedCode() {
        String[] usernameForgotten = UniloginWorks.wordsOf("Han kan ikke huske sit brugernavn. Koden har han");
        assertThat(WORKS.passagesForWhatIsAtHand(usernameForgotten, WORKS.saysCredentialsForgotten(usernameForgotten)))
                .containsExactly("skift-adgangskode-barn");
        String[] bothForgotten = UniloginWorks.wordsOf("Koden har han, men han har glemt brugernavn og kode til Aula");
        assertThat(WORKS.passagesForWhatIsAtHand(bothForgotten, WORKS.saysCredentialsForgotten(bothForgotten))).isEmpty();
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Hun har sin kode, men vil gerne skifte den til en ny"),
                false)).isEmpty();
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("Han kan sit brugernavn, men koden har vi begge glemt"),
                false)).as("the phrase goes on to say the code is forgotten").isEmpty();
    }

    @Test
    void aLoginSaidToWorkMayBeSomeoneElses() {
        assertThat(WORKS.worksForOthers(UniloginWorks.wordsOf("Vi er plejeforældre, og børnenes Unilogin fungerer."))).isTrue();
        assertThat(WORKS.worksForOthers(UniloginWorks.wordsOf("Mit Unilogin fungerer, men Teams gør ikke."))).isFalse();
    }

    @Test
    void aLoginSomeoneAsksForIsNotALoginThatWorks() {
        assertThat(WORKS.saysItWorks("Skolen vil have at forældrene logger ind med Unilogin på deres nye læseportal")).isNull();
        assertThat(WORKS.saysItWorks("Hun logger ind med Unilogin på Aula, men Teams afviser hende")).isNotNull();
    }

    @Test
    void aNegationAfterATurnToSomethingElseDoesNot() {
        assertThat(WORKS.saysItWorks("Unilogin'et virker, men ikke på Skoletube")).isNotNull();
        assertThat(WORKS.saysItWorks("Unilogin works, but not in Teams")).isNotNull();
    }

    @Test
    void beingLoggedInOnTheDeviceRulesOutTheDevicesLoginButUniloginWorkingElsewhereDoesNot() {
        String onTheDevice = WORKS.saysItWorks("Hun er logget ind med sit Unilogin, så det er ikke det");
        assertThat(onTheDevice).isNotNull();
        assertThat(WORKS.fixesWhatWorks(onTheDevice, "computer-login", false)).isTrue();
        assertThat(WORKS.fixesWhatWorks(onTheDevice, "skift-adgangskode-barn", false)).isTrue();

        String elsewhere = WORKS.saysItWorks("Unilogin virker fint på telefonen, men pc'en vil ikke");
        assertThat(WORKS.fixesWhatWorks(elsewhere, "computer-login", false)).isFalse();
        assertThat(WORKS.fixesWhatWorks(elsewhere, "skift-adgangskode-barn", false)).isTrue();
        // Trouble inside the service one is logged in to does not ask where to log in; trouble getting in may.
        assertThat(WORKS.fixesWhatWorks(elsewhere, "hvor-logge-ind", true)).isTrue();
        assertThat(WORKS.fixesWhatWorks(elsewhere, "hvor-logge-ind", false)).isFalse();
        // Logged in with MitID says nothing of Unilogin.
        assertThat(WORKS.saysItWorks("Jeg er logget ind med MitID")).isNull();
    }

    @Test
    void aSentenceSayingOnlyThatItWorksStatesNoTroubleButOneNamingTroubleBesidesDoes() {
        assertThat(onlySaysItWorks("Han kan sagtens logge ind med sit Unilogin, det er ikke problemet.")).isTrue();
        assertThat(onlySaysItWorks("Unilogin virker fint hos os")).isTrue();
        assertThat(onlySaysItWorks("Hun har ingen problemer med at logge ind, det er ikke det.")).as("the phrase's own 'ingen'")
                .isTrue();
        assertThat(onlySaysItWorks("Unilogin virker, men Teams gør ikke")).isFalse();
        assertThat(onlySaysItWorks("Teams virker ikke, selvom Unilogin gør")).isFalse();
        assertThat(onlySaysItWorks("Teams won't let her in, Unilogin works")).isFalse();
        assertThat(onlySaysItWorks("Hvorfor står der ingen adgang, når hun kan logge ind med Unilogin?")).isFalse();
    }

    @Test
    void theTroubleBesideALoginThatWorksIsGettingInOnlyWhenItsWordsSaySo() {
        assertThat(gettingIn("Unilogin virker, men Teams lukker ham ikke ind")).isTrue();
        assertThat(gettingIn("Han kan sagtens logge ind på unilogin.dk, men i Teams bliver han smidt ud")).isTrue();
        assertThat(gettingIn("Han kommer fint ind på Meebook, men han kan ikke aflevere sin opgave")).isFalse();
        assertThat(gettingIn("Han kan fint logge ind på unilogin.dk, men Teams siger \"Need admin approval\""))
                .as("a service's refusal quoted in English").isTrue();
        assertThat(gettingIn("unilogin virker men teams gør ik")).isTrue();
        assertThat(gettingIn("Unilogin virker, men ikke på Zoom")).isTrue();
        assertThat(gettingIn("Unilogin works fine, but Zoom keeps failing")).isTrue();
        assertThat(gettingIn("Hun kan godt logge ind, men hun kan ikke finde ugens opgaver")).isFalse();
        assertThat(gettingIn("Login virker fint, men jeg forstår ikke beskederne")).isFalse();
        assertThat(gettingIn("Han kan fint logge ind, men filen er væk")).isFalse();
        assertThat(gettingIn("Hun kan fint logge ind, men resultatet er ikke kommet frem")).isFalse();
        assertThat(gettingIn("Hun skriver det ind i logbogen og logger fint ind, men hun gider ikke læse")).isFalse();
        assertThat(gettingIn("Han er logget ind i Teams med sit Unilogin, og alt virker som det skal, men han kan ikke finde knappen"))
                .as("a second phrase saying it works names no trouble").isFalse();
        assertThat(gettingIn("Mit unilogin virker, men Teams siger at jeg skal bruge en anden konto")).isTrue();
        assertThat(gettingIn("Han logger ind på Meebook og Aula med sit Unilogin hver dag, så det er ikke problemet. Hvornår er prøverne?"))
                .isFalse();
    }

    @Test
    void askingWhetherTheHelperOrTheSchoolHelpsAsksWhomToTurnTo() {
        assertThat(WORKS.asksWhom(UniloginWorks.wordsOf("Er det jer eller skolen, der kan hjælpe os?"))).isTrue();
        assertThat(WORKS.asksWhom(UniloginWorks.wordsOf("Is this something you can fix, or do we need the school?"))).isTrue();
        assertThat(WORKS.asksWhom(UniloginWorks.wordsOf("Hvem skal vi kontakte?"))).isTrue();
        assertThat(WORKS.asksWhom(UniloginWorks.wordsOf("Vi har skrevet til jer og til skolen om hans kode."))).isFalse();
    }

    @Test
    void aLoginSaidToBeInOrderOrUsedEveryDayWorks() {
        assertThat(WORKS.saysItWorks("Vores datter har styr på sit Unilogin og sin kode")).isNotNull();
        assertThat(WORKS.saysItWorks("Hun har både MitID og sit Unilogin i orden")).isNotNull();
        assertThat(WORKS.saysItWorks("Han logger fint ind, men hader at læse")).isNotNull();
        assertThat(WORKS.saysItWorks("Hun logger ind på Teams og MinUddannelse med Unilogin hver dag")).isNotNull();
        assertThat(WORKS.saysItWorks("Han logger ikke fint ind")).isNull();
    }

    @Test
    void aConcessionBeforeThePhraseLeavesTheNegationAfterItToTheMainClause() {
        assertThat(WORKS.saysItWorks("Selvom hendes Unilogin virker, kommer hun ikke ind i Word")).isNotNull();
        assertThat(WORKS.saysItWorks("Hendes Unilogin virker, siger hun, ikke")).isNull();
        assertThat(WORKS.saysItWorks("Efter skolestart kan min søn Carl sagtens logge ind på unilogin.dk, men Teams virker ikke"))
                .as("unilogin.dk reached with ease").isNotNull();
        assertThat(WORKS.saysItWorks("Der står forkert kode, når hun logger ind med Unilogin på skolens side")).as("when, not that it works")
                .isNull();
        assertThat(WORKS.saysItWorks("Hun ser det, når hun er logget ind med sit Unilogin på Aula")).as("a state").isNotNull();
    }

    @Test
    void aCodeOrUsernameForgottenOrNotRememberedIsReadNearItsVerb() {
        assertThat(forgotten("Han har glemt sin kode")).isTrue();
        assertThat(forgotten("Koden til Unilogin har hun glemt igen")).isTrue();
        assertThat(forgotten("hun kan ikke huske sit brugernavn")).isTrue();
        assertThat(forgotten("my son forgot his password")).isTrue();
        assertThat(forgotten("hun kan godt huske sin kode, men Teams afviser hende")).isFalse();
        assertThat(forgotten("jeg ved ikke hvad mit unilogin brugernavn er")).as("not knowing it").isTrue();
        assertThat(forgotten("vi kender ikke hendes brugernavn")).isTrue();
        assertThat(forgotten("Han husker ikke sin kode")).as("the negation after its verb").isTrue();
        assertThat(forgotten("Hun har brugernavn og kode, men vi ved ikke hvor hun skal skrive dem"))
                .as("a place not known, the login at hand").isFalse();
        assertThat(forgotten("vi aner ikke hvilken side brugernavnet skal skrives på")).isFalse();
        assertThat(forgotten("han har glemt sin oplader i skolen, og hans kode til Aula virker")).isFalse();
    }

    @Test
    void aCodeOrUsernameLostOrMissingIsNotAtHandEither() {
        assertThat(forgotten("Malthe har mistet sin Unilogin-kode")).isTrue();
        assertThat(forgotten("det eneste, vi mangler, er hans brugernavn")).isTrue();
        assertThat(forgotten("hun har mistet sin vinterjakke i klassen")).isFalse();
    }

    @Test
    void someoneNewAtTheSchoolWithTheLoginAtHandWantsNoNewCode() {
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("han er ny på skolen, vi har brugernavn og kode, men hvor?"),
                false)).contains("skift-adgangskode-barn");
        assertThat(WORKS.passagesForWhatIsAtHand(UniloginWorks.wordsOf("vi har brugernavn og kode, men hun vil have en ny kode"),
                false)).isEmpty();
    }

    @Test
    void aLoginThatWorksAsThePremiseOfAQuestionWorks() {
        assertThat(WORKS.saysItWorks("Hvis vores Unilogin virker, men Zoom ikke vil tage imod det, hvem hjælper så?")).isNotNull();
        assertThat(WORKS.saysItWorks("Hvis hans Unilogin virker, står der alligevel en fejl")).isNull();
    }

    @Test
    void aUsernameForgottenWhereUniloginIsNamedIsUniloginsThoughWordsApart() {
        assertThat(WORKS.namesUniloginsCredential(UniloginWorks.wordsOf(
                "jeg skal bruge mit Unilogin i dag, men jeg kan simpelthen ikke huske mit brugernavn"))).isTrue();
        assertThat(WORKS.namesUniloginsCredential(UniloginWorks.wordsOf(
                "jeg skal bruge mit Unilogin i dag, men jeg kan simpelthen ikke huske koden til computeren"))).isFalse();
        assertThat(WORKS.namesUniloginsCredential(UniloginWorks.wordsOf("computeren vil have et brugernavn"))).isFalse();
    }

    private static boolean forgotten(String message) {
        return WORKS.saysCredentialsForgotten(UniloginWorks.wordsOf(message));
    }

    private static boolean gettingIn(String message) {
        assertThat(WORKS.saysItWorks(message)).as(message).isNotNull();
        return WORKS.troubleIsGettingIn(UniloginWorks.wordsOf(message));
    }

    private static boolean onlySaysItWorks(String sentence) {
        return WORKS.onlySaysItWorks(sentence, WORKS.saysItWorks(sentence));
    }

    @Test
    void uniloginAndAnotherLoginThatWorkOrOneThatWorksFineEnoughSayTheLoginWorks() {
        assertThat(WORKS.saysItWorks("Hans Unilogin og Office365 virker fint, det er ikke det")).isNotNull();
        assertThat(WORKS.saysItWorks("Hun logger ind i Office365 med Unilogin fint nok")).isNotNull();
        assertThat(WORKS.saysItWorks("Loginet virker fint for os begge")).isNotNull();
        assertThat(WORKS.saysItWorks("Unilogin og Teams virker ikke")).isNull();
        assertThat(WORKS.saysItWorks("Hos Selma virker login fint på Unilogins egen hjemmeside, men ikke i læseprogrammet"))
                .as("the login working told after where").isNotNull();
    }

    @Test
    void theLoginVerbJustBeforeAPhraseIsTheLoginThatWorksNotTrouble() {
        assertThat(WORKS.troubleIsGettingIn(UniloginWorks.wordsOf(
                "Hun logger ind med Unilogin, fint nok, men stavekontrollen retter alt til engelsk"))).isFalse();
        assertThat(WORKS.troubleIsGettingIn(UniloginWorks.wordsOf(
                "Hun logger ind med Unilogin, fint nok, men Teams vil ikke lukke hende ind"))).isTrue();
    }

    @Test
    void stuckOrSentBackInAServiceIsTroubleGettingInButAFixedRuleOrFilesBackAreNot() {
        assertThat(gettingIn("Hun kan sagtens logge ind på unilogin.dk, men i Teams står hun bare fast")).isTrue();
        assertThat(gettingIn("Unilogin virker på unilogin.dk, men Office365 bliver ved med at sende os tilbage til loginsiden")).isTrue();
        assertThat(gettingIn("Hans Unilogin virker fint, men er der en fast procedure for allergier?")).isFalse();
        assertThat(gettingIn("Han kan fint logge ind med sit Unilogin, men kan man få filerne tilbage?")).isFalse();
    }

    @Test
    void loggingInAskedAboutWithAQuestionWhereIsNoTroubleGettingIn() {
        String[] askingWhere = UniloginWorks.wordsOf("Unilogin virker fint, men hvor er det egentlig, hun skal logge ind for at lave skole?");
        assertThat(WORKS.troubleIsGettingIn(askingWhere)).isFalse();
        assertThat(WORKS.asksWhereToLogIn(askingWhere)).isTrue();
        String[] tellingWhere = UniloginWorks.wordsOf("Unilogin virker fint, men i Zoom, hvor klassen har undervisning, bliver han afvist");
        assertThat(WORKS.troubleIsGettingIn(tellingWhere)).as("a 'hvor' that tells where").isTrue();
        assertThat(WORKS.asksWhereToLogIn(tellingWhere)).isFalse();
    }

    @Test
    void loggingInToAServiceWithUniloginSaysTheLoginWorks() {
        assertThat(WORKS.saysItWorks("Hun logger på Office365 med sit Unilogin, men stavekontrollen er på engelsk")).isNotNull();
        assertThat(WORKS.saysItWorks("Han logger ind med Unilogin på skolens iPad hver dag")).isNotNull();
        assertThat(WORKS.saysItWorks("Han logger ind i Teams med sit Unilogin")).isNotNull();
        assertThat(WORKS.saysItWorks("Han kan ikke logge ind med sit Unilogin")).isNull();
    }

    @Test
    void aLoginThatGoesFineOrIsInHandSaysTheLoginWorks() {
        assertThat(WORKS.saysItWorks("Login og alt virker, men hun har ikke svaret i to uger")).isNotNull();
        assertThat(WORKS.saysItWorks("Børnenes Unilogin kører fint")).isNotNull();
        assertThat(WORKS.saysItWorks("Unilogin har hun styr på, men skemaet er tomt")).isNotNull();
    }
}
