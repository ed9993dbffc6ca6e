package dk.unilogin.helper.knowledge.search;

import java.util.Locale;

/**
 * An analysed term and the word of the message it was read from, as written.
 *
 * @param term    the analysed term
 * @param written the text it came from ("koden", "glemtkode", "unilogin koden")
 */
record SurfaceForm(String term, String written) {

    /**
     * A written word lower-cased with æ, ø and å spelled out as ae, oe and aa, so that the
     * spellings people use without Danish letters ("soen", "boern") meet the guide's words.
     */
    static String fold(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("ä", "ae").replace("ö", "oe");
    }
}
