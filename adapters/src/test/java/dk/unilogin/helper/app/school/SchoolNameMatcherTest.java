package dk.unilogin.helper.app.school;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.school.SchoolProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchoolNameMatcherTest {

    private static SchoolEntry school(String id, String name, String... aliases) {
        return new SchoolEntry(new SchoolProfile(id, name, null, null, null, null, null), List.of(aliases), id + ".yml");
    }

    private final SchoolNameMatcher matcher = new SchoolNameMatcher(List.of(
            school("vestskolen", "Vestskolen"),
            school("oestervang", "Østervangskolen"),
            school("aabyhoej-friskole", "Åbyhøj Friskole"),
            school("rosenlund", "Rosenlund Skole", "Rosenlundskolen")));

    private Optional<String> idFor(String text) {
        return matcher.match(text).map(SchoolProfile::id);
    }

    @Test
    void findsTheExactName() {
        assertThat(idFor("Vestskolen")).contains("vestskolen");
    }

    @Test
    void ignoresCaseAndSplitWordsAndTheTownAfter() {
        assertThat(idFor("vest skolen i odense")).contains("vestskolen");
        assertThat(idFor("VESTSKOLEN")).contains("vestskolen");
    }

    @Test
    void toleratesMissingOrExtraSchoolWord() {
        assertThat(idFor("han går på Vestskole")).contains("vestskolen");
        assertThat(idFor("Rosenlund")).contains("rosenlund");
        assertThat(idFor("rosenlundskolen")).contains("rosenlund");
    }

    @Test
    void readsAaOeAeAsDanishLetters() {
        assertThat(idFor("Oestervangskolen")).contains("oestervang");
        assertThat(idFor("aabyhoj friskole")).contains("aabyhoej-friskole");
        assertThat(idFor("Åbyhøj friskole")).contains("aabyhoej-friskole");
    }

    @Test
    void toleratesATypoOrASwappedPair() {
        assertThat(idFor("Vestskollen")).contains("vestskolen");
        assertThat(idFor("Østrevangskolen")).contains("oestervang");
    }

    @Test
    void findsASchoolByItsId() {
        assertThat(idFor("aabyhoej-friskole")).contains("aabyhoej-friskole");
    }

    @Test
    void findsNothingForOtherSchoolsOrPlainWords() {
        assertThat(idFor("Nordskolen")).isEmpty();
        assertThat(idFor("min søn går i skole")).isEmpty();
        assertThat(idFor("test")).isEmpty();
        assertThat(idFor("")).isEmpty();
        assertThat(idFor(null)).isEmpty();
    }
}
