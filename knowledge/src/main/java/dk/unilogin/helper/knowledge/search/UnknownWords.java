package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.TextFold;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * Sorts the words of a message that neither the guide nor the messages outside it know. Story
 * words, filler ("argh", "i aften") and names ("min søn Oliver") say nothing about the question;
 * any other such word weighs as an unknown word but names no topic by itself: people tell
 * stories in words no list can hold ("sommerhus", "skarlagensfeber"). A word names another
 * topic when the messages outside the guide use it ("netflix", "fravær") or when the message
 * says a code or login belongs to it ("koden til sin playstation", {@code matching/login-targets.txt}).
 */
final class UnknownWords {
    static final String BUNDLED = "matching/everyday-words.txt";
    static final String STORY = "matching/story-words.txt";
    static final String LOGIN_TARGETS = "matching/login-targets.txt";
    static final String CODE_WORDS = "matching/code-words.txt";
    static final String OWN_LOGIN_PURPOSES = "matching/own-login-purposes.txt";
    static final String NAME_CUES = "matching/name-cues.txt";
    static final String FIRST_NAMES = "matching/first-names.txt";
    /**
     * A capitalised word: most likely a name. People capitalise the first word too, so an unknown
     * opening word ("Mathias kan ikke …") is given the benefit of the doubt.
     */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+");
    /** A name signed at the very end of a message: "/Kenneth", "- Jens". */
    private static final Pattern SIGNED = Pattern.compile("(?:^|\\s)[/–—-]\\s?(\\p{Lu}\\p{Ll}+)\\W*$");
    /** A genitive is a name of at least three letters and its "s" ("Idas"); shorter ones read as other words. */
    private static final int MIN_GENITIVE = 3;
    /** The words and phrases of {@code matching/name-cues.txt} after which a capitalised word is a name. */
    private static final WordSet CUES_BEFORE_NAMES = WordSet.parse(MatchingLists.resource(NAME_CUES));
    /**
     * People's first names ({@code matching/first-names.txt}) as written: what a code is for when it is "til Noah". The
     * word as written, not its stem, since a name's stem may be a word's ("Rene" and "ren"). Also who a parent names as
     * doing something ({@link WriterRoles}: "emma kan ik huske koden").
     */
    static final WordSet FIRST_NAMES_LIST = WordSet.parse(MatchingLists.resource(FIRST_NAMES));
    /** The most words a cue has ("mor til"): how far back from a name to look. */
    private static final int LONGEST_CUE = CUES_BEFORE_NAMES.mostWords();
    /**
     * What a login is for, said after "for at" ("logge ind for at spille læsespil") or after using it "til at" or "for at"
     * ("bruge vores eget Unilogin til at tilmelde os", "skal bruge den i aften for at godkende noget"): up to seven
     * words, and not past "men", "og" and the like, after which a new thought may start.
     */
    private static final Pattern PURPOSE_OF_LOGIN = Pattern.compile(
            "(?iu)(?:\\b(?:logge|logger|loggede|logget|log)\\s+(?:ind|på|paa|on|in)\\b[^.?!]*?\\bfor\\s+at\\s+"
                    + "|\\b(?:bruge|bruger|brug)\\s+(?:\\p{L}+\\s+){0,2}?(?:unilogin|login|loginet|den|det|koden|brugernavnet)"
                    + "(?:\\s+\\p{L}+){0,3}?\\s+(?:til|for)\\s+at\\s+)"
                    + "(\\p{L}+(?:\\s+(?!(?:men|og|but|and|så|fordi|eller|hvor|hvad|hvordan|hvorfor)\\b)\\p{L}+){0,6})");

    enum Kind {
        /** Part of the story around the question (people, feelings, school life): weighs nothing. */
        STORY,
        /** A capitalised word, most likely a person's name: weighs nothing. */
        NAME,
        /** Says nothing about the question: weighs less than other unknown words. */
        FILLER,
        /** Any other unknown word (a typo, an abbreviation, a word of the story): weighs as an unknown word. */
        OTHER,
        /** Names what a code or login belongs to, a service the guide does not cover. */
        FOREIGN
    }

    private final Analyzer analyzer;
    private final Set<String> everyday;
    private final Set<String> story;
    private final java.util.List<Pattern> loginTargets;
    private final java.util.List<LeadingWords> loginTargetsLeading;
    private final Set<String> codeWords;
    private final Set<String> ownLoginPurposes;
    /** The first names of {@code matching/first-names.txt} as analysed: a name even when typed in lower case ("emma kan ik huske"). */
    private final Set<String> firstNames;
    /** The same names in lower case as written: looked up for every capitalised word, so kept cheap to read. */
    private final Set<String> firstNamesAsWritten;
    private final int longestFirstName;

    UnknownWords(Analyzer analyzer, String everydayWords, String storyWords) {
        this.analyzer = analyzer;
        Set<String> everydayTerms = terms(analyzer, everydayWords);
        if (analyzer instanceof GuideAnalyzer guide) {
            // An everyday word that reads as one of the synonym list's terms ("virkelig" as "virker",
            // "andre" as "ændre") is that term: the synonym list decides what it means.
            everydayTerms.removeAll(guide.canonical().values());
        }
        this.everyday = everydayTerms;
        this.story = terms(analyzer, storyWords);
        this.loginTargets = MatchingLists.resource(LOGIN_TARGETS).lines()
                .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                .map(line -> Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.loginTargetsLeading = loginTargets.stream().map(LeadingWords::of).toList();
        this.codeWords = terms(analyzer, MatchingLists.resource(CODE_WORDS));
        this.ownLoginPurposes = terms(analyzer, MatchingLists.resource(OWN_LOGIN_PURPOSES));
        this.firstNames = terms(analyzer, MatchingLists.resource(FIRST_NAMES));
        this.firstNamesAsWritten = MatchingLists.resource(FIRST_NAMES).lines()
                .filter(line -> !line.strip().startsWith("#"))
                .flatMap(line -> Arrays.stream(line.strip().split("\\s+")))
                .filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        this.longestFirstName = firstNamesAsWritten.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The terms of what the message says a login is for: the story, no topic of its own ("… for at spille læsespil"). */
    Set<String> purposeOfLogin(String message) {
        Matcher matcher = PURPOSE_OF_LOGIN.matcher(message);
        Set<String> purpose = new HashSet<>();
        while (matcher.find()) {
            purpose.addAll(TermMappings.analyze(analyzer, matcher.group(1)));
        }
        return purpose;
    }

    /**
     * Whether a word as written is a person's first name ({@code matching/first-names.txt}): capitalised, or unknown to
     * the guide, it is never corrected towards a word of the guide ("Maja" is not "mama", "Bjørn" not "barn").
     */
    boolean isFirstName(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return written.length() <= longestFirstName && firstNamesAsWritten.contains(lower) || isNamesGenitive(written, lower);
    }

    /**
     * A capitalised name's genitive written in letters alone ("Mias Unilogin", "Williams brugernavn") names the person as
     * well; one written with an apostrophe ("Maya's") is left to the words around it.
     */
    private boolean isNamesGenitive(String written, String lower) {
        return written.length() <= longestFirstName + 1 && Character.isUpperCase(written.charAt(0))
                && lower.chars().allMatch(Character::isLetter) && isFirstNamesGenitive(lower);
    }

    /**
     * Whether a lower-cased word is a first name ({@code matching/first-names.txt}) and its "s" ("williams", "idas"), the
     * name of at least three letters: the one reading of a name's genitive, for the words and for who writes.
     */
    static boolean isFirstNamesGenitive(String lower) {
        return lower.length() > MIN_GENITIVE && lower.endsWith("s") && FIRST_NAMES_LIST.isEntry(lower.substring(0, lower.length() - 1));
    }

    /** Whether {@code term} is what a code or login is called ({@code matching/code-words.txt}). */
    boolean namesACode(String term) {
        return codeWords.contains(term);
    }

    /**
     * The terms of the words a message names as what a code or login belongs to ("koden til
     * sin playstation"): an unknown one names another service, whatever else the message says.
     */
    Set<String> loginTargets(String message) {
        return loginTargets(message, true);
    }

    /** With {@code prescan} an expression runs only when the message holds one of its {@link LeadingWords} (tests compare both). */
    Set<String> loginTargets(String message, boolean prescan) {
        Set<String> targets = new HashSet<>();
        String folded = prescan ? TextFold.regexCase(message) : null;
        for (int i = 0; i < loginTargets.size(); i++) {
            if (prescan && !loginTargetsLeading.get(i).mayMatch(folded)) {
                continue;
            }
            Matcher matcher = loginTargets.get(i).matcher(message);
            while (matcher.find()) {
                // "en ny kode til Noah": the child the code is for, no other service.
                if (!FIRST_NAMES_LIST.isEntry(matcher.group(1))) {
                    targets.addAll(TermMappings.analyze(analyzer, matcher.group(1)));
                }
            }
        }
        return targets;
    }

    /** Whether the leading words of every login-target expression could be read (else it always runs). */
    boolean loginTargetsRead() {
        return loginTargetsLeading.stream().allMatch(LeadingWords::known);
    }

    private static Set<String> terms(Analyzer analyzer, String list) {
        return TermMappings.analyzeList(analyzer, list);
    }

    static UnknownWords bundled(Analyzer analyzer) {
        return new UnknownWords(analyzer, bundledText(), MatchingLists.resource(STORY));
    }

    /**
     * Whether the term names what a parent's own login is needed for ({@code matching/own-login-purposes.txt}):
     * a school event or sign-up, the story of a message about the writer's own login.
     */
    boolean purposeOfOwnLogin(String term) {
        return ownLoginPurposes.contains(term);
    }

    /** Whether the term is a word of the story around a question ({@code matching/story-words.txt}). */
    boolean isStory(String term) {
        return story.contains(term);
    }

    static String bundledText() {
        return MatchingLists.resource(BUNDLED);
    }

    /** The terms of the capitalised words inside {@code message}, taken to be names. */
    Set<String> names(String message) {
        Set<String> names = new HashSet<>();
        Matcher matcher = NAME.matcher(message);
        while (matcher.find()) {
            names.addAll(TermMappings.analyze(analyzer, matcher.group()));
        }
        return names;
    }

    /**
     * The terms of the words the message itself says are names: after a sign-off or "hedder"
     * ({@code matching/name-cues.txt}) or signed at its end. Never corrected: "Hanne" is no typo.
     */
    Set<String> introducedNames(String message) {
        Set<String> names = new HashSet<>(2);
        Matcher capitalised = NAME.matcher(message);
        while (capitalised.find()) {
            if (followsACue(message, capitalised.start())) {
                names.addAll(TermMappings.analyze(analyzer, capitalised.group()));
            }
        }
        Matcher signed = SIGNED.matcher(message);
        if (signed.find()) {
            names.addAll(TermMappings.analyze(analyzer, signed.group(1)));
        }
        return names;
    }

    /** Whether the words right before {@code at} (past a comma or colon) are a name cue: "Mvh Hanne", "mor til Carl". */
    private static boolean followsACue(String message, int at) {
        StringBuilder before = new StringBuilder();
        int end = at;
        while (end > 0 && (Character.isWhitespace(message.charAt(end - 1)) || ",:!.".indexOf(message.charAt(end - 1)) >= 0)) {
            end--;
        }
        for (int words = 1; words <= LONGEST_CUE && end > 0; words++) {
            int start = end;
            while (start > 0 && Character.isLetter(message.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            before.insert(0, words == 1 ? "" : " ").insert(0, message, start, end);
            if (CUES_BEFORE_NAMES.isEntry(before.toString())) {
                return true;
            }
            end = start;
            while (end > 0 && Character.isWhitespace(message.charAt(end - 1))) {
                end--;
            }
        }
        return false;
    }

    /** What an unknown {@code term} of a message whose name terms are {@code names} is. */
    Kind classify(String term, Set<String> names) {
        if (story.contains(term)) {
            return Kind.STORY;
        }
        if (everyday.contains(term)) {
            return Kind.FILLER;
        }
        if (names.contains(term) || firstNames.contains(term)) {
            return Kind.NAME;
        }
        return Kind.OTHER;
    }
}
