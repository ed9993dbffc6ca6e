package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingSpacesTest {

    @Test
    void aFullStopTypedWithoutItsSpaceGetsItBack() {
        assertThat(MissingSpaces.restored("min pige logger på.hvad er galt"))
                .isEqualTo("min pige logger på. hvad er galt");
        assertThat(MissingSpaces.restored("Han har glemt koden.Vi har MitID.Hvad gør vi?"))
                .isEqualTo("Han har glemt koden. Vi har MitID. Hvad gør vi?");
    }

    @Test
    void webAndMailAddressesAndAbbreviationsKeepTheirFullStops() {
        for (String kept : new String[] {"gå ind på mitunilogin.dk.", "skriv til kontor@skolen.dk", "se www.skolen.com",
                "på unilogin.dk/forside", "f.eks. Teams", "bl.a. Aula", "i 3.b og 4.a", "kl.8"}) {
            assertThat(MissingSpaces.restored(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void aTextWithoutAGluedFullStopIsReturnedAsItIs() {
        String text = "Min søn har glemt sin kode. Hvad gør vi?";
        assertThat(MissingSpaces.restored(text)).isSameAs(text);
    }
}
