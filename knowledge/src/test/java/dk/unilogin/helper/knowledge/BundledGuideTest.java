package dk.unilogin.helper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledGuideTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.loadBundled();
    private static final List<String> IDS = List.of("skift-adgangskode-barn", "foraelder-brugernavn",
            "foraelder-barns-brugernavn", "elev-brugernavn", "ingen-adgang", "hvor-logge-ind", "computer-login",
            "kontakt-skolen");

    @Test
    void carriesEveryPassageOfTheGuideInGuideOrderInBothLanguages() {
        for (Language language : Language.values()) {
            assertThat(KNOWLEDGE.passages(language)).extracting(Passage::id).containsExactlyElementsOf(IDS);
        }
    }

    @Test
    void passwordGuideHasFiveStepsWithTheKnownOrUnknownPasswordChoiceAtStepTwo() {
        Passage guide = KNOWLEDGE.passage("skift-adgangskode-barn", Language.DA).orElseThrow();

        assertThat(guide.title()).isEqualTo("Få en ny adgangskode til dit barns Unilogin");
        assertThat(guide.audience()).isEqualTo(Audience.FORAELDER);
        assertThat(guide.steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5);
        Step two = guide.steps().get(1);
        assertThat(two.text()).contains("'Få en ny adgangskode'");
        assertThat(two.choices()).extracting(Choice::label).containsExactly("a", "b");
        assertThat(two.choices().get(0).condition()).isEqualTo("Hvis I kender den nuværende adgangskode");
        assertThat(two.choices().get(0).instructions()).containsExactly(
                "I skal klikke på 'Skift adgangskode'.", "Indtast herefter den gamle adgangskode.");
        assertThat(two.choices().get(1).condition()).isEqualTo("Hvis I ikke kender den nuværende adgangskode");
        assertThat(two.choices().get(1).instructions()).contains("Log herefter ind med dit MitID (tidligere NemID).");
        assertThat(guide.steps().get(3).notes()).containsExactly("Bemærk: Den nye adgangskode er ikke en midlertidig "
                + "kode men derimod den kode, der fremadrettet skal bruges.");
        assertThat(guide.outcome()).isEqualTo("Dit barn har fået en ny adgangskode.");
        assertThat(guide.links()).containsExactly(new Link("mitunilogin.dk", "https://mitunilogin.dk"));
        assertThat(guide.related()).contains("foraelder-barns-brugernavn", "foraelder-brugernavn", "elev-brugernavn");
        assertThat(guide.examples()).hasSizeGreaterThan(10);
        assertThat(guide.source()).isEqualTo("da/skift-adgangskode-barn.md");
    }

    @Test
    void saysMitIdWhereTheGuideSaidNemIdAndFixesItsMisspellings() {
        for (Language language : Language.values()) {
            for (Passage passage : KNOWLEDGE.passages(language)) {
                String text = shownText(passage);
                assertThat(text).as(passage.source()).doesNotContainIgnoringCase("uniligin");
                String withoutFormerly = text.replace("MitID (tidligere NemID)", "").replace("MitID (formerly NemID)", "")
                        .replace("'Brug MitID' (tidligere NemID)", "").replace("(Use MitID, formerly NemID)", "");
                assertThat(withoutFormerly).as(passage.source()).doesNotContain("NemID");
            }
        }
        assertThat(shownText(KNOWLEDGE.passage("foraelder-brugernavn", Language.DA).orElseThrow()))
                .contains("Du skal bruge dit MitID (tidligere NemID), når du aktiverer dit Unilogin første gang");
    }

    @Test
    void linksAreAbsoluteAndGuideInternalLinksBecomeRelatedPassages() {
        for (Passage passage : KNOWLEDGE.passages(Language.DA)) {
            assertThat(passage.links()).allSatisfy(link -> assertThat(link.url()).startsWith("https://"));
            assertThat(passage.related()).allSatisfy(id -> assertThat(IDS).contains(id));
        }
        Passage noAccess = KNOWLEDGE.passage("ingen-adgang", Language.DA).orElseThrow();
        assertThat(noAccess.steps().get(0).text())
                .contains("kan du finde hjælp ved at følge denne vejledning.")
                .doesNotContain("](#");
        assertThat(noAccess.related()).contains("skift-adgangskode-barn", "foraelder-barns-brugernavn");
        assertThat(KNOWLEDGE.passage("kontakt-skolen", Language.DA).orElseThrow().links())
                .containsExactly(new Link("unilogin.dk", "https://unilogin.dk"));
    }

    @Test
    void pupilGuideKeepsItsIntroListAndTheParentNoteAfterTheSteps() {
        Passage pupil = KNOWLEDGE.passage("elev-brugernavn", Language.DA).orElseThrow();
        assertThat(pupil.audience()).isEqualTo(Audience.ELEV);
        assertThat(pupil.intro()).hasSize(1);
        assertThat(pupil.intro().get(0)).startsWith("- Din skole skal udlevere").contains("\n- Hvis du er over 15 år");
        assertThat(pupil.steps()).hasSize(7);
        assertThat(pupil.notes()).containsExactly(
                "Dine forældre kan også hjælpe dig ved at følge vejledningen Sådan finder du dit barns Unilogin.");
    }

    @Test
    void adviceOnlyPassagesHaveNoSteps() {
        assertThat(KNOWLEDGE.passage("hvor-logge-ind", Language.DA).orElseThrow().steps()).isEmpty();
        assertThat(KNOWLEDGE.passage("computer-login", Language.DA).orElseThrow().intro()).singleElement()
                .asString().contains("Det er kun skolen, som kan hjælpe jer videre");
    }

    @Test
    void englishVersionsCarryTheSameStructureWithEnglishExamples() {
        for (String id : IDS) {
            Passage da = KNOWLEDGE.passage(id, Language.DA).orElseThrow();
            Passage en = KNOWLEDGE.passage(id, Language.EN).orElseThrow();
            assertThat(en.language()).isEqualTo(Language.EN);
            assertThat(en.steps()).hasSameSizeAs(da.steps());
            assertThat(en.audience()).isEqualTo(da.audience());
            assertThat(en.related()).containsExactlyInAnyOrderElementsOf(da.related());
            assertThat(en.links()).extracting(Link::url).containsExactlyElementsOf(da.links().stream().map(Link::url).toList());
            assertThat(en.examples()).isNotEmpty();
        }
        Passage en = KNOWLEDGE.passage("skift-adgangskode-barn", Language.EN).orElseThrow();
        assertThat(en.steps().get(1).choices()).hasSize(2);
        assertThat(en.steps().get(3).notes()).singleElement().asString().startsWith("Note: The new password is not a temporary");
    }

    private static String shownText(Passage passage) {
        StringBuilder text = new StringBuilder(passage.title()).append('\n');
        passage.intro().forEach(t -> text.append(t).append('\n'));
        for (Step step : passage.steps()) {
            text.append(step.text()).append('\n');
            step.notes().forEach(n -> text.append(n).append('\n'));
            for (Choice choice : step.choices()) {
                text.append(choice.condition()).append('\n');
                choice.instructions().forEach(n -> text.append(n).append('\n'));
            }
        }
        passage.notes().forEach(t -> text.append(t).append('\n'));
        return text.append(passage.outcome()).toString();
    }
}
