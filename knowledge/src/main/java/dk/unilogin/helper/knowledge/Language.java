package dk.unilogin.helper.knowledge;

import java.util.Locale;

/** The languages the guide is carried in. Danish is the default; every passage exists in both. */
public enum Language {
    DA("da"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Reads a locale tag such as "da", "da-DK" or "en-GB"; anything unknown is Danish. */
    public static Language fromTag(String tag) {
        if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return EN;
        }
        return DA;
    }
}
