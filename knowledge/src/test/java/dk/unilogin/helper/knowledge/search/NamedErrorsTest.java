package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading whether a message quotes one of the guide's errors ({@code matching/named-errors.txt}). */
class NamedErrorsTest {
    private static final List<String> IDS = List.of("ingen-adgang", "computer-login");
    private static final NamedErrors BUNDLED = NamedErrors.parse(NamedErrors.BUNDLED,
            MatchingLists.resource(NamedErrors.BUNDLED), IDS, true);

    @Test
    void theErrorIsFoundAsPeopleQuoteItInAnyCaseOrSpelling() {
        assertThat(named(BUNDLED, "Der står 'INGEN ADGANG' med røde bogstaver")).containsExactly("ingen-adgang");
        assertThat(named(BUNDLED, "den siger bare adgang naegtet")).containsExactly("ingen-adgang");
        assertThat(named(BUNDLED, "Du har ikke adgang til denne tjeneste.")).containsExactly("ingen-adgang");
        assertThat(named(BUNDLED, "it just says access denied")).containsExactly("ingen-adgang");
    }

    @Test
    void wordsThatOnlyLookAlikeNameNoError() {
        assertThat(named(BUNDLED, "Hun har ingen adgangskode endnu")).isEmpty();
        assertThat(named(BUNDLED, "Min søn har glemt sin kode")).isEmpty();
    }

    @Test
    void aLoginWithAnotherSystemsKeyNamesThatSystemsError() {
        assertThat(named(BUNDLED, "Jeg kan ikke komme ind i min netbank med MitID, der står ingen adgang")).isEmpty();
    }

    @Test
    void aWildcardStandsForOneWordAndAPhraseMustStartWithAWord() {
        NamedErrors errors = NamedErrors.parse("test", "computer-login: skærmen siger *\n", IDS, true);
        assertThat(named(errors, "skærmen siger nej")).containsExactly("computer-login");
        assertThat(named(errors, "skærmen siger")).isEmpty();

        assertThatThrownBy(() -> NamedErrors.parse("test", "computer-login: * nej\n", IDS, true))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("test:1:");
        assertThatThrownBy(() -> NamedErrors.parse("test", "# errors\nno-such-passage: ingen adgang\n", IDS, true))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("test:2:");
        assertThat(named(NamedErrors.parse("test", "no-such-passage: ingen adgang\n", IDS, false), "ingen adgang")).isEmpty();
    }

    private static Set<String> named(NamedErrors errors, String message) {
        return errors.namedIn(UniloginWorks.wordsOf(message));
    }
}
