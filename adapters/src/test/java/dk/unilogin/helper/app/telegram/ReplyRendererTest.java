package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dk.unilogin.helper.bot.activity.Activity;
import dk.unilogin.helper.bot.activity.ActivityType;
import dk.unilogin.helper.bot.activity.ChannelAccount;
import dk.unilogin.helper.bot.activity.PassageRef;
import dk.unilogin.helper.bot.activity.SuggestedAction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class ReplyRendererTest {

    private static Activity reply(String text, String locale) {
        return Activity.builder(ActivityType.MESSAGE).channelId("telegram").conversationId("tg:1")
                .from(ChannelAccount.BOT).locale(locale).text(text)
                .suggestedActions(List.of(new SuggestedAction("Ja", "feedback:yes")))
                .source(new PassageRef("kontakt-skolen", "Kontakt skolen & IT"))
                .build();
    }

    @Test
    void overlongReplyIsSplitWithSourceAndKeyboardOnlyOnTheLastPart() {
        String paragraph = "Trin ".repeat(500).strip();
        List<SendMessage> parts = ReplyRenderer.render(1, reply(String.join("\n\n", paragraph, paragraph, paragraph), "da"));

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(p -> assertThat(p.getText().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> {
            assertThat(p.getReplyMarkup()).isNull();
            assertThat(p.getText()).doesNotContain("Kilde");
        });
        SendMessage last = parts.get(parts.size() - 1);
        assertThat(last.getText()).endsWith("<i>Kilde: Kontakt skolen &amp; IT</i>");
        assertThat(((InlineKeyboardMarkup) last.getReplyMarkup()).getKeyboard()).hasSize(1);
    }

    @Test
    void sourceAlreadyNamedInTheTextIsNotRepeated() {
        String text = ReplyRenderer.render(1, reply("Svar\n\n_Kilde: Unilogin-vejledningen, \"Kontakt skolen & IT\"_", "da"))
                .get(0).getText();
        assertThat(text).isEqualTo("Svar\n\n<i>Kilde: Unilogin-vejledningen, \"Kontakt skolen &amp; IT\"</i>");
    }

    @Test
    void englishReplyNamesItsSourceInEnglish() {
        assertThat(ReplyRenderer.render(1, reply("Hi", "en")).get(0).getText()).endsWith("<i>Source: Kontakt skolen &amp; IT</i>");
    }

    @Test
    void plainTextFallbackKeepsTheWords() {
        assertThat(PlainTextFallback.toPlain("<b>Kode</b> &lt;3 <a href=\"https://x.dk/?a=1&amp;b=$1\">her</a>"))
                .isEqualTo("Kode <3 her (https://x.dk/?a=1&b=$1)");
    }
}
