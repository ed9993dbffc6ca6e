package dk.unilogin.helper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The passage-roles file: the writers each passage is for, and a role it suits only without a word or on a condition. */
class PassageRolesTest {
    private static final List<String> IDS = List.of("skift-adgangskode-barn", "elev-brugernavn");

    @Test
    void aRoleWithUnlessSuitsOnlyWithoutItsWord() {
        PassageRoles roles = PassageRoles.parse("roles", "skift-adgangskode-barn: parent-child, pupil unless brugernavn\n"
                + "elev-brugernavn: pupil\n", IDS, true);

        assertThat(roles.suits("skift-adgangskode-barn", "parent-child")).isTrue();
        assertThat(roles.suits("skift-adgangskode-barn", "pupil")).as("only when the word is absent").isFalse();
        assertThat(roles.suitsUnless("skift-adgangskode-barn", "pupil")).isEqualTo("brugernavn");
        assertThat(roles.suitsUnless("skift-adgangskode-barn", "parent-child")).isNull();
        assertThat(roles.suitsUnless("elev-brugernavn", "pupil")).isNull();
    }

    @Test
    void aBadRoleOrUnlessIsABrokenFileNamedByLine() {
        assertThatThrownBy(() -> PassageRoles.parse("roles", "elev-brugernavn: pupil\nskift-adgangskode-barn: pupl unless kode\n",
                IDS, true)).isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("roles:2").hasMessageContaining("pupl");
        assertThatThrownBy(() -> PassageRoles.parse("roles", "skift-adgangskode-barn: pupil unless to ord\n", IDS, true))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("roles:1").hasMessageContaining("one word");
    }

    @Test
    void aRoleWithIfSuitsOnlyOnOneOfItsConditionsOrWords() {
        PassageRoles roles = PassageRoles.parse("roles", "elev-brugernavn: pupil, parent-child if of-age, parent-child if hvem+udlever\n",
                IDS, true);

        assertThat(roles.suits("elev-brugernavn", "parent-child")).as("only on a condition").isFalse();
        assertThat(roles.suitsIf("elev-brugernavn", "parent-child")).containsExactlyInAnyOrder("of-age", "hvem+udlever");
        assertThat(roles.suitsIf("elev-brugernavn", "pupil")).isEmpty();
        assertThat(roles.conditionWords()).as("the words of the message, each part by itself").containsExactlyInAnyOrder("hvem", "udlever");
        assertThat(PassageRoles.parse("roles", "elev-brugernavn: pupil if forældre+finde+!of-age\n", IDS, true).conditionWords())
                .as("a part that must not hold is read without its mark, a condition not at all").containsExactlyInAnyOrder("forældre", "finde");
        assertThatThrownBy(() -> PassageRoles.parse("roles", "elev-brugernavn: parent-child if to ord\n", IDS, true))
                .isInstanceOf(KnowledgeFormatException.class).hasMessageContaining("roles:1").hasMessageContaining("one word");
    }

    @Test
    void aRoleUnlessAConditionIsWrittenForThatWriterUntilTheConditionHolds() {
        PassageRoles roles = PassageRoles.parse("roles", "skift-adgangskode-barn: parent-child unless own-mitid\n", IDS, true);

        assertThat(roles.suits("skift-adgangskode-barn", "parent-child")).as("listed for the writer").isTrue();
        assertThat(roles.suitsUnless("skift-adgangskode-barn", "parent-child")).isEqualTo("own-mitid");
        assertThat(roles.conditionWords()).as("a condition is no word of the message").doesNotContain("own-mitid");
    }
}
