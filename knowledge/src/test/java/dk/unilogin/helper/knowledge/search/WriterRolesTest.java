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
    void aNeighbourLookingAfterAChildWritesAboutTheChild() {
        Writer neighbour = ROLES.of("jeg er nabo og hjælper Emma fra 3. klasse med lektier, hun har glemt sin kode");
        assertThat(neighbour.role()).isEqualTo(Writer.Role.PARENT);
        assertThat(neighbour.aboutChild()).isTrue();
    }
}
