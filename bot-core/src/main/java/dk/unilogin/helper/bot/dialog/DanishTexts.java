package dk.unilogin.helper.bot.dialog;

/** The bot's own words in Danish, the default. */
final class DanishTexts implements Texts {
    static final DanishTexts INSTANCE = new DanishTexts();

    private static final String CAN_HELP = "Jeg kan hjælpe med Unilogin: en ny adgangskode til dit barn, "
            + "brugernavn til forælder og elev, beskeden \"Ingen adgang\", hvor I skal logge ind, "
            + "og login på skolens computer.";

    public String welcome() {
        return "Hej! Jeg er Unilogin-hjælperen. " + CAN_HELP
                + "\nSkriv dit spørgsmål med dine egne ord, eller vælg et emne:";
    }

    public String welcomeFrom(String schoolName) {
        return "Hej! Jeg er Unilogin-hjælperen for " + schoolName + ". " + CAN_HELP
                + "\nSkriv dit spørgsmål med dine egne ord, eller vælg et emne:";
    }

    public String capabilities() {
        return CAN_HELP + " Jeg svarer ud fra den officielle vejledning og kan tage dig igennem den trin for trin."
                + "\nSkriv dit spørgsmål, eller vælg et emne:";
    }

    public String greeting() {
        return "Hej! Hvad kan jeg hjælpe med? Skriv fx \"mit barn har glemt sin adgangskode\".";
    }

    public String thanks() {
        return "Selv tak! Skriv endelig igen, hvis der er mere.";
    }

    public String goodbye() {
        return "Farvel, og held og lykke! Du kan altid skrive igen.";
    }

    public String identity() {
        return "Jeg er Unilogin-hjælperen, en chatbot, der svarer ud fra den officielle vejledning til Unilogin. "
                + "Jeg er ikke et menneske og kan ikke se jeres konti, men jeg kan vise jer vejen. " + CAN_HELP;
    }

    public String readTheStartOnly(int maxChars) {
        return "Din besked er lang, så jeg har kun læst de første " + maxChars + " tegn. "
                + "Står dit spørgsmål længere nede, så skriv det gerne kort igen.";
    }

    public String emptyMessage() {
        return "Skriv dit spørgsmål med dine egne ord, så hjælper jeg.";
    }

    public String fallback() {
        return "Det kan jeg desværre ikke svare på. " + CAN_HELP
                + " Er det noget andet, er det skolen, der kan hjælpe dig videre.";
    }

    public String fallbackAgainWithSchool(String schoolName) {
        return "Jeg kan stadig ikke finde svaret. Kontakt " + schoolName + ", som yder support på Unilogin:";
    }

    public String fallbackAgainNoSchool() {
        return "Jeg kan stadig ikke finde svaret. Det er skolen, der yder support på Unilogin: "
                + "kontakt skolens kontor eller dit barns lærer. De kan se jeres konti, det kan jeg ikke.";
    }

    public String stepByStep() {
        return "Trin for trin";
    }

    public String helpfulQuestion() {
        return "Hjalp det?";
    }

    public String yes() {
        return "Ja";
    }

    public String no() {
        return "Nej";
    }

    public String source(String title) {
        return "_Kilde: Unilogin-vejledningen, \"" + title + "\"_";
    }

    public String stepHeader(int number, int total) {
        return "**Trin " + number + " af " + total + "**";
    }

    public String next() {
        return "Næste";
    }

    public String back() {
        return "Tilbage";
    }

    public String worked() {
        return "Det virkede";
    }

    public String notWorked() {
        return "Det virkede ikke";
    }

    public String choiceQuestion() {
        return "Hvad passer på jer?";
    }

    public String workedReply() {
        return "Dejligt, at det lykkedes! Skriv endelig, hvis der er mere.";
    }

    public String notWorkedCauses() {
        return "Ærgerligt. Når login ikke lykkes, er årsagen som regel en af disse:";
    }

    public String notWorkedSchool() {
        return "Ærgerligt. Så er det skolen, der kan hjælpe jer videre:";
    }

    public String nextStepCauses() {
        return "Hvis login alligevel ikke lykkes, er årsagen som regel en af disse:";
    }

    public String nextStepSchool() {
        return "Næste skridt er skolen:";
    }

    public String schoolIsNext() {
        return "Det er skolen, der yder support på Unilogin. Kontakt skolens kontor eller dit barns lærer: "
                + "de kan se jeres konti og hjælpe jer videre.";
    }

    public String clarifyAudience() {
        return "Gælder det dit eget login som forælder, dit barns, eller er du selv elev?";
    }

    public String clarifyWhich() {
        return "Hvad af dette mener du?";
    }

    public String privacyNotice() {
        return "Jeg har fjernet et CPR-nummer eller en adgangskode fra din besked, så det ikke gemmes. "
                + "Del aldrig den slags i en chat; det er ikke nødvendigt for at få hjælp.";
    }

    public String askSchool() {
        return "Hvilken skole går dit barn på? Så kan jeg give dig skolens egne oplysninger.";
    }

    public String schoolNoted(String schoolName) {
        return "Tak! Her er, hvad " + schoolName + " oplyser:";
    }

    public String staleButton() {
        return "Den knap hører til en ældre besked, som jeg ikke kan finde mere. Skriv dit spørgsmål igen.";
    }

    public String error() {
        return "Beklager, der gik noget galt hos mig. Prøv igen om et øjeblik.";
    }

    public String childFollowUp() {
        return "Til dit barn:";
    }

    public String nothingToGoBackTo() {
        return "Der er ikke noget tidligere svar at gå tilbage til. Skriv dit spørgsmål, eller vælg et emne:";
    }

    public String alsoAsked() {
        return "Du spurgte også om dette. Tryk for at se svaret:";
    }

    public String privacyNoticeAgain() {
        return "Jeg har igen fjernet et CPR-nummer eller en adgangskode fra din besked. Det bliver ikke gemt.";
    }

    public String nothingMore() {
        return "Jeg har desværre ikke flere forslag fra vejledningen. Det er skolen, der kan se jeres konti og løse "
                + "det: kontakt skolens kontor eller dit barns lærer. Skriv \"start forfra\", hvis du vil spørge om noget andet.";
    }

    public String acknowledged() {
        return "Hvad kan jeg hjælpe med? Skriv dit spørgsmål med dine egne ord, eller vælg et emne:";
    }

    public String present() {
        return "Ja, jeg er her. Hvad kan jeg hjælpe med?";
    }

    public String noHumanHere() {
        return "Jeg er en chatbot og kan ikke stille dig videre til et menneske. Det er skolen, der yder support på "
                + "Unilogin: kontakt skolens kontor eller dit barns lærer. Jeg hjælper gerne med vejledningen imens.";
    }

    public String stuckOnStep() {
        return "Lad os se på trinnet igen. Sidder I fast her, så tryk \"Det virkede ikke\", så finder vi en anden vej.";
    }

    public String letUsWalk() {
        return "Lad os tage det et trin ad gangen. Skriv \"næste\", når I er klar, eller \"det virkede ikke\", hvis I sidder fast.";
    }

    public String whatDoesNotWork() {
        return "Hvad er det, der ikke virker? Skriv fx, hvad der står på skærmen, eller hvor I prøver at logge ind. "
                + "Du kan også vælge et emne:";
    }
}
