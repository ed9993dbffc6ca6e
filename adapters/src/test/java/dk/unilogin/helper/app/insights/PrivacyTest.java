package dk.unilogin.helper.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.app.school.BotConversation;
import dk.unilogin.helper.bot.privacy.PersonalDataArbitraries;
import dk.unilogin.helper.bot.TurnProcessor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parents paste CPR numbers and passwords. Sent through the bot on both channels, none of
 * them may reach any column of any stored row, nor the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest {

    private static final List<String> MESSAGES = List.of(
            "min søns cpr er 150312-4417 og han kan ikke logge ind",
            "CPR: 1503124417 hjælp",
            "mit cpr nummer er 150312 4417",
            "hans kode er Sommerfugl2024 men den virker ikke",
            "adgangskoden er: Hemmelig!77",
            "password: Kattemad99 virker ikke på aula",
            "my password is BlueTiger42, why can't I log in?",
            "jeg har prøvet med kodeordet Rosenkål88",
            "brugernavn abcd1234 og kode er Pingvin55",
            "hans cpr er 220415\u00a03318 (med hårdt mellemrum)",
            "hans cpr er 220415\u20113318 (med hård bindestreg)",
            "hans cpr er ２２０４１５-３３１８ i fuld bredde",
            "jeg har prøvet med hunde123 men det virker ikke",
            "adgangskoden til min datter, den er solsikke");
    private static final List<String> SECRETS = List.of("150312", "4417", "1503124417", "Sommerfugl2024",
            "Hemmelig!77", "Kattemad99", "BlueTiger42", "Rosenkål88", "Pingvin55", "abcd1234", "220415", "3318",
            "２２０４１５", "３３１８", "hunde123", "solsikke");

    @Autowired
    TurnProcessor bot;
    @Autowired
    AsyncTurnRecorder recorder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noCprNumberOrPasswordReachesTheDatabaseOrTheLog(CapturedOutput output) throws Exception {
        for (String channel : List.of("web", "telegram")) {
            BotConversation c = new BotConversation(bot, channel);
            c.start("demo-skole");
            MESSAGES.forEach(c::say);
        }
        assertThat(recorder.awaitIdle(Duration.ofSeconds(20))).isTrue();

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM turn_record");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2 * MESSAGES.size());
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                if (!(value instanceof String stored)) {
                    continue; // times and numbers cannot carry text (and a timestamp's digits may look like one)
                }
                for (String secret : SECRETS) {
                    assertThat(stored).as("stored value %s", stored).doesNotContainPattern(standingAlone(secret));
                }
            }
        }
        for (String secret : SECRETS) {
            assertThat(output.getAll()).doesNotContainPattern(standingAlone(secret));
        }
    }

    /** Generated CPR numbers (every separator and digit form) and password sentences, through the bot to the database. */
    @Test
    void noGeneratedCprNumberOrPasswordReachesTheDatabaseOrTheLog(CapturedOutput output) throws Exception {
        List<String> cprSentences = PersonalDataArbitraries.cprSentences().sampleStream().limit(60).toList();
        List<PersonalDataArbitraries.PasswordSentence> passwords =
                PersonalDataArbitraries.passwordSentences().sampleStream().limit(60).toList();
        BotConversation c = new BotConversation(bot, "web");
        c.start("demo-skole");
        cprSentences.forEach(c::say);
        passwords.forEach(p -> c.say(p.text()));
        assertThat(recorder.awaitIdle(Duration.ofSeconds(30))).isTrue();

        List<String> stored = jdbc.queryForList("SELECT message_text FROM turn_record", String.class);
        assertThat(stored).hasSizeGreaterThanOrEqualTo(cprSentences.size() + passwords.size());
        for (String text : stored) {
            assertThat(String.valueOf(text)).as("a stored CPR digit").doesNotContainPattern("\\p{Nd}{4}");
        }
        for (PersonalDataArbitraries.PasswordSentence p : passwords) {
            Pattern secret = standingAlone(p.password());
            assertThat(stored).noneMatch(text -> text != null && secret.matcher(text).find());
            assertThat(output.getAll()).doesNotContainPattern(secret);
        }
        for (String sentence : cprSentences) {
            assertThat(output.getAll()).doesNotContain(sentence);
        }
    }

    /**
     * The secret as a value of its own: not inside a longer run of letters or digits, so that a
     * process id or a port in a log line that happens to contain "4417" is no false alarm.
     */
    private static Pattern standingAlone(String secret) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
