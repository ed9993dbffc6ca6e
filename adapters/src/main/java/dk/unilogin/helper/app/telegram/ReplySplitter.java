package dk.unilogin.helper.app.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply's Markdown into parts that fit one Telegram message (4,096 characters after
 * entity parsing). Splits at paragraph boundaries; a paragraph too long on its own is split at
 * line ends, then at spaces, and only as a last resort inside a word. The Markdown is never
 * shorter than what Telegram counts, so measuring it is safe.
 */
final class ReplySplitter {

    static final int TELEGRAM_LIMIT = 4096;

    private ReplySplitter() {
    }

    static List<String> split(String markdown, int limit) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : markdown.split("\n\n")) {
            for (String piece : fit(paragraph, limit)) {
                if (current.length() > 0 && current.length() + 2 + piece.length() > limit) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (current.length() > 0) {
                    current.append("\n\n");
                }
                current.append(piece);
            }
        }
        if (current.length() > 0 || parts.isEmpty()) {
            parts.add(current.toString());
        }
        parts.removeIf(p -> p.isBlank());
        return parts;
    }

    /** Breaks one paragraph into pieces no longer than the limit. */
    private static List<String> fit(String paragraph, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = paragraph;
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}
