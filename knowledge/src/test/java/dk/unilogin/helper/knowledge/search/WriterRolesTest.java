package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who writes a message ({@code matching/writer-roles.txt}). */
class WriterRolesTest {
    private static final WriterRoles ROLES = WriterRoles.bundled();

    @Test
    void aDeviceOfTheWritersOwnIsNoLoginOfTheirOwn() {
        Writer writer = ROLES.of("Det er mor til Ellen i 2.a. Chromebooken godtager ikke hendes Unilogin, selvom det virker "
                + "fint fra min egen computer.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.aboutChild()).isTrue();
        assertThat(writer.own()).isFalse();
        assertThat(ROLES.of("Jeg er mor til Ellen og har glemt mit eget brugernavn.").own()).isTrue();
    }

    @Test
    void theSchoolAskingTheParentsForTheirOwnLoginCountsInAQuotationOtherWordsQuotedDoNot() {
        Writer quotedSchool = ROLES.of("I dag kom der en Aula-besked: 'Kære forældre, I skal aktivere jeres personlige Unilogin "
                + "inden 1. oktober.' Hvordan gør jeg? Min datter Agnes går i 1. klasse.");
        assertThat(quotedSchool.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(quotedSchool.own()).isTrue();
        assertThat(quotedSchool.aboutChild()).isFalse();
        Writer quotedScreen = ROLES.of("Der står 'mit eget brugernavn' på skærmen. Min datter Agnes går i 1. klasse.");
        assertThat(quotedScreen.own()).isFalse();
        assertThat(quotedScreen.aboutChild()).isTrue();
    }

    @Test
    void aParentToldParentsMustActivateTheirOwnAsksAboutTheirOwn() {
        Writer writer = ROLES.of("Jeg har hørt, at man som forælder selv skal aktivere sit Unilogin første gang. Min søns lærer "
                + "går ud fra, at jeg allerede har et.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.own()).isTrue();
        assertThat(ROLES.of("Min søns lærer siger, han selv skal aktivere sit Unilogin.").own()).isFalse();
    }

    @Test
    void aPupilWhoseParentHasMitIdOrActsAsAParentIsThePupilsCase() {
        Writer spokenOf = ROLES.of("Jeg er 15 år og går i 9. klasse. Jeg har glemt min adgangskode. Min far siger, at han som "
                + "forælder kan give mig en ny.");
        assertThat(spokenOf.role()).as("the father spoken of as a parent is not the writer").isNotEqualTo(Writer.Role.PARENT);
        Writer parentHas = ROLES.of("jeg er 14 og har glemt mit brugernavn. jeg har ik MitID selv men det har min far.");
        assertThat(parentHas.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(parentHas.aboutChild()).as("the parent's way for the child").isTrue();
        Writer pronounForTheParent = ROLES.of("glemt min kode igen mor har mitid kan hun lave en ny til mig?? hvordan");
        assertThat(pronounForTheParent.role()).as("'hun' is the mother named").isEqualTo(Writer.Role.PARENT);
        assertThat(pronounForTheParent.aboutChild()).isTrue();
    }

    @Test
    void aParentNamedAsAChildNamesThemOnAPhoneIsAPupilWriting() {
        assertThat(ROLES.of("går i 4 kl glemt mit brugernavn mor er ik hjemme").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("jeg har glemt mit brugernavn").role()).as("no one named").isNotEqualTo(Writer.Role.PUPIL);
    }

    @Test
    void aMessageOpeningWithAnAgeIsTheWritersOwnAge() {
        assertThat(ROLES.of("Er 16 og går i 10. klasse. Vil gerne finde mit eget Unilogin-brugernavn.").role())
                .isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Min søn er 16 og går i 10. klasse. Han har glemt sit brugernavn.").role())
                .as("another's age").isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void aChildWritingWithARelativesHandIsThePupilAndAGrandparentWritingIsNot() {
        assertThat(ROLES.of("hej jeg er Karla og jeg er 9 år. jeg har ikke noget brugernavn. farmor hjælper med at skrive").role())
                .isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg er farmor til Karla på 9, og hun har ikke noget brugernavn.").role()).isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void theChildsCodeSetAgainstTheWritersOwnInPhoneSpellingIsTheChilds() {
        assertThat(ROLES.of("glemt kode.. nej vent det er min datters kode ik min egen").own()).isFalse();
        assertThat(ROLES.of("glemt min egen kode, ik min datters").own()).isTrue();
    }

    @Test
    void theWritersOwnLoginSaidToWorkIsNotTheLoginAskedAbout() {
        Writer writer = ROLES.of("Jeg er far til Clara i 3.c. Alle mine egne logins virker, men hun har glemt sit brugernavn.");
        assertThat(writer.aboutChild()).isTrue();
        assertThat(writer.own()).isFalse();
        assertThat(ROLES.of("Mit eget unilogin virker ikke, og jeg har glemt mit brugernavn.").own()).isTrue();
    }

    @Test
    void aYoungerSiblingIsTheChildUnlessAPupilSpeaksOfTheirOwnLogin() {
        Writer sibling = ROLES.of("min lillebror har glemt sin kode");
        assertThat(sibling.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(sibling.aboutChild()).isTrue();
        Writer pupil = ROLES.of("jeg er 16 og kender ikke mit brugernavn, og min lillebror har glemt sin kode");
        assertThat(pupil.role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(pupil.own()).isTrue();
    }

    @Test
    void aPupilSigningInWithTheirNameAndClassBesideHerIsThePupil() {
        assertThat(ROLES.of("Oliver 7.c her. Jeg har glemt mit brugernavn.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Elias her fra 7.b. Jeg har glemt mit brugernavn.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Mor her, 7.b har haft en lang dag. Jeg har glemt mit brugernavn.").role())
                .as("no first name").isNotEqualTo(Writer.Role.PUPIL);
    }

    @Test
    void aNeighbourLookingAfterAChildWritesAboutTheChild() {
        Writer neighbour = ROLES.of("jeg er nabo og hjælper Emma fra 3. klasse med lektier, hun har glemt sin kode");
        assertThat(neighbour.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(neighbour.aboutChild()).isTrue();
    }

    @Test
    void aParentWhoNamesAClassWritesAboutAChildInIt() {
        Writer writer = ROLES.of("hej mor her. nanna 3kl kan ik huske koden. kan jeg nulstille den");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.aboutChild()).isTrue();
        assertThat(ROLES.of("Far her, forælder i 2.b. Jeg har glemt mit eget brugernavn.").aboutChild()).isFalse();
        assertThat(ROLES.of("mor her. jeg kan ikke huske koden").aboutChild()).isFalse();
    }

    @Test
    void aParentWhoNamesSomeoneWhoCannotWritesAboutAChild() {
        assertThat(ROLES.of("hej far her. oscar kan ik huske adgangskode og skal på gyldendal nu").aboutChild()).isTrue();
        assertThat(ROLES.of("Jeg er far og har glemt brugernavnet. Mvh Oscar").aboutChild()).as("a name signed").isFalse();
    }

    @Test
    void aParentWhoAlsoHasAUniloginSpeaksOfTheirOwn() {
        Writer writer = ROLES.of("Jeg prøvede at hjælpe min søn og fandt ud af at jeg som forælder også har et Unilogin.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.own()).isTrue();
    }

    @Test
    void aPupilAskingTheirMotherForHelpIsNoMotherWriting() {
        Writer writer = ROLES.of("Jeg har glemt min kode, og min lærer siger jeg skal få min mor til at hjælpe mig.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg er mor til Freja og hun har glemt sin kode.").role()).isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void aPupilWritingForAParentAsksAboutTheParentsOwnLogin() {
        Writer writer = ROLES.of("Min far spørger: han har glemt sit eget brugernavn til Unilogin. Jeg går i 6.b.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.own()).isTrue();
        assertThat(writer.aboutChild()).isFalse();
        Writer ownToo = ROLES.of("Min far kan logge ind med sit eget unilogin, men jeg har ikke fået mit eget brugernavn.");
        assertThat(ownToo.role()).as("a pupil speaking of their own login").isEqualTo(Writer.Role.PUPIL);
        Writer mitid = ROLES.of("Jeg går i 4.b og har glemt min kode. Min mor har sit eget MitID.");
        assertThat(mitid.role()).as("the parent's MitID is what they log in with").isEqualTo(Writer.Role.PUPIL);
    }

    @Test
    void aPupilWhoseParentDoesItWithTheParentsMitIdIsAChildsCase() {
        Writer writer = ROLES.of("Jeg går i 6. klasse og kan ikke huske mit brugernavn. Min mor vil finde det med hendes MitID.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.aboutChild()).isTrue();
        assertThat(ROLES.of("glemt min kode mor har mitid hvad gør vi").aboutChild()).isTrue();
        assertThat(ROLES.of("Jeg går i 9. klasse, er 16 og har selv MitID. Jeg har glemt mit brugernavn.").role())
                .isEqualTo(Writer.Role.PUPIL);
    }

    @Test
    void aPupilWhoNamesTheirOwnGrandparentOrAuntIsStillThePupil() {
        assertThat(ROLES.of("Jeg er 13 og går i 7. klasse. Min farmor hjælper mig, men jeg har glemt mit brugernavn.").role())
                .isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg er farmor til Ida, og hun har glemt sit brugernavn.").role())
                .as("a grandparent writing").isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void oneWhoWritesForAParentAboutThatParentsOwnLoginWritesAsThatParent() {
        Writer writer = ROLES.of("Jeg er bostøtte for en mor med tre børn på skolen. Hun har glemt sit eget brugernavn til Unilogin.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.own()).isTrue();
        assertThat(writer.aboutChild()).isFalse();
        assertThat(ROLES.of("En mor ringede i dag: hendes søn har glemt sin kode til Unilogin.").aboutChild())
                .as("a parent who asks about a child's login").isTrue();
    }

    @Test
    void aParentWhoNeverHadALoginOrAsksWhatTheyAreCalledInItSpeaksOfTheirOwn() {
        assertThat(ROLES.of("Jeg er far til Wilma i 1.a og har aldrig haft et Unilogin selv.").own()).isTrue();
        assertThat(ROLES.of("Bedstefar her. Hvor kan jeg se, hvad jeg selv hedder derinde?").own()).isTrue();
        assertThat(ROLES.of("Mig mor til Yusuf. Hvordan jeg får mit egen Unilogin brugernavn?").own())
                .as("the gender of the word missed").isTrue();
        assertThat(ROLES.of("Jeg er far til Wilma i 1.a, og hun har glemt sit Unilogin.").own()).isFalse();
    }

    @Test
    void aPupilNewInTheClassOrWhoIntroducesThemselvesAsGoingToSchoolWritesAboutTheirOwnLogin() {
        assertThat(ROLES.of("hej jeg er ny i 5.b og har ikke fået noget brugernavn endnu").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg er ny i klassen og kan ikke logge ind, hvor får jeg mit login?").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej, jeg hedder Nora og går i 4.a. Jeg har glemt mit brugernavn.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg hedder Hanne. Min datter hedder Wilma og går i 4.b, og hun har glemt sit brugernavn.").role())
                .as("a parent who introduces herself and a child who goes to school").isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void theWritersOwnLoginShownInsteadOfTheChildsOrTheirOwnChildIsNoLoginOfTheirOwn() {
        assertThat(ROLES.of("Jeg prøver at finde min datters brugernavn, men der står kun mit eget.").own()).isFalse();
        assertThat(ROLES.of("Min bonussøn Malthe og min egen datter Ella går på samme skole. Malthe har glemt sin kode.").own())
                .isFalse();
        assertThat(ROLES.of("Jeg har glemt mit eget brugernavn som forælder.").own()).isTrue();
    }

    @Test
    void oneWhoGivesTheirOwnNameAndAPupilsAgeIsAPupil() {
        assertThat(ROLES.of("Hej, jeg er Yasmin, 16 år, 10.A. Jeg har glemt mit brugernavn.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("heey, jeg hedder Nour (15 år, 9.c) og har glemt mit brugernavn").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Selma her, 16 år, 9.b. Har glemt mit brugernavn til unilogin.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hi, I'm Priya, 16, in 10. klasse, and I lost my username.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hejsa, Freja her (12). Jeg har glemt mit brugernavn.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej! Jeg hedder Oskar (16). Jeg har hentet mit brugernavn med MitID.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej, jeg er Noah på 16 og har glemt mit brugernavn.").role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg (Ida, 12) skal ind på Skoletube, men ved ikke mit brugernavn. Far prøver at hjælpe.").role())
                .isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg (Lise, 42) kan ikke huske mit eget brugernavn.").role()).as("an adult's age after 'jeg'")
                .isNotEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej, jeg er Lise på 42, og mit eget brugernavn er væk.").role()).as("an adult's age after 'på'")
                .isNotEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej, jeg hedder Lise (42). Mit eget brugernavn er væk.").role()).as("an adult's age in brackets")
                .isNotEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej, Mette her. Min søn på 12 har glemt sin kode.").role()).as("a parent who signs in with 'her'")
                .isEqualTo(Writer.Role.PARENT);
        assertThat(ROLES.of("Hej, jeg er Lise, 42 år. Mit eget brugernavn er væk.").role()).as("an adult's age")
                .isNotEqualTo(Writer.Role.PUPIL);
        Writer parent = ROLES.of("Hej, det er Karen. Emma, 9 år, har glemt sin kode.");
        assertThat(parent.role()).as("a child named with an age by another").isNotEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Hej. Det er Emma, 9 år, der har glemt sin kode.").role()).as("a child pointed out")
                .isNotEqualTo(Writer.Role.PUPIL);
    }

    @Test
    void aParentsLoginByNameIsTheWritersOwnAsAParent() {
        Writer writer = ROLES.of("Jeg skal bruge mit forældre-Unilogin til en afstemning og kan ikke huske brugernavnet.");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.own()).isTrue();
        Writer withChildren = ROLES.of("Vi har tre børn, og skemaet skal udfyldes med forældrenes Unilogin. Jeg har glemt mit.");
        assertThat(withChildren.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(withChildren.aboutChild()).isFalse();
    }

    @Test
    void aChildsThingsNamedWithoutAPossessiveOnAPhoneAreAChilds() {
        Writer writer = ROLES.of("mor her, ka ik finde datters brugernavn nogen steder");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.aboutChild()).isTrue();
    }

    @Test
    void aParentWhoHasMitIdNamedByOneWhoSaysNoMoreOfThemselvesDoesItForTheChild() {
        Writer writer = ROLES.of("glemt pw til unilogin igen, mor har mitid hva gør vi");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.aboutChild()).isTrue();
    }

    @Test
    void aPupilWhoseParentFindsItWithTheParentsOwnMitIdWritesAChildsCase() {
        Writer writer = ROLES.of("hej jeg går i 5.b og har glemt mit brugernavn. kan min far finde det med sit mitid?");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(writer.aboutChild()).isTrue();
    }

    @Test
    void theSchoolOfficeWritesAsStaffAndAPupilGivesTheirNameAndClass() {
        assertThat(ROLES.of("Kontoret her. En elev i 5. klasse spørger, hvordan han får sit brugernavn.").role())
                .isEqualTo(Writer.Role.STAFF);
        assertThat(ROLES.of("hej det er Sofie 6.b, min mor siger hun kan finde mit brugernavn med sit mitid").aboutChild())
                .as("a pupil named with a class, whose mother does it").isTrue();
        assertThat(ROLES.of("Hej, det er Sofies mor. Hun går i 6.b.").role()).isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void aCoTeacherTheOfficeAndAHomeworkClubVolunteerWriteAsStaff() {
        assertThat(ROLES.of("Jeg er tolærer i 8.c. Hendes forældre bor i udlandet, og hun mangler sit brugernavn.").role())
                .isEqualTo(Writer.Role.STAFF);
        assertThat(ROLES.of("Sekretariatet her. Hans far står ved skranken og kender ikke drengens brugernavn.").role())
                .isEqualTo(Writer.Role.STAFF);
        assertThat(ROLES.of("Hej, frivillig i lektiecaféen her. En dreng i 4. klasse har aldrig fået et login.").role())
                .isEqualTo(Writer.Role.STAFF);
    }

    @Test
    void theNamesWrittenApartOrWithAHyphenAreReadAsOneWord() {
        assertThat(ROLES.of("Jeg er mor til Theo. Skolen skriver, at vi skal aktivere vores eget Uni-login.").own()).isTrue();
        assertThat(ROLES.of("Jeg er far til Ida. Vi skal aktivere vores eget uni login inden fredag.").own()).isTrue();
        assertThat(ROLES.of("Min søn skriver koden på mit unilogin.dk, men den er forkert.").own())
                .as("the site's address written apart is no login of one's own").isFalse();
    }

    @Test
    void aPupilWhoseParentNamedDoesItForThePupilIsAChildsCase() {
        Writer helped = ROLES.of("Hej, jeg går i 8.c og har glemt mit brugernavn. Min mor vil gerne slå det op for mig. Hvordan?");
        assertThat(helped.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(helped.aboutChild()).isTrue();
        assertThat(ROLES.of("Jeg går i 7.a. Min far er hjemme om lidt. Hvad skal han klikke på for at se mit brugernavn?")
                .aboutChild()).as("in the sentence after the one that names the parent").isTrue();
        assertThat(ROLES.of("Jeg går i 9. klasse og har MitID. Min mor er på arbejde. Kan jeg selv finde mit brugernavn?").role())
                .as("a parent named who does nothing").isEqualTo(Writer.Role.PUPIL);
    }

    @Test
    void aLoginOfOnesOwnNamedAsTheWayToFindAChildsIsTheMeans() {
        Writer writer = ROLES.of("My son forgot his username. How can I find it for him using my own login?");
        assertThat(writer.own()).isFalse();
        assertThat(writer.aboutChild()).isTrue();
        assertThat(ROLES.of("Min datter mangler sit brugernavn. Kan jeg se det via mit eget login?").aboutChild()).isTrue();
    }

    @Test
    void aPupilStayingWithAGrandparentIsThePupilWriting() {
        assertThat(ROLES.of("jeg er 15 og har glemt mit brugernavn. bor hos farmor lige nu, kan jeg selv finde det med mitid")
                .role()).isEqualTo(Writer.Role.PUPIL);
        assertThat(ROLES.of("Jeg er farmor til Ida og har hende boende. Hun har glemt sin kode.").role())
                .isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void aYoungWriterWithASiblingAsksForTheParentsOwnLogin() {
        Writer stepfather = ROLES.of("Min papfar vil gerne have sit eget Unilogin, så han kan hjælpe min lillebror med lektierne. "
                + "Jeg er 22.");
        assertThat(stepfather.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(stepfather.own()).isTrue();
        assertThat(stepfather.aboutChild()).isFalse();
        Writer father = ROLES.of("Far har glemt sit eget brugernavn, ikke min lillesøsters. Jeg er 16 og hjælper ham.");
        assertThat(father.own()).isTrue();
        assertThat(father.aboutChild()).isFalse();
        assertThat(ROLES.of("Min lillebror har glemt sin kode, og min mor har MitID. Jeg er 15.").aboutChild())
                .as("the sibling's own login").isTrue();
    }

    @Test
    void aParentToldTheyShouldHaveALoginAsksAboutTheirOwnThoughTheySignAsAChildsParent() {
        Writer writer = ROLES.of("Som forælder skulle jeg åbenbart have et Unilogin, men jeg har hverken brugernavn eller kode. "
                + "Hilsen Kim (far til Oskar, 5. klasse)");
        assertThat(writer.own()).isTrue();
        assertThat(writer.aboutChild()).isFalse();
    }

    @Test
    void aStepMotherToActivateALoginHerselfAsksAboutHerOwn() {
        Writer writer = ROLES.of("Jeg er bonusmor til Liva i 7.a og skal for første gang bruge et unilogin selv. Skal jeg aktivere "
                + "det selv eller får jeg det af skolen?");
        assertThat(writer.own()).isTrue();
        assertThat(writer.aboutChild()).isFalse();
    }

    @Test
    void oneWritingAmongTheParentsIsAParent() {
        Writer writer = ROLES.of("Klasselæreren skriver, at vi forældre skal logge ind med vores eget login. Hvor finder jeg det?");
        assertThat(writer.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(ROLES.of("Asta fra 1.x kan ikke huske sin kode, og vi forældre kan selv skifte den.").role())
                .isEqualTo(Writer.Role.PARENT);
    }

    @Test
    void aChildsLoginFoundForTheChildWithOnesOwnIsTheChilds() {
        Writer writer = ROLES.of("Aksel, vores søn, er 15. Kan jeg ikke bare finde hans brugernavn for ham med mit eget?");
        assertThat(writer.own()).isFalse();
        assertThat(writer.aboutChild()).isTrue();
    }

    @Test
    void oneWhoTurnedAnAgeIsAPupilAndOneAskingWhichLoginTheyHaveAsksAboutTheirOwn() {
        assertThat(ROLES.of("Jeg fyldte 16 i december og har lige fået MitID. Kan jeg selv hente mit brugernavn?").role())
                .isEqualTo(Writer.Role.PUPIL);
        Writer grandmother = ROLES.of("Jeg er farmor til Anton i 6. klasse og vil gerne kunne logge ind som hans kontaktperson. "
                + "Jeg ved ikke, hvilket Unilogin jeg selv har.");
        assertThat(grandmother.own()).isTrue();
    }

    @Test
    void oneOwnLoginOnlySupposedIsNotAskedAbout() {
        Writer writer = ROLES.of("Ingen i huset kan finde Mikkels brugernavn. Hvis det var mit eget, vidste jeg hvad jeg skulle gøre, "
                + "men det er jo hans. Kan man som forælder få vist sit barns brugernavn?");
        assertThat(writer.own()).isFalse();
        assertThat(ROLES.of("Jeg var i tvivl om det var min egen konto eller min datters, men min egen virker fint. Hvordan finder "
                + "jeg hendes brugernavn?").own()).as("one's own said to work").isFalse();
    }
}
