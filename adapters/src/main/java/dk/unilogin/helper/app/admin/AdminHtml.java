package dk.unilogin.helper.app.admin;

import java.util.Locale;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/** Small pieces of the admin page's HTML; everything from data passes through {@link #esc}. */
final class AdminHtml {

    private AdminHtml() {
    }

    static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    static String csrfField(CsrfToken csrf) {
        return csrf == null ? "" : "<input type=\"hidden\" name=\"" + esc(csrf.getParameterName()) + "\" value=\""
                + esc(csrf.getToken()) + "\">";
    }

    static String hidden(String name, Object value) {
        return value == null ? "" : "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value.toString())
                + "\">";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
