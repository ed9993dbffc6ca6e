package dk.unilogin.helper.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void boldLinksAndListsBecomeTelegramHtml() {
        String html = TelegramHtml.render("**Glemt kode**\n\n1. Gå til [Unilogin](https://www.unilogin.dk)\n- Aula");

        assertThat(html).isEqualTo("<b>Glemt kode</b>\n\n1. Gå til <a href=\"https://www.unilogin.dk\">Unilogin</a>\n• Aula");
    }

    @Test
    void userAndKnowledgeTextIsEscapedSoItCanNeverBeMarkup() {
        assertThat(TelegramHtml.render("<img src=x onerror=alert(1)> & <b>fed</b>"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;fed&lt;/b&gt;");
        assertThat(TelegramHtml.render("**<i>**")).isEqualTo("<b>&lt;i&gt;</b>");
    }

    @Test
    void linksOnlyForWebMailAndPhoneAddressesAndAttributesAreQuoted() {
        assertThat(TelegramHtml.render("[klik](javascript:alert(1))")).isEqualTo("[klik](javascript:alert(1))");
        assertThat(TelegramHtml.render("[a](https://x.dk/?q=\"1\"&b=2)"))
                .isEqualTo("<a href=\"https://x.dk/?q=&quot;1&quot;&amp;b=2\">a</a>");
        assertThat(TelegramHtml.render("[Ring](tel:+4512345678)")).isEqualTo("<a href=\"tel:+4512345678\">Ring</a>");
    }

    @Test
    void unmatchedMarkersStayAsText() {
        assertThat(TelegramHtml.render("5 ** 2 og [ikke et link")).isEqualTo("5 ** 2 og [ikke et link");
        assertThat(TelegramHtml.render("# Overskrift")).isEqualTo("<b>Overskrift</b>");
    }

    @Test
    void underscoresMakeItalicOnlyAroundWords() {
        assertThat(TelegramHtml.render("_Kilde: vejledningen, \"Få en ny kode\"_"))
                .isEqualTo("<i>Kilde: vejledningen, \"Få en ny kode\"</i>");
        assertThat(TelegramHtml.render("   _Bemærk: **ikke** midlertidig._"))
                .isEqualTo("   <i>Bemærk: <b>ikke</b> midlertidig.</i>");
        assertThat(TelegramHtml.render("file_name og snake_case_ord")).isEqualTo("file_name og snake_case_ord");
        assertThat(TelegramHtml.render("[a](https://x.dk/a_b_c) _ alene")).isEqualTo("<a href=\"https://x.dk/a_b_c\">a</a> _ alene");
    }
}
