package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads whether a message says that Unilogin itself works ({@code matching/unilogin-works.txt}):
 * phrases (whole words, {@code *} for any one word) not followed by a negation, and the
 * passages that fix the Unilogin account, which such a message does not ask for. A message that
 * says the login works on the device itself ("hun er logget ind med sit Unilogin", a
 * {@code device-phrase}) does not ask for the device's login either ({@code device-passages}). It also reads
 * whether a message says a code or username is forgotten ({@code forgotten}, {@code remember}, {@code credentials}), and
 * whether it has them at hand ({@code at-hand}, {@code code-at-hand}), which it then does not ask for.
 */
public final class UniloginWorks {
    /** The most words between the two words of a getting-in entry ("står hun bare fast"). */
    private static final int TWO_WORDS_APART = 2;
    /** How many words before a phrase may tell the login it says works ("logger ind med" before "Unilogin … virker"). */
    private static final int LOGIN_BEFORE_PHRASE = 3;
    /** Words that link a login verb to the phrase after it: "logger ind med", "logger på i". */
    private static final Set<String> LOGIN_LINKS = Set.of("ind", "på", "pa", "paa", "med", "in", "on", "with");
    public static final String BUNDLED = "matching/unilogin-works.txt";

    private static final int NEGATION_REACH = 3;
    /** The word of Unilogin itself, and how far from a code or username it may stand to name it as Unilogin's. */
    private static final String UNILOGIN_WORD = "unilogin";
    private static final Set<String> UNILOGIN_WORDS = Set.of(UNILOGIN_WORD);
    private static final int UNILOGIN_REACH = 2;
    /** How many words from "glemt" the forgotten code or username may be ("glemt sin nye kode til Aula", "koden har hun glemt"). */
    private static final int CREDENTIAL_REACH = 4;
    /** How many words before a phrase a demand's "at" may stand: "vil have, at forældrene logger ind …". */
    private static final int DEMAND_REACH = 3;
    /** How many words before a phrase a word of when may stand: "når hun logger ind …". */
    private static final int WHEN_REACH = 2;
    /** How many words from a code a word of changing it may be ("kan sagtens huske koden, men vil gerne have en helt ny"). */
    private static final int CHANGE_REACH = 8;
    /** How many words from a code a word of changing it may be where a login works: within the sentence that asks it. */
    private static final int NEW_CODE_REACH = 4;
    /** Words before "nye" that make it the new code one has ("den nye kode virker"), not one asked for. */
    private static final Set<String> DEFINITE = Set.of("den", "det", "de", "sin", "sit", "hans", "hendes", "min", "mit");
    private static final String ANY_WORD = "*";
    private static final List<String> PASSAGE_KEYS =
            List.of("passages", "answer", "device-passages", "at-hand-passages", "code-passages", "inside-passages",
                    "error-passages", "own-mitid-passages");
    /** How many words before a word of getting in a question where may start and make it one where to log in. */
    private static final int WHERE_BEFORE_LOGGING_IN = 7;
    /** No words excepted ({@link #saysForgotten}). */
    private static final int[] NOWHERE = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    /** "won't", "doesn't": a negation that the word split would lose. */
    private static final Pattern ENGLISH_NEGATION = Pattern.compile("(?i)n['’]t\\b");

    /** The phrases by their first word: a message is looked up word by word. */
    private final Map<String, List<String[]>> phrases;
    private final Set<String> negations;
    /** Words that turn to something else ("men", "but"): a negation after them is not about the phrase. */
    private final Set<String> contrasts;
    private final Set<String> accountPassages;
    private final Set<String> answers;
    /** The device phrases as {@link #saysItWorks} returns them, and the passages they rule out besides the account's. */
    private final Set<String> devicePhrases;
    private final Set<String> devicePassages;
    /** The passages that tell where to log in, which trouble inside a service one is logged in to does not ask for. */
    private final Set<String> insidePassages;
    /** The passages about a login refused ({@code error-passages}): a forgotten code explains the refusal. */
    private final Set<String> errorPassages;
    /** Phrases that say the code or username is at hand ("har fået brugernavn og kode"), by their first word. */
    private final Map<String, List<String[]>> atHand;
    /** The passages that hand out a code or username, which a message that has them does not ask for. */
    private final Set<String> atHandPassages;
    /** Phrases that say only the code is at hand ("hun har sin kode"), by their first word, and the passages handing out a code. */
    private final Map<String, List<String[]>> codeAtHand;
    private final Set<String> codePassages;
    private final Set<String> ownMitIdPassages;
    /** What a sentence that says Unilogin works may say besides ({@link #onlySaysItWorks}). */
    private final Besides besides;
    /** The {@code whom:} entries of several words ("jer eller skolen") by first word: asking whom to turn to without "hvem". */
    private final Map<String, List<String[]>> whomPhrases;
    /** Words for a device and for a service, read as the guide's terms by the matcher (each stands for its synonyms). */
    private final String deviceWords;
    private final String serviceWords;

    /**
     * @param concessions words by which a sentence names trouble beside the login that works ("selvom", "although")
     * @param trouble     words that name trouble, as the negations do ("ingen adgang")
     * @param copulas     words after which a negation says what the trouble is not ("det er ikke problemet")
     * @param gettingIn   words of getting in ("logge", "adgang") or two words close together ("står fast", "sendt tilbage")
     *                    that make the trouble a service's login
     * @param inside      what one does inside a service ("finde", "forstå"): a negation of it is no trouble getting in
     * @param whom        words that ask whom to turn to ("hvem", "who")
     * @param forgotten   words that say something is forgotten ("glemt", "forgot")
     * @param remember    words of remembering or knowing, which say it when negated ("kan ikke huske", "ved ikke hvad …")
     * @param credentials what is forgotten when the login does not work ("koden", "brugernavnet")
     * @param codes       the credentials that are a code ("koden", "password"), not a username
     * @param usernames   the credentials that are a username ("brugernavnet")
     * @param changes     words of changing a code ("ny", "skifte"), which ask for the code's passage though it is at hand
     * @param askingWhere two words that start a question where ("hvor skal", "hvor er"): a word of getting in after them is
     *                    asked about, no trouble
     * @param demands     words that, right before "at", make what follows asked for ("beder", "kræver"), not what happens
     * @param others      words before a phrase that make the login someone else's ("børnenes", "hans")
     * @param notTheLogin words after "ved ikke" that make what is not known a place or a way ("hvor", "hvilken"), not the login
     * @param when        words of when or if ("når", "hvis") right before a phrase: it tells when, not that it works
     * @param newAt       a word of changing and the word after it that make it someone new at a place ("ny på skolen",
     *                    "ny i klassen"), no new code
     */
    private record Besides(Set<String> concessions, Set<String> trouble, Set<String> copulas, Set<String> gettingIn,
                           Set<String> inside, Set<String> whom, Set<String> forgotten, Set<String> remember,
                           Set<String> credentials, Set<String> codes, Set<String> usernames, Set<String> changes,
                           Set<String> askingWhere, Set<String> demands, Set<String> others, Set<String> notTheLogin,
                           Set<String> when, Set<String> newAt) {
    }

    private UniloginWorks(List<String[]> phrases, Set<String> negations, Set<String> contrasts, Set<String> accountPassages,
                          Set<String> answers, Set<String> devicePhrases, Set<String> devicePassages, Besides besides,
                          List<String[]> atHand, Set<String> atHandPassages, List<String[]> codeAtHand, Set<String> codePassages,
                          String deviceWords, String serviceWords, Set<String> insidePassages, Set<String> errorPassages,
                          Set<String> ownMitIdPassages) {
        this.phrases = byFirstWord(phrases);
        this.ownMitIdPassages = Set.copyOf(ownMitIdPassages);
        this.deviceWords = deviceWords;
        this.serviceWords = serviceWords;
        this.insidePassages = Set.copyOf(insidePassages);
        this.errorPassages = Set.copyOf(errorPassages);
        this.atHand = byFirstWord(atHand);
        this.atHandPassages = Set.copyOf(atHandPassages);
        this.codeAtHand = byFirstWord(codeAtHand);
        this.codePassages = Set.copyOf(codePassages);
        this.negations = Set.copyOf(negations);
        this.contrasts = Set.copyOf(contrasts);
        this.accountPassages = Set.copyOf(accountPassages);
        this.answers = Set.copyOf(answers);
        this.devicePhrases = Set.copyOf(devicePhrases);
        this.devicePassages = Set.copyOf(devicePassages);
        this.besides = new Besides(Set.copyOf(besides.concessions()), Set.copyOf(besides.trouble()),
                Set.copyOf(besides.copulas()), Set.copyOf(besides.gettingIn()), Set.copyOf(besides.inside()), Set.copyOf(besides.whom()),
                Set.copyOf(besides.forgotten()), Set.copyOf(besides.remember()), Set.copyOf(besides.credentials()),
                Set.copyOf(besides.codes()), Set.copyOf(besides.usernames()), Set.copyOf(besides.changes()),
                Set.copyOf(besides.askingWhere()), Set.copyOf(besides.demands()), Set.copyOf(besides.others()),
                Set.copyOf(besides.notTheLogin()), Set.copyOf(besides.when()), Set.copyOf(besides.newAt()));
        this.whomPhrases = byFirstWord(besides.whom().stream().filter(w -> w.contains(" ")).map(w -> w.split(" ")).toList());
    }

    private static Map<String, List<String[]>> byFirstWord(List<String[]> phrases) {
        Map<String, List<String[]>> byFirst = new HashMap<>();
        phrases.forEach(p -> byFirst.computeIfAbsent(p[0], w -> new ArrayList<>()).add(p));
        return Map.copyOf(byFirst);
    }

    /** Reads the list; a bad line, or when {@code strict} an unknown passage id, names the line. */
    public static UniloginWorks parse(String source, String text, Collection<String> passageIds, boolean strict) {
        List<String[]> phrases = new ArrayList<>();
        Set<String> negations = new HashSet<>();
        Set<String> contrasts = new HashSet<>();
        // The passage lists by their key ("passages", "answer", "device-passages", …).
        Map<String, Set<String>> passageLists = new HashMap<>();
        PASSAGE_KEYS.forEach(k -> passageLists.put(k, new HashSet<>()));
        Set<String> devicePhrases = new HashSet<>();
        List<String[]> atHand = new ArrayList<>();
        List<String[]> codeAtHand = new ArrayList<>();
        StringBuilder deviceWords = new StringBuilder();
        StringBuilder serviceWords = new StringBuilder();
        Besides besides = new Besides(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(),
                new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(),
                new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        for (DataLine line : DataLine.of(text)) {
            String key = line.hasKey() ? line.key() : "";
            for (String item : line.rawItems()) {
                String words = phrase(item);
                if (words.isEmpty()) {
                    continue;
                }
                switch (key) {
                    case "phrase", "device-phrase", "at-hand", "code-at-hand" -> {
                        if (words.startsWith(ANY_WORD)) {
                            throw new KnowledgeFormatException(source, line.number(), "a phrase cannot start with '*'");
                        }
                        (key.equals("at-hand") ? atHand : key.equals("code-at-hand") ? codeAtHand : phrases).add(words.split(" "));
                        if (key.equals("device-phrase")) {
                            devicePhrases.add(words);
                        }
                    }
                    case "negation" -> negations.add(words);
                    case "contrast" -> contrasts.add(words);
                    case "concession" -> besides.concessions().add(words);
                    case "trouble" -> besides.trouble().add(words);
                    case "copula" -> besides.copulas().add(words);
                    case "getting-in" -> besides.gettingIn().add(words);
                    case "inside" -> besides.inside().add(words);
                    case "whom" -> besides.whom().add(words);
                    case "forgotten" -> besides.forgotten().add(words);
                    case "remember" -> besides.remember().add(words);
                    case "credentials" -> besides.credentials().add(words);
                    case "code" -> besides.codes().add(words);
                    case "username" -> besides.usernames().add(words);
                    case "change" -> besides.changes().add(words);
                    case "asking-where" -> besides.askingWhere().add(words);
                    case "demand" -> besides.demands().add(words);
                    case "others" -> besides.others().add(words);
                    case "not-the-login" -> besides.notTheLogin().add(words);
                    case "when" -> besides.when().add(words);
                    case "new-at" -> besides.newAt().add(words);
                    case "device" -> deviceWords.append(item.strip()).append(' ');
                    case "service" -> serviceWords.append(item.strip()).append(' ');
                    default -> {
                        Set<String> passageList = passageLists.get(key);
                        if (passageList == null) {
                            throw new KnowledgeFormatException(source, line.number(), "expected 'phrase:', "
                                    + "'device-phrase:', 'negation:', 'contrast:', 'concession:', 'trouble:', 'copula:', 'getting-in:', 'inside:', 'whom:', 'forgotten:', 'remember:', 'credentials:', 'code:', 'username:', 'change:', 'asking-where:', 'demand:', 'others:', 'not-the-login:', 'when:', 'new-at:', 'device:', 'service:', 'inside-passages:', 'answer:', "
                                    + "'passages:', 'device-passages:', 'at-hand:', 'at-hand-passages:', 'code-at-hand:', 'code-passages:', 'error-passages:' or 'own-mitid-passages:' and a list");
                        }
                        // One of PASSAGE_KEYS: a list of passage ids.
                        String id = item.strip();
                        if (!passageIds.contains(id) && strict) {
                            throw new KnowledgeFormatException(source, line.number(), "no passage has the id '" + id + "'");
                        }
                        passageList.add(id);
                    }
                }
            }
        }
        return new UniloginWorks(phrases, negations, contrasts, passageLists.get("passages"), passageLists.get("answer"),
                devicePhrases, passageLists.get("device-passages"), besides, atHand, passageLists.get("at-hand-passages"),
                codeAtHand, passageLists.get("code-passages"), deviceWords.toString().strip(), serviceWords.toString().strip(),
                passageLists.get("inside-passages"), passageLists.get("error-passages"), passageLists.get("own-mitid-passages"));
    }

    /** The words for a device ({@code device:}), as written: the matcher reads them as the guide's terms. */
    String deviceWords() {
        return deviceWords;
    }

    /** The words for a service ({@code service:}), as written. */
    String serviceWords() {
        return serviceWords;
    }

    /**
     * A phrase of the matching lists as written ({@code "kan * logge ind"}) in the words messages are read in
     * ({@link #wordsOf}), {@code *} standing for any one word.
     */
    static String phrase(String item) {
        return WriterRoles.normalise(item.replace(ANY_WORD, " xstarx ")).replace("xstarx", ANY_WORD);
    }

    /** A message's words as the phrase lists read them: folded, whole words only. */
    static String[] wordsOf(String message) {
        return WriterRoles.normalise(message).split(" ");
    }

    /**
     * Whether the first phrase that says Unilogin works speaks of someone else's login ("børnenes Unilogin fungerer",
     * "hans Unilogin virker"): a word of {@code others:} right before it.
     */
    boolean worksForOthers(String[] words) {
        int start = firstSayingItWorks(words);
        return start > 0 && besides.others().contains(words[start - 1]);
    }

    /** The phrase the message says Unilogin works with, or null. */
    String saysItWorks(String message) {
        return saysItWorks(wordsOf(message));
    }

    /** {@link #saysItWorks(String)} of a message's words ({@link #wordsOf}). */
    String saysItWorks(String[] words) {
        int start = firstSayingItWorks(words);
        return start < 0 ? null : String.join(" ", workingPhraseAt(words, start));
    }

    /** Where the first phrase that says Unilogin works starts in {@code words}, or -1. */
    private int firstSayingItWorks(String[] words) {
        for (int start = 0; start < words.length; start++) {
            if (workingPhraseAt(words, start) != null) {
                return start;
            }
        }
        return -1;
    }

    /** The first phrase that says Unilogin works standing at {@code start}, or null. */
    private String[] workingPhraseAt(String[] words, int start) {
        for (String[] phrase : phrases.getOrDefault(words[start], List.of())) {
            if (saysItWorksAt(words, start, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    /**
     * Whether a sentence that says Unilogin works ({@link #saysItWorks}) says nothing else, so it states no need of
     * its own: it asks nothing, turns to nothing else ("men Teams gør ikke", "selvom") and names no trouble ("Teams
     * virker ikke"); only what the trouble is not ("det er ikke problemet"). {@code phrase} is the one {@link #saysItWorks}
     * found in it, or null; its own words ("ingen problemer med at logge ind") name no trouble.
     */
    boolean onlySaysItWorks(String sentence, String phrase) {
        if (MessageParts.isQuestion(sentence) || ENGLISH_NEGATION.matcher(sentence).find()) {
            return false;
        }
        String[] words = wordsOf(sentence);
        int[] span = phrase == null ? NOWHERE : span(words, phrase);
        for (int i = 0; i < words.length; i++) {
            if (contrasts.contains(words[i]) || besides.concessions().contains(words[i])) {
                return false;
            }
            // "det er ikke problemet" says what the trouble is not; "Teams virker ikke" names trouble.
            if ((i < span[0] || i >= span[1]) && (negations.contains(words[i]) || besides.trouble().contains(words[i]))
                    && !afterCopula(words, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word at {@code i} follows a copula, alone or with the word after it ({@code copula:} "er slet"): "det
     * er ikke problemet" and "det er slet ikke problemet" say what the trouble is not.
     */
    private boolean afterCopula(String[] words, int i) {
        return i > 0 && besides.copulas().contains(words[i - 1])
                || i > 1 && besides.copulas().contains(words[i - 2] + " " + words[i - 1]);
    }

    /** Where {@code phrase} first stands among {@code words}: from its first word to after its last. */
    private static int[] span(String[] words, String phrase) {
        String[] wanted = phrase.split(" ");
        int start = 0;
        while (start < words.length && !phraseAt(words, start, wanted)) {
            start++;
        }
        return new int[] {start, Math.min(words.length, start + wanted.length)};
    }

    /**
     * Whether the trouble beside the phrases that say Unilogin works is getting into a service: a word of getting in or
     * refusal outside them ("men Teams siger ingen adgang", "Zoom afviser ham") or a negation there that is not of
     * what one does inside a service ("men ikke på Teams", "men Teams gør ikke") nor right after a copula ("så det er ikke
     * problemet"). "…, men han kan ikke finde ugens opgaver" and "…, men filen er væk" are trouble inside a service, which
     * no passage of the guide fixes. The words of every phrase that says the login works, as {@link #saysItWorks} reads
     * them, are no trouble ("er logget ind i Teams med sit Unilogin, og alt virker som det skal").
     */
    boolean troubleIsGettingIn(String[] words) {
        boolean[] saysItWorks = phraseWords(words);
        for (int i = 0; i < words.length; i++) {
            if (saysItWorks[i]) {
                continue;
            }
            if ((besides.gettingIn().contains(words[i]) || gettingInInTwoWords(words, saysItWorks, i)) && !askedWhere(words, i)) {
                return true;
            }
            if (negations.contains(words[i]) && !insideAround(words, i) && !afterCopula(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a getting-in entry of two words starts at {@code i}, its second word at most {@link #TWO_WORDS_APART} words
     * later outside the phrase that says Unilogin works ("står hun bare fast", "sender os tilbage").
     */
    private boolean gettingInInTwoWords(String[] words, boolean[] saysItWorks, int i) {
        for (int j = i + 1; j < words.length && j <= i + 1 + TWO_WORDS_APART && !saysItWorks[j]; j++) {
            if (besides.gettingIn().contains(words[i] + " " + words[j])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words ask where to log in: a word of getting in a few words after a question where. */
    boolean asksWhereToLogIn(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (besides.gettingIn().contains(words[i]) && askedWhere(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a question where ({@code asking-where}: "hvor skal", "hvor er") starts a few words before {@code at} ("men hvor
     * er det, hun skal logge ind?"): logging in asked about is no trouble getting in. A "hvor" that tells where ("i Zoom,
     * hvor klassen har undervisning, bliver han afvist") asks nothing.
     */
    private boolean askedWhere(String[] words, int at) {
        for (int i = Math.max(0, at - WHERE_BEFORE_LOGGING_IN); i < at - 1; i++) {
            if (besides.askingWhere().contains(words[i] + " " + words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of the words stand in a phrase that says the login works: not turned around by a negation after it, unless a
     * concession comes before it, as {@link #saysItWorks} reads them.
     */
    private boolean[] phraseWords(String[] words) {
        boolean[] in = new boolean[words.length];
        for (int start = 0; start < words.length; start++) {
            for (String[] phrase : phrases.getOrDefault(words[start], List.of())) {
                if (saysItWorksAt(words, start, phrase)) {
                    Arrays.fill(in, start, Math.min(words.length, start + phrase.length), true);
                    // The login the phrase says works, told just before it ("logger ind med Unilogin, fint nok").
                    for (int before = start - 1; before >= Math.max(0, start - LOGIN_BEFORE_PHRASE)
                            && (besides.gettingIn().contains(words[before]) || LOGIN_LINKS.contains(words[before])); before--) {
                        in[before] = true;
                    }
                }
            }
        }
        return in;
    }

    /**
     * The passages a message does not ask for because it has the code or username at hand ("vi har fået brugernavn og
     * kode": {@code at-hand-passages}) or the code ("hun har sin kode", "koden har han": {@code code-passages}); none when
     * it has neither. A phrase says so when no negation stands just before it, in its {@code *} ("har ikke kode") or
     * after it. Nothing is at hand that the message wants changed ("har koden, men vil have en ny"); both are not when
     * something is forgotten ({@code forgotten}, from {@link #saysCredentialsForgotten}), and the code is not when the
     * code is.
     */
    Set<String> passagesForWhatIsAtHand(String[] words, boolean forgotten) {
        if (wantsCodeChanged(words)) {
            return Set.of();
        }
        if (!forgotten && phraseStanding(words, atHand) != null) {
            return atHandPassages;
        }
        // The phrase's own code ("Koden har han") is not the one forgotten ("kan ikke huske sit brugernavn. Koden har han"),
        // unless the phrase goes on to say so ("koden har vi begge glemt").
        int[] code = phraseStanding(words, codeAtHand);
        return code != null && !forgottenRightAfter(words, code[1])
                && !(forgotten && saysForgotten(words, besides.codes(), code)) ? codePassages : Set.of();
    }

    /** Whether a word of forgetting follows {@code after} closely, with no contrast before it ("koden har vi begge glemt"). */
    private boolean forgottenRightAfter(String[] words, int after) {
        for (int i = after; i < Math.min(words.length, after + NEGATION_REACH); i++) {
            if (contrasts.contains(words[i])) {
                return false;
            }
            if (besides.forgotten().contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** The passages that hand out a username: those that hand out credentials ({@code at-hand-passages}) but the code's. */
    Set<String> usernamePassages() {
        return without(atHandPassages, codePassages);
    }

    /** The passages that tell where to log in on the web: those that tell where to log in but the device's. */
    Set<String> wherePassages() {
        return without(insidePassages, devicePassages);
    }

    private static Set<String> without(Set<String> passages, Set<String> left) {
        Set<String> kept = new HashSet<>(passages);
        kept.removeAll(left);
        return Set.copyOf(kept);
    }

    /** The passages that make a new code ({@code code-passages}). */
    Set<String> codePassages() {
        return codePassages;
    }

    /** The passages for a pupil of 15 or more who uses their own MitID ({@code own-mitid-passages}). */
    Set<String> ownMitIdPassages() {
        return ownMitIdPassages;
    }

    /**
     * Whether a code is to be changed where a login works: a word of changing close to a code ("skal skifte til en ny og
     * sikrere adgangskode", "kan man selv skifte den" after the code), not the new code one has ("den nye kode virker").
     */
    boolean asksForNewCode(String[] words) {
        return changeNearACode(words, NEW_CODE_REACH, DEFINITE);
    }

    /** Whether a word of changing stands near a code ("vil gerne skifte koden", "koden … en helt ny"). */
    private boolean wantsCodeChanged(String[] words) {
        return changeNearACode(words, CHANGE_REACH, Set.of());
    }

    /**
     * Whether a word of changing, not right after one of {@code notAfter} nor right before a word of someone new at a place
     * ("ny på skolen"), stands within {@code reach} words of a code.
     */
    private boolean changeNearACode(String[] words, int reach, Set<String> notAfter) {
        for (int i = 0; i < words.length; i++) {
            if (!besides.codes().contains(words[i])) {
                continue;
            }
            for (int j = Math.max(0, i - reach); j < Math.min(words.length, i + reach + 1); j++) {
                if (besides.changes().contains(words[j]) && (j == 0 || !notAfter.contains(words[j - 1]))
                        && (j + 1 == words.length || !besides.newAt().contains(words[j] + " " + words[j + 1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the first of the phrases stands in the message with no negation just before it, in it or after it, as its
     * first and past its last word; null when none does.
     */
    private int[] phraseStanding(String[] words, Map<String, List<String[]>> phrasesByFirst) {
        for (int start = 0; start < words.length; start++) {
            for (String[] phrase : phrasesByFirst.getOrDefault(words[start], List.of())) {
                if (phraseAt(words, start, phrase) && !negationBefore(words, start)
                        && !anyWithin(words, start, start + phrase.length, negations)
                        && !anyWithin(words, start, start + phrase.length, besides.trouble())
                        && !negated(words, start + phrase.length)) {
                    return new int[] {start, start + phrase.length};
                }
            }
        }
        return null;
    }

    /** Whether the message asks whom to turn to ("Hvem skal vi kontakte?"): the school's passage answers that. */
    boolean asksWhom(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (besides.whom().contains(words[i])) {
                return true;
            }
            for (String[] phrase : whomPhrases.getOrDefault(words[i], List.of())) {
                if (phraseAt(words, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the message says a code or username is forgotten ("hun har glemt sin kode", "kan ikke huske brugernavnet"):
     * then Unilogin does not work for them, whatever service they were trying to get into.
     */
    boolean saysCredentialsForgotten(String[] words) {
        return saysForgotten(words, besides.credentials(), NOWHERE);
    }

    /** The passages on a device's own login ({@code device-passages}). */
    Set<String> devicePassages() {
        return devicePassages;
    }

    /**
     * Whether a code or username is named as Unilogin's, a word or two from "unilogin" ("mit unilogin brugernavn",
     * "brugernavn til Unilogin"), or a username is named where the message names Unilogin ("skal bruge mit Unilogin, men
     * jeg kan ikke huske mit brugernavn"): the login forgotten is the account's, not a device's own.
     */
    boolean namesUniloginsCredential(String[] words) {
        if (!anyWithin(words, 0, words.length, UNILOGIN_WORDS)) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (besides.usernames().contains(words[i]) || (!UNILOGIN_WORD.equals(words[i]) && besides.credentials().contains(words[i])
                    && anyWithin(words, i - UNILOGIN_REACH, i + UNILOGIN_REACH + 1, UNILOGIN_WORDS))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the message says a code is forgotten ("hun har glemt sin kode") and names no username: a code alone is what
     * the child lacks.
     */
    boolean saysOnlyCodeForgotten(String[] words) {
        for (String word : words) {
            if (besides.usernames().contains(word)) {
                return false;
            }
        }
        return saysForgotten(words, besides.codes(), NOWHERE);
    }

    /**
     * Whether a word of {@code what} near a word of forgetting says it is forgotten ("glemt koden", "kan ikke huske
     * brugernavn og kode"); the words from {@code except[0]} to before {@code except[1]} do not count.
     */
    private boolean saysForgotten(String[] words, Set<String> what, int[] except) {
        for (int i = 0; i < words.length; i++) {
            boolean forgotten = besides.forgotten().contains(words[i])
                    || besides.remember().contains(words[i]) && negationBefore(words, i);
            if (!forgotten && besides.remember().contains(words[i]) && negationRightAfter(words, i)
                    && namedAfter(words, i + 2, what, except)) {
                return true;
            }
            int from = i - CREDENTIAL_REACH;
            int to = i + CREDENTIAL_REACH + 1;
            if (forgotten && (anyWithin(words, from, Math.min(to, except[0]), what)
                    || anyWithin(words, Math.max(from, except[1]), to, what))) {
                return true;
            }
        }
        return false;
    }

    private boolean negationBefore(String[] words, int at) {
        return anyWithin(words, at - NEGATION_REACH, at, negations);
    }

    /** "husker ikke", "ved ikke": a main clause's negation follows its verb. */
    private boolean negationRightAfter(String[] words, int at) {
        return at + 1 < words.length && negations.contains(words[at + 1]);
    }

    /**
     * Whether a word of {@code what} follows within reach from {@code start}, outside {@code except}, as what is not known
     * ("ved ikke hvad hans brugernavn er"); not past a word that makes a place or a way the unknown ("ved ikke hvor hun skal
     * skrive sit brugernavn").
     */
    private boolean namedAfter(String[] words, int start, Set<String> what, int[] except) {
        for (int j = start; j < Math.min(words.length, start + CREDENTIAL_REACH); j++) {
            if (besides.notTheLogin().contains(words[j])) {
                return false;
            }
            if (what.contains(words[j]) && (j < except[0] || j >= except[1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word from {@code from} (inclusive) to {@code to} (exclusive), clipped to the message, is in {@code set}. */
    private static boolean anyWithin(String[] words, int from, int to, Set<String> set) {
        for (int i = Math.max(0, from); i < Math.min(words.length, to); i++) {
            if (set.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the negation at {@code at} is of what one does inside a service ("kan ikke finde", "forstår ikke"). */
    private boolean insideAround(String[] words, int at) {
        return anyWithin(words, at - 1, at + 3, besides.inside());
    }

    /**
     * Whether a concession stands just before the phrase ("selvom hendes Unilogin virker, kommer hun ikke ind i Word"):
     * the negation after it is the main clause's, not the phrase's.
     */
    private boolean conceded(String[] words, int start) {
        return anyWithin(words, start - NEGATION_REACH, start, besides.concessions());
    }

    /** A negation among the next words ("virker bare ikke", "works not") turns the phrase around. */
    private boolean negated(String[] words, int after) {
        for (int i = after; i < Math.min(words.length, after + NEGATION_REACH); i++) {
            if (contrasts.contains(words[i])) {
                return false;
            }
            // "kan sagtens logge ind, det er ikke problemet" still says it works.
            if (negations.contains(words[i]) && !afterCopula(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code phrase} stands at {@code start} and says the login works: no negation in its {@code *}, nor right
     * after it unless a concession comes before it; after a word of when or if only as a premise a contrast follows.
     */
    private boolean saysItWorksAt(String[] words, int start, String[] phrase) {
        return phraseAt(words, start, phrase) && !negationInItsStar(words, start, phrase)
                && (!negated(words, start + phrase.length) || conceded(words, start)) && !demanded(words, start)
                && (!tellsWhen(words, start) || contrastFollows(words, start + phrase.length));
    }

    /**
     * Whether a contrast follows closely ("Hvis vores Unilogin virker, men Zoom ikke vil acceptere det"): a premise set
     * against the trouble says the login works as much as a statement does.
     */
    private boolean contrastFollows(String[] words, int after) {
        return anyWithin(words, after, after + NEGATION_REACH, contrasts);
    }

    /**
     * Whether the phrase at {@code start} is what someone asks for, not what happens: a word of {@code demand:} and "at"
     * just before it ("Skolen vil have, at forældrene logger ind med Unilogin på …", "beder os om at logge ind").
     */
    private boolean demanded(String[] words, int start) {
        for (int i = Math.max(1, start - DEMAND_REACH); i < start; i++) {
            if (words[i].equals("at") && besides.demands().contains(words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word of when or if stands just before the phrase ("når hun logger ind med Unilogin på skolens side, står
     * der …"): it tells when something happens, not that the login works; one that opens with a copula tells a state.
     */
    private boolean tellsWhen(String[] words, int start) {
        // "når hun er logget ind med sit Unilogin" says she is in: a state, after a copula, still says it works.
        return !besides.copulas().contains(words[start]) && anyWithin(words, start - WHEN_REACH, start, besides.when());
    }

    /** Whether a negation stands where the phrase has its {@code *}: "når hans Unilogin ikke virker" says no "unilogin * virker". */
    private boolean negationInItsStar(String[] words, int start, String[] phrase) {
        for (int i = 0; i < phrase.length; i++) {
            if (phrase[i].equals(ANY_WORD) && negations.contains(words[start + i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} (whole words, {@code *} for any one word) stands in {@code words} from {@code start}. */
    static boolean phraseAt(String[] words, int start, String[] phrase) {
        if (start + phrase.length > words.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!phrase[i].equals(ANY_WORD) && !phrase[i].equals(words[start + i])) {
                return false;
            }
        }
        return true;
    }

    boolean answers(String passageId) {
        return answers.contains(passageId);
    }

    /** Whether {@code passageId} is about a login refused ({@code error-passages}). */
    boolean aboutRefusal(String passageId) {
        return errorPassages.contains(passageId);
    }

    /**
     * Whether {@code passageId} fixes a login that the phrase ({@link #saysItWorks}) says works on the device, or, when the
     * trouble is {@code inside} a service ({@link #troubleIsGettingIn} false), tells where to log in to it.
     */
    boolean fixesWhatWorks(String phrase, String passageId, boolean inside) {
        return accountPassages.contains(passageId) || devicePhrases.contains(phrase) && devicePassages.contains(passageId)
                || inside && insidePassages.contains(passageId);
    }
}
