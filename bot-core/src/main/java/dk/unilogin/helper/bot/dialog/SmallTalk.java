package dk.unilogin.helper.bot.dialog;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises messages that are only small talk: greetings, thanks, goodbye, "hvem er du?",
 * "hvad kan du?", a bare "ok", "er du der?", and asking for a person instead of a bot. A greeting in front of a question ("hej, min søn har glemt koden") is not
 * small talk: {@link #withoutGreeting} hands the question on.
 */
final class SmallTalk {
    enum Kind { GREETING, THANKS, GOODBYE, IDENTITY, CAPABILITIES, ACKNOWLEDGE, PRESENCE, HUMAN }

    /** A person to talk to is asked for in a short message; a longer one is a question that mentions it. */
    private static final int MAX_HUMAN_REQUEST_WORDS = 8;
    private static final Pattern LEADING_GREETING = Pattern.compile("^(hej hej|hejsa|hej|hey|hi|hello|hallo|goddag|"
            + "godmorgen|god morgen|godaften|god aften|dav)\\b[\\s,.!:;-]*");
    private static final Pattern ACKNOWLEDGE = Pattern.compile("(ok|okay|oki|okidoki|ja|ja tak|jo|jaja|nej|hmm+|hm|aha|"
            + "naa|naa ja|fint|godt|okay så|ok saa|yes|no|yeah|yep|nope|k|alright|right|i see|javel|jamen)");
    private static final Pattern PRESENCE = Pattern.compile("((hallo|hej|hello) )?(er du der|er du stadig der|"
            + "er der nogen|er der nogen der|er der nogen hjemme|are you there|are you still there|anyone there|"
            + "is anyone there|is someone there)");
    private static final String[] HUMAN_WORDS = {"menneske", "et menneske", "rigtig person", "en rigtig person",
            "medarbejder", "tale med nogen", "snakke med nogen", "ringe til mig", "ring til mig", "ring mig op",
            "ringe mig op", "human", "real person", "talk to someone", "talk to a person", "speak to someone",
            "call me"};

    private static final String GREETING = "(hej|hejsa|hejhej|hej hej|hey|heyo|hi|hello|hallo|halloej|goddag|"
            + "godmorgen|god morgen|godaften|god aften|god eftermiddag|dav|davs|good morning|good evening|"
            + "good afternoon|hi there|hello there)";
    private static final Pattern GREETING_ONLY = Pattern.compile(GREETING + "( (med dig|du|der|bot|allesammen|"
            + "there|everyone|unilogin hjaelper|unilogin hjaelperen))?");
    private static final Set<String> THANKS_WORDS = Words.setOf("tak", "mange", "tusind", "for", "hjaelpen", "hjaelp",
            "skal", "du", "have", "thanks", "thank", "you", "so", "much", "very", "super", "fint", "perfekt",
            "godt", "dejligt", "det", "hjalp", "great", "ok", "okay", "thx", "ty", "many", "for", "the", "help",
            "fedt", "sejt", "nice", "cool", "alle", "tiders", "helt", "vildt", "a", "lot", "lots", "again",
            "really", "anyway", "igen", "alligevel", "rigtig", "meget", "nej", "no", "ellers", "otherwise");
    private static final Set<String> GOODBYE_WORDS = Words.setOf("farvel", "vi", "ses", "bye", "goodbye", "godnat",
            "god", "nat", "ha", "det", "hav", "en", "dag", "have", "a", "nice", "day", "see", "you", "ok", "tak",
            "thanks", "night", "good");
    private static final Set<String> THANKS_AND_GOODBYE_WORDS = java.util.stream.Stream
            .concat(THANKS_WORDS.stream(), GOODBYE_WORDS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern IDENTITY = Pattern.compile("(hvem|hvad) er du( for en)?|er du (en )?(robot|bot|"
            + "chatbot|menneske|rigtig person|person)|who are you|what are you|are you (a )?(bot|robot|human|"
            + "chatbot|real person|person)");
    private static final Pattern CAPABILITIES = Pattern.compile("hvad kan du( hjaelpe( mig)? med| goere| svare paa)?"
            + "|hvad kan jeg spoerge( dig)? om|hvad hjaelper du med|hvad kan du bruges til|hjaelp|help|"
            + "what can you do|what can you help( me)? with|what do you do|what can i ask( you)?|"
            + "how can you help( me)?|hvordan kan du hjaelpe( mig)?");

    Optional<Kind> classify(String text) {
        String w = Words.normalize(text);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        if (GREETING_ONLY.matcher(w).matches()) {
            return Optional.of(Kind.GREETING);
        }
        if (IDENTITY.matcher(w).matches()) {
            return Optional.of(Kind.IDENTITY);
        }
        if (CAPABILITIES.matcher(w).matches()) {
            return Optional.of(Kind.CAPABILITIES);
        }
        if (ACKNOWLEDGE.matcher(w).matches()) {
            return Optional.of(Kind.ACKNOWLEDGE);
        }
        if (PRESENCE.matcher(w).matches()) {
            return Optional.of(Kind.PRESENCE);
        }
        if (Words.count(w) <= MAX_HUMAN_REQUEST_WORDS && Words.containsAny(w, HUMAN_WORDS)) {
            return Optional.of(Kind.HUMAN);
        }
        if (Words.containsAny(w, "tak", "thanks", "thank", "thx") && Words.allIn(w, THANKS_WORDS)) {
            return Optional.of(Kind.THANKS);
        }
        // "tak for hjælpen, godnat": thanks and goodbye in one message is a goodbye
        if (Words.containsAny(w, "farvel", "vi ses", "bye", "goodbye", "godnat", "god nat", "see you", "ha det")
                && Words.allIn(w, THANKS_AND_GOODBYE_WORDS)) {
            return Optional.of(Kind.GOODBYE);
        }
        return Optional.empty();
    }

    /** The message with a leading greeting taken off, or the message itself. */
    String withoutGreeting(String text) {
        String stripped = text.strip();
        String lower = stripped.toLowerCase(java.util.Locale.ROOT);
        var m = LEADING_GREETING.matcher(lower);
        if (m.find() && m.end() < stripped.length()) {
            return stripped.substring(m.end());
        }
        return stripped;
    }
}
