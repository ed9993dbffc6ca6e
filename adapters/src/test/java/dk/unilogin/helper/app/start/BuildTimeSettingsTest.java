package dk.unilogin.helper.app.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BuildTimeSettingsTest {
    private final BuildTimeSettings settings = BuildTimeSettings.parse("""
            allow bot.*
            deny bot.telegram.*
            allow bot.telegram.data-dir
            deny bot.store
            namespace bot
            """);

    @Test
    void theMostSpecificRuleDecides() {
        assertThat(settings.mayDiffer("bot.web.max-body-bytes")).isTrue();
        assertThat(settings.mayDiffer("bot.telegram.token")).isFalse();
        assertThat(settings.mayDiffer("bot.telegram.data-dir")).isTrue();
        assertThat(settings.mayDiffer("bot.store")).isFalse();
    }

    @Test
    void aSettingNoRuleNamesMayNotDiffer() {
        assertThat(settings.mayDiffer("spring.flyway.enabled")).isFalse();
    }

    @Test
    void namesCompareAsSpringBootBindsThem() {
        assertThat(settings.mayDiffer("BOT_TELEGRAM_DATADIR")).isTrue();
        assertThat(settings.mayDiffer("BOT_STORE")).isFalse();
        assertThat(settings.mayDiffer("bot.telegram.dataDir")).isTrue();
        assertThat(settings.isSetting("BOT_STORE")).isTrue();
        assertThat(settings.isSetting("PATH")).isFalse();
        assertThat(settings.isSetting("bot")).isTrue();
        assertThat(settings.isSetting("BOTANY_HOME")).isFalse();
    }

    @Test
    void aLineItCannotReadIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> BuildTimeSettings.parse("allow bot.*\npermit spring.*\n"))
                .hasMessageContaining("line 2");
    }
}
