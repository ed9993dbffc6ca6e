package dk.unilogin.helper.app.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.unilogin.helper.bot.school.SchoolProfile;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SchoolFileParserTest {

    private static SchoolEntry parse(String yaml) {
        return SchoolFileParser.parse("vestskolen.yml", new StringReader(yaml));
    }

    private static void assertRejected(String yaml, int line, String problem) {
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOfSatisfying(SchoolFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo("vestskolen.yml");
                    assertThat(e.line()).isEqualTo(line);
                })
                .hasMessageStartingWith("vestskolen.yml:" + line + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void readsAFullProfile() {
        SchoolEntry entry = parse("""
                id: vestskolen
                name: Vestskolen
                aliases: [Vest Skolen Odense]
                contact:
                  phone: 66112233
                  email: kontor@vestskolen.dk
                  web: https://vestskolen.dk
                  office-hours: "8-15"
                services:
                  - name: Aula
                    login-url: https://www.aula.dk
                computer-login: Log ind med Unilogin.
                allowed-origins: [https://vestskolen.dk]
                widget-colors:
                  primary: "#123456"
                """);
        SchoolProfile school = entry.profile();
        assertThat(school.id()).isEqualTo("vestskolen");
        assertThat(school.contact().phone()).isEqualTo("66112233");
        assertThat(school.services()).singleElement().satisfies(s -> assertThat(s.loginUrl()).isEqualTo("https://www.aula.dk"));
        assertThat(school.allowedOrigins()).containsExactly("https://vestskolen.dk");
        assertThat(school.widgetColors()).containsEntry("primary", "#123456");
        assertThat(entry.aliases()).containsExactly("Vest Skolen Odense");
    }

    @Test
    void aDirectLineSecretIsKeptOnlyAsItsHashAndFindsItsSchool() {
        String hash = "b".repeat(63) + "F";
        SchoolEntry entry = parse("id: vestskolen\nname: Vestskolen\ndirect-line-secret-sha256: \"" + hash + "\"\n");

        assertThat(entry.directLineSecretSha256()).isEqualTo(hash.toLowerCase());
        SchoolSet set = new SchoolSet(java.util.List.of(entry));
        assertThat(set.byDirectLineSecretHash(hash.toLowerCase())).map(SchoolProfile::id).contains("vestskolen");
        assertThat(set.byDirectLineSecretHash("c".repeat(64))).isEmpty();
    }

    @Test
    void aDirectLineSecretWrittenInPlainIsRejected() {
        assertRejected("id: vestskolen\nname: Vestskolen\ndirect-line-secret-sha256: hemmelig123\n", 3,
                "must be the 64 hex digits of the secret's SHA-256");
    }

    @Test
    void twoSchoolsWithTheSameDirectLineSecretAreRejected() {
        String same = "direct-line-secret-sha256: \"" + "a".repeat(64) + "\"\n";
        SchoolEntry vest = parse("id: vestskolen\nname: Vestskolen\n" + same);
        SchoolEntry nord = SchoolFileParser.parse("nordskolen.yml", new StringReader("id: nordskolen\nname: Nordskolen\n" + same));

        assertThatThrownBy(() -> new SchoolSet(java.util.List.of(vest, nord)))
                .isInstanceOf(SchoolFormatException.class).hasMessageContaining("Direct Line secret");
    }

    @Test
    void anUnknownKeyIsRejectedAtItsLine() {
        assertRejected("id: vestskolen\nname: Vestskolen\ntelefon: 1234\n", 3, "unknown key 'telefon'");
    }

    @Test
    void anUnknownKeyInsideContactIsRejected() {
        assertRejected("id: a\nname: A\ncontact:\n  phone: 1\n  fax: 2\n", 5, "unknown key 'fax' in contact");
    }

    @Test
    void aMissingNameIsRejected() {
        assertRejected("id: vestskolen\n", 1, "needs 'name'");
    }

    @Test
    void anEmptyIdIsRejectedAtItsLine() {
        assertRejected("name: Vestskolen\nid:\n", 2, "needs 'id'");
    }

    @Test
    void aListWhereTextBelongsIsRejected() {
        assertRejected("id: a\nname:\n  - A\n  - B\n", 3, "'name' must be text");
    }

    @Test
    void textWhereAListBelongsIsRejected() {
        assertRejected("id: a\nname: A\nservices: Aula\n", 3, "'services' must be a list");
    }

    @Test
    void aServiceWithoutNameIsRejected() {
        assertRejected("id: a\nname: A\nservices:\n  - login-url: https://www.aula.dk\n", 4, "A service needs 'name'");
    }

    @Test
    void aLoginAddressThatIsNotAWebAddressIsRejected() {
        assertRejected("id: a\nname: A\nservices:\n  - name: Aula\n    login-url: javascript:alert(1)\n", 5,
                "must be a web address");
    }

    @Test
    void anOriginWithAPathIsRejected() {
        assertRejected("id: a\nname: A\nallowed-origins:\n  - https://a.dk/side\n", 4, "no path");
    }

    @Test
    void anUnquotedColourReadsAsACommentAndIsRejected() {
        assertRejected("id: a\nname: A\nwidget-colors:\n  primary: #123456\n", 4, "hex colour in quotes");
    }

    @Test
    void anIdWithCapitalsOrSpacesIsRejected() {
        assertRejected("id: Vest Skolen\nname: A\n", 1, "lower-case letters");
    }

    @Test
    void brokenYamlIsRejectedWithItsLine() {
        assertRejected("id: a\nname: A\ncontact:\n  phone: \"1\n  email: x\n", 6, "not valid YAML");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        assertRejected("id: a\nname: A\nname: B\n", 3, "appears twice");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertRejected("# nothing here\n", 1, "empty");
    }

    @Test
    void readsStaffLoginsWithTheirHashes() {
        SchoolEntry entry = parse("""
                id: vestskolen
                name: Vestskolen
                staff:
                  - username: kontoret
                    password-hash: "{bcrypt}$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01"
                """);
        assertThat(entry.staff()).containsExactly(new StaffAccount("kontoret",
                "{bcrypt}$2a$10$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01", "vestskolen"));
        assertThat(entry.staff().get(0).toString()).doesNotContain("$2a$");
    }

    @Test
    void aStaffPasswordInClearOrAnUnknownKeyIsRefusedWithoutQuotingIt() {
        assertRejected("id: vestskolen\nname: V\nstaff:\n  - username: kontoret\n    password-hash: hemmelig-kode-123\n", 5,
                "password-hash must be a hash");
        assertThatThrownBy(() -> parse("id: vestskolen\nname: V\nstaff:\n  - username: kontoret\n"
                + "    password-hash: hemmelig-kode-123\n")).message().doesNotContain("hemmelig");
        assertRejected("id: vestskolen\nname: V\nstaff:\n  - username: kontoret\n    password-hash: \"{noop}kodekodekodekodekodekode\"\n", 5,
                "password-hash must be a hash");
        assertRejected("id: vestskolen\nname: V\nstaff:\n  - username: kontoret\n    password: x\n", 5,
                "unknown key 'password'");
        assertRejected("id: vestskolen\nname: V\nstaff:\n  - username: kontoret\n", 4, "needs 'password-hash'");
        assertRejected("id: vestskolen\nname: V\nstaff:\n  - username: \"kontor et\"\n"
                + "    password-hash: \"{bcrypt}$2a$10$abcdefghijklmnopqrstuv\"\n", 4, "staff username");
    }

    @Test
    void aStaffNameUsedTwiceIsRefused() {
        String hash = "\"{bcrypt}$2a$10$abcdefghijklmnopqrstuvwxyz\"";
        assertRejected("id: vestskolen\nname: V\nstaff:\n  - {username: kontoret, password-hash: " + hash + "}\n"
                + "  - {username: Kontoret, password-hash: " + hash + "}\n", 5, "appears twice");
        SchoolEntry vest = parse("id: vestskolen\nname: V\nstaff:\n  - {username: kontoret, password-hash: " + hash + "}\n");
        SchoolEntry oest = SchoolFileParser.parse("oest.yml", new StringReader(
                "id: oestskolen\nname: Ø\nstaff:\n  - {username: kontoret, password-hash: " + hash + "}\n"));
        assertThatThrownBy(() -> new SchoolSet(java.util.List.of(vest, oest)))
                .isInstanceOf(SchoolFormatException.class).hasMessageContaining("already used by school 'vestskolen'");
    }
}
