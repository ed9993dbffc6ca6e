package dk.unilogin.helper.bot.dialog;

import java.util.Optional;
import java.util.Set;

/**
 * Recognises short messages that only make sense after an answer: "og hvad med min datter?",
 * "det virker stadig ikke", "hvad så?". Each is read as a whole, so "zoom virker ikke"
 * (a question of its own) is not taken for a follow-up.
 */
final class FollowUps {
    enum Kind { AUDIENCE_SHIFT, STILL_NOT_WORKING, WHAT_NOW, STEP_BY_STEP, CONFUSED }

    private static final Set<String> CONFUSED_WORDS = Words.setOf("jeg", "forstaar", "ikke", "det", "hvad", "mener",
            "du", "betyder", "kan", "du", "forklare", "forklar", "igen", "helt", "hae", "huh", "hvordan", "saa",
            "den", "der", "fatter", "forstod", "i", "dont", "do", "not", "understand", "get", "it", "what", "does",
            "that", "mean", "you", "can", "explain", "again", "confused", "lost", "er", "forvirret", "am", "im",
            "sorry", "undskyld", "men", "but", "tabt", "nu", "now");

    private static final Set<String> NOT_WORKING_WORDS = Words.setOf("det", "den", "koden", "login", "unilogin",
            "virker", "virkede", "fungerer", "fungerede", "hjalp", "hjaelper", "gaar", "gik", "stadig", "ikke",
            "altsaa", "bare", "jo", "nu", "men", "og", "desvaerre", "endnu", "stadigvaek", "fortsat", "heller",
            "it", "that", "this", "still", "doesnt", "does", "didnt", "did", "not", "work", "working", "works",
            "worked", "help", "helped", "but", "and", "is", "isnt", "unfortunately", "nope", "nej", "no",
            "adgangskoden", "password", "sadly", "hmm", "oh");
    private static final Set<String> WHAT_NOW_WORDS = Words.setOf("hvad", "saa", "nu", "og", "goer", "jeg", "vi",
            "skal", "hvordan", "videre", "kommer", "what", "now", "then", "next", "so", "do", "i", "we", "and",
            "how", "proceed", "should", "og", "derefter", "bagefter", "men", "naeste", "trin", "step", "videre");
    private static final String[] SHIFT_OPENINGS = {"og", "men", "and", "but", "hvad med", "hvordan med",
            "what about", "how about", "ogsaa", "also", "samme", "same"};

    Optional<Kind> classify(String text) {
        String w = Words.normalize(text);
        int n = Words.count(w);
        if (n == 0 || n > 9) {
            return Optional.empty();
        }
        if (Words.allIn(w, NOT_WORKING_WORDS) && (Words.containsAny(w, "ikke", "not", "doesnt", "didnt", "isnt",
                "nej", "no", "nope"))
                && Words.containsAny(w, "virker", "virkede", "fungerer", "fungerede", "hjalp", "hjaelper", "gaar",
                "gik", "work", "works", "worked", "working", "help", "helped")) {
            return Optional.of(Kind.STILL_NOT_WORKING);
        }
        if (Words.allIn(w, WHAT_NOW_WORDS) && (Words.containsAny(w, "hvad saa", "hvad nu", "og saa", "what now",
                "now what", "what then", "what next", "hvad goer jeg", "hvad skal jeg", "hvad skal vi",
                "what do i do", "what should i do", "hvordan kommer jeg videre", "hvad goer vi", "naeste", "next",
                "videre", "naeste trin", "next step"))) {
            return Optional.of(Kind.WHAT_NOW);
        }
        if (Words.allIn(w, CONFUSED_WORDS) && Words.containsAny(w, "forstaar ikke", "forstaar det ikke",
                "forstod ikke", "fatter ikke", "hvad mener du", "hvad betyder det", "kan du forklare", "forklar",
                "hae", "huh", "forvirret", "dont understand", "do not understand", "dont get it", "what do you mean",
                "what does that mean", "explain", "confused", "lost")) {
            return Optional.of(Kind.CONFUSED);
        }
        if (n <= 6 && Words.containsAny(w, "trin for trin", "step by step", "vis trinene", "vis mig trinene",
                "show me the steps", "show the steps", "et trin ad gangen", "one step at a time", "tag mig igennem",
                "walk me through", "walk me through it")) {
            return Optional.of(Kind.STEP_BY_STEP);
        }
        for (String opening : SHIFT_OPENINGS) {
            if ((w.equals(opening) || w.startsWith(opening + " ")) && AudienceCue.of(w).isPresent()) {
                return Optional.of(Kind.AUDIENCE_SHIFT);
            }
        }
        return Optional.empty();
    }
}
