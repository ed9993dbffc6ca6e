package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import dk.unilogin.helper.knowledge.TextFold;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who writes a message from phrases in {@code matching/writer-roles.txt}: lines
 * {@code parent: jeg er mor, som forælder}, {@code pupil: jeg går i, jeg er elev},
 * {@code child: min søn, vores datter} (a message about a child, written by a parent) and
 * {@code own: mit eget, mig selv} (the writer's own login); {@code means: mit eget mitid} names
 * what the writer logs in with, and its words are no cue. Phrases match whole words, with or
 * without æ, ø and å; {@code #} stands for a number ("jeg er #").
 */
public final class WriterRoles {
    static final String BUNDLED = "matching/writer-roles.txt";
    /** A quotation of up to 80 characters; an apostrophe inside or ending a word ("Noah's") opens none. */
    private static final Pattern QUOTATION = Pattern.compile(
            "(?<![\\p{L}\\d])'[^'\\n]{1,80}'(?![\\p{L}\\d])|\"[^\"\\n]{1,80}\"|[“„][^”“\\n]{1,80}[”“]|«[^»\\n]{1,80}»");
    /** A number, or a class written with its letter ("fra 6a"), which is a number and a letter. */
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+[a-z]?\\b");
    /** A school class as written and read by {@link #normalise} ("3.b" as "3 b", "3kl", "2. klasse"). */
    private static final Pattern SCHOOL_CLASS = Pattern.compile("\\b(?:10|[0-9])\\s?(?:kl|klasse|klassen|[a-z])\\b");

    /** A word that may be a name, with a verb after it: who does or cannot do something ("emma kan ik huske koden"). */
    private static final Pattern SUBJECT_BEFORE_A_VERB = Pattern.compile(
            "\\b(\\p{L}+)\\s+(?:kan|har|er|skal|vil|ved|husker|glemte|mangler|kender|mistede)\\b");
    /** A name in the genitive before a login ("williams brugernavn", "idas kode"), as {@link #normalise} reads it. */
    private static final Pattern NAME_BEFORE_A_LOGIN = Pattern.compile(
            "\\b(\\p{L}+s)\\s+(?:unilogin\\s+|uni\\s+login\\s+|nye\\s+|gamle\\s+)?(?:brugernavn|kode|adgangskode|login|unilogin|password|kodeord)\\p{L}*\\b");

    /**
     * One who gives their own first name and then their age, with their class or without ("jeg er yasmin 16 ar", "jeg
     * hedder nour 15 ar 9 c", "selma her 16 ar", "i m priya 16 in 10 klasse", "jeg er noah pa 16"), as {@link #normalise}
     * reads it.
     */
    private static final Pattern NAME_THEN_AGE = Pattern.compile(
            "\\b(?:(?:jeg er|jeg hedder|mit navn er|i am|i m|im|my name is)\\s+(\\p{L}+)(?:\\s+her)?|(\\p{L}+)\\s+(?:her|here))"
                    + "\\s+(?:(?:10|[0-9])\\s?[a-z]\\s+)?(\\d{1,2})"
                    + "(?:\\s+(?:ar|years?)\\b|\\s+(?:in|i|og|and|gar)\\s+(?:10|[0-9])\\b)"
                    // "Freja her (12)", "Amira here, 12": one who signs in with "her" gives their age without "år"
                    + "|\\b(\\p{L}+)\\s+(?:her|here)\\s+(\\d{1,2})\\b(?!\\s?(?:kl|klasse|[a-z])\\b)"
                    // "Jeg hedder Anton (17)", "I'm Mateo, 14": one who gives their name gives their age without "år" too
                    + "|\\b(?:jeg hedder|mit navn er|my name is|i am|i m|im)\\s+(\\p{L}+)\\s+(\\d{1,2})\\b(?!\\s?(?:kl|klasse|[a-z])\\b)"
                    // "jeg er Noah på 16": a name and "på" an age, as Danish gives it
                    + "|\\b(?:jeg er|jeg hedder|mit navn er|det er)\\s+(\\p{L}+)\\s+pa\\s+(\\d{1,2})\\b(?!\\s?(?:kl|klasse|[a-z])\\b)"
                    // "Jeg (Nora, 11) skal ind på skoletube": a name and an age in brackets after "jeg"
                    + "|\\bjeg\\s+(\\p{L}+)\\s+(\\d{1,2})\\b(?!\\s?(?:kl|klasse|[a-z])\\b)");
    /**
     * One who says it is them and gives their class ("det er yusuf 7 a", "jeg er mathilde fra 4 c", "jeg er luna og gar i
     * 3 b") or signs in with "her" beside it ("oliver 7 c her", "elias her fra 7 b"), as {@link #normalise} reads it.
     */
    private static final Pattern NAME_THEN_CLASS = Pattern.compile(
            "\\b(?:(?:det er|jeg er|her er)\\s+(\\p{L}+)\\s+(?:fra\\s+|i\\s+|og\\s+gar\\s+i\\s+)?(?:10|[0-9])\\s?(?:kl|klasse|[a-z])\\b"
                    + "|(\\p{L}+)\\s+(?:her\\s+(?:fra\\s+)?(?:10|[0-9])\\s?(?:kl|klasse|[a-z])\\b"
                    + "|(?:10|[0-9])\\s?(?:kl|klasse|[a-z])\\s+her\\b))");
    private static final int YOUNGEST_WRITER = 6;
    private static final int OLDEST_PUPIL = 19;

    /** A message opening with an age ("Er 16 og går i 10. klasse"), as {@link #marked} reads it. */
    private static final String AGE_FIRST = " er # ";

    /** The infinitive's "at" as read by {@link #normalise}, after a phrase's closing space. */
    private static final String INFINITIVE_MARK = "at ";
    /** Where a sentence ends, for what a parent named does in it or the next. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?\\n]+");

    private enum Cue { PARENT, PARENT_OF, PUPIL, STAFF, CHILD, SIBLING, PRONOUN, OWN, MEANS, PUPILS_PARENT, THEIR_OWN, PARENT_HELPS, OTHER_PARENT, INTRODUCES, IN_SCHOOL, PARENTS_OWN, PARENTS_WAY, ADDRESSED_OWN, PARENT_DOES }

    /** A phrase's words with a space on either side, ready to look for in a message read the same way. */
    private record Phrase(Cue cue, String words) {
    }

    /** Each cue's phrases, in the order listed. */
    private final java.util.Map<Cue, List<Phrase>> phrases = new java.util.EnumMap<>(Cue.class);

    private WriterRoles(List<Phrase> phrases) {
        for (Cue cue : Cue.values()) {
            this.phrases.put(cue, phrases.stream().filter(phrase -> phrase.cue() == cue).toList());
        }
    }

    static WriterRoles bundled() {
        return parse(BUNDLED, MatchingLists.resource(BUNDLED));
    }

    static WriterRoles parse(String source, String text) {
        List<Phrase> phrases = new ArrayList<>();
        for (DataLine line : DataLine.of(text)) {
            Cue cue = line.hasKey() ? cue(line.key()) : null;
            if (cue == null) {
                throw new KnowledgeFormatException(source, line.number(), "expected 'parent:', 'parent-of:', 'pupil:', 'staff:', 'child:', 'sibling:', 'pronoun:', 'own:', 'means:', 'pupils-parent:', 'their-own:', 'parent-helps:', 'other-parent:', 'introduces:', 'in-school:', 'parents-own:', 'parents-way:', 'addressed-own:' or 'parent-does:' and phrases");
            }
            for (String phrase : line.rawItems()) {
                String words = numbersMarked(phrase.replace("#", "0"));
                if (!words.isEmpty()) {
                    phrases.add(new Phrase(cue, " " + words + " "));
                }
            }
        }
        return new WriterRoles(phrases);
    }

    private static Cue cue(String name) {
        for (Cue cue : Cue.values()) {
            if (cue.name().replace('_', '-').equalsIgnoreCase(name)) {
                return cue;
            }
        }
        return null;
    }

    /**
     * Who writes {@code message}. A parent's words ("jeg er mor") outrank a pupil's; a pupil's
     * ("jeg går i 7. klasse") outrank a third person ("hun", "han"), which a pupil may write about
     * a teacher; a child named ("min søn") makes the writer a parent writing about the child, unless
     * the writer speaks of their own login ("mit eget"), and then, with no pupil's words, a parent speaking of their own.
     * A teacher or a substitute ("jeg er vikar i 7.b")
     * writes about a pupil: their words outrank a pupil's ("min klasse") and a child named, not a parent's.
     * A younger sibling named ("min lillebror") counts as a child named, except beside a pupil's words about their own login.
     * A pupil who writes for a parent about someone's own login ("Min far … har glemt sit eget brugernavn") writes as that
     * parent; a pupil whose parent does it with the parent's MitID ("min mor har MitID") is a child's case, and so is a message
     * that says no more of who writes ("glemt pw, mor har mitid"). So does anyone
     * who writes for a parent named ("en far", "a mum") about their own login ("sit eget"), whatever children are named;
     * one who introduces themselves and goes to school ("jeg hedder Nora og går i 4.a") writes as a pupil, and so does one
     * who gives their own first name and a pupil's age ("Jeg er Yasmin, 16 år, 10.A"). A parent's login by name ("mit
     * forældre-Unilogin", "forældrenes Unilogin") makes the writer a parent asking about their own. A parent who
     * names a class, or someone who does or cannot do something ("emma kan ik huske koden"), writes about a child.
     * Quotations say nothing of who writes, except what the school asks of the parents in its own words ("'I skal
     * aktivere jeres personlige Unilogin'"), which the quoting parent is asked.
     */
    Writer of(String message) {
        String unquoted = withoutQuotations(message);
        String normalised = normalise(unquoted);
        // "med mit eget MitID": the parent's own MitID, used for the child's login.
        String words = without(" " + marked(normalised) + " ", Cue.MEANS);
        if (words.startsWith(AGE_FIRST)) {
            // "Er 16 og går i 10. klasse": a message that opens with an age is the writer's own, "jeg" left out.
            words = " jeg" + words;
        }
        String parent = found(words, Cue.PARENT);
        String pupil = found(words, Cue.PUPIL);
        if (pupil == null) {
            // "jeg hedder Nora og går i 4.a": one who introduces themselves and goes to school is a pupil.
            String introduces = found(words, Cue.INTRODUCES);
            String inSchool = introduces == null ? null : found(words, Cue.IN_SCHOOL);
            pupil = inSchool == null ? null : introduces + ", " + inSchool;
        }
        if (pupil == null && hasDigit(normalised)) {
            // "Jeg er Yasmin, 16 år, 10.A": one who gives their own name and a pupil's age is a pupil.
            pupil = namedWithAPupilsAge(normalised);
        }
        if (pupil == null && hasDigit(normalised)) {
            // "heeej det er Yusuf 7.a": one who gives their own first name and their class is a pupil.
            pupil = namedWithAClass(normalised);
        }
        String child = found(words, Cue.CHILD);
        String pronoun = found(words, Cue.PRONOUN);
        String own = found(words, Cue.OWN);
        if (own == null) {
            // "Skolen skrev: 'I skal aktivere jeres personlige Unilogin'": what the school asks of the parents, quoted too.
            own = found(words, Cue.ADDRESSED_OWN);
            if (own == null && !unquoted.equals(message)) {
                own = found(" " + marked(normalise(message)) + " ", Cue.ADDRESSED_OWN);
            }
        }
        String parentsOwn = found(words, Cue.PARENTS_OWN);
        if (parentsOwn != null) {
            // "mit forældre-Unilogin": a parent's own login, so a parent asking about it.
            own = own == null ? parentsOwn : own;
            parent = parent == null ? parentsOwn : parent;
        }
        String sibling = found(words, Cue.SIBLING);
        boolean childIsASibling = false;
        if (child == null && sibling != null && (pupil == null || own == null)) {
            // "min lillebror har glemt sin kode": one looking after the child; but a pupil speaking of their own login
            // ("jeg går i 10. klasse og kender ikke mit brugernavn, og min lillebror …") is still a pupil.
            child = sibling;
            childIsASibling = true;
        }
        // "Min mormor har lånt mig sin computer": the writer's own relative, named as a pupil names a parent, is not who writes.
        // Looked for again without those only where a phrase of whom one looks after is found at all (the rarer case).
        String parentOf = found(words, Cue.PARENT_OF) == null ? null
                : found(without(words, Cue.PUPILS_PARENT), Cue.PARENT_OF);
        if (parentOf != null && pupil != null) {
            // "Jeg bor hos min mormor … og mormor ved ikke noget om det": the relative a pupil named, named again, is not who
            // writes.
            String relative = found(words, Cue.PUPILS_PARENT);
            parentOf = relative != null && (" " + relative + " ").contains(" " + parentOf + " ") ? null : parentOf;
        }
        if (parentOf != null) {
            // "jeg er far til Oliver": a parent, and one writing about the child named.
            parent = parent == null ? parentOf : parent;
            child = child == null ? parentOf : child;
        }
        String aboutChild = child != null ? child : pronoun;
        if (parent != null && aboutChild == null && hasDigit(message)) {
            // "mor her. nanna 3kl kan ik huske koden": a parent who names a class speaks of a child in it.
            Matcher schoolClass = SCHOOL_CLASS.matcher(normalised);
            aboutChild = schoolClass.find() ? schoolClass.group() : null;
        }
        if (parent != null && aboutChild == null) {
            // "mor her. emma kan ik huske adgangskode": a parent who names someone who cannot speaks of a child.
            aboutChild = namedSubject(normalised);
        }
        if (aboutChild == null && pupil == null && own == null) {
            // "vi har aldrig fået Williams brugernavn": a login of someone named is a child's, looked after by the writer.
            aboutChild = namedOwnerOfALogin(normalised);
        }
        // Their own looked for first: it is the rarer, and the shorter list.
        String ownOfTheOtherParent = own == null ? found(words, Cue.THEIR_OWN) : null;
        String otherParent = ownOfTheOtherParent == null ? null : found(words, Cue.OTHER_PARENT);
        if (otherParent != null) {
            // "Jeg tolker for en far … han har glemt sit eget brugernavn": one who writes for a parent asks about the
            // parent's own login, whatever children the message names.
            return new Writer(Writer.Role.PARENT, false, otherParent + ", " + ownOfTheOtherParent, true);
        }
        if (parent != null) {
            boolean forChild = aboutChild != null && own == null;
            return new Writer(Writer.Role.PARENT, forChild, forChild ? parent + ", " + aboutChild : own == null ? parent : parent + ", " + own,
                    own != null);
        }
        String staff = found(words, Cue.STAFF);
        if (staff != null) {
            return new Writer(Writer.Role.STAFF, true, staff);
        }
        // A young writer's sibling does not hide the parent they write for ("Min papfar vil gerne have sit eget Unilogin,
        // så han kan hjælpe min lillesøster").
        String pupilsParent = pupil == null || child != null && !childIsASibling ? null : found(words, Cue.PUPILS_PARENT);
        String theirOwn = pupilsParent == null || own != null ? null : found(words, Cue.THEIR_OWN);
        if (theirOwn != null) {
            // "Min mor … kan ikke huske sit eget brugernavn": a pupil writing for a parent asks about the parent's own login.
            return new Writer(Writer.Role.PARENT, false, pupilsParent + ", " + theirOwn, true);
        }
        String parentHelps = child == null ? found(words, Cue.PARENT_HELPS) : null;
        if (parentHelps == null && pupilsParent != null && found(words, Cue.THEIR_OWN) == null) {
            // "min far er her og har MitID. kan han finde det for mig?": a pupil who names a parent and the parent's way.
            String way = found(words, Cue.PARENTS_WAY);
            if (way == null && found(words, Cue.PARENT_DOES) != null) {
                // Sentence by sentence only where the message says such a thing at all (the rarer case).
                way = doneByTheParentNamed(unquoted);
            }
            parentHelps = way == null ? null : pupilsParent + ", " + way;
        }
        if (parentHelps != null) {
            // "Min mor siger vi kan gøre det med hendes MitID": the parent does it for the child, as the guide tells a parent;
            // so too where nothing else says who writes ("glemt pw igen, mor har mitid") or only a pronoun does ("mor har
            // mitid kan hun lave en ny til mig").
            String writer = pupil != null ? pupil : own;
            return new Writer(Writer.Role.PARENT, true, writer == null ? parentHelps : writer + ", " + parentHelps);
        }
        if (pupil != null && child == null) {
            return new Writer(Writer.Role.PUPIL, false, pupil, own != null);
        }
        if (aboutChild != null && own == null) {
            return new Writer(Writer.Role.PARENT, true, aboutChild);
        }
        if (child != null && own != null) {
            // "da min ældste gik i skole … mit eget login": one who has a child and speaks of their own login is a parent.
            return new Writer(Writer.Role.PARENT, false, child + ", " + own, true);
        }
        return own != null ? new Writer(Writer.Role.UNKNOWN, false, own, true) : Writer.UNKNOWN;
    }

    /** A first name ({@code matching/first-names.txt}) the writer gives as their own, followed by a pupil's age, or null. */
    /** The groups of {@link #NAME_THEN_AGE} that may hold the name and the age; the alternative that matched fills one of each. */
    private static final int[] NAME_GROUPS = {1, 2, 4, 6, 8, 10};
    private static final int[] AGE_GROUPS = {3, 5, 7, 9, 11};

    /** The first of {@code groups} that took part in the match. */
    private static String firstGroup(Matcher matcher, int[] groups) {
        for (int group : groups) {
            if (matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        throw new IllegalStateException("no group matched");
    }

    private static String namedWithAPupilsAge(String normalised) {
        Matcher named = NAME_THEN_AGE.matcher(normalised);
        while (named.find()) {
            String name = firstGroup(named, NAME_GROUPS);
            int age = Integer.parseInt(firstGroup(named, AGE_GROUPS));
            if (age >= YOUNGEST_WRITER && age <= OLDEST_PUPIL && UnknownWords.FIRST_NAMES_LIST.isEntry(name)) {
                return named.group().strip();
            }
        }
        return null;
    }

    /** A first name ({@code matching/first-names.txt}) the writer gives as their own, followed by their class, or null. */
    private static String namedWithAClass(String normalised) {
        Matcher named = NAME_THEN_CLASS.matcher(normalised);
        while (named.find()) {
            String name = named.group(1) != null ? named.group(1) : named.group(2);
            if (UnknownWords.FIRST_NAMES_LIST.isEntry(name)) {
                return named.group().strip();
            }
        }
        return null;
    }

    /** The first word that a verb follows and that is a first name ({@code matching/first-names.txt}), or null. */
    private static String namedSubject(String normalised) {
        Matcher subject = SUBJECT_BEFORE_A_VERB.matcher(normalised);
        while (subject.find()) {
            if (UnknownWords.FIRST_NAMES_LIST.isEntry(subject.group(1))) {
                return subject.group(1);
            }
        }
        return null;
    }

    /** A first name ({@code matching/first-names.txt}) in the genitive before a login ("Williams brugernavn"), or null. */
    private static String namedOwnerOfALogin(String normalised) {
        Matcher owner = NAME_BEFORE_A_LOGIN.matcher(normalised);
        while (owner.find()) {
            if (UnknownWords.isFirstNamesGenitive(owner.group(1))) {
                return owner.group().strip();
            }
        }
        return null;
    }

    /** The words with every phrase of {@code cue} taken out. */
    private String without(String words, Cue cue) {
        String left = words;
        for (Phrase phrase : phrases.get(cue)) {
            left = left.replace(phrase.words(), " ");
        }
        return left;
    }

    /**
     * What a parent a pupil names does for the pupil, in the sentence that names the parent or the one after it ("Min mor
     * vil gerne slå det op for mig.", "Min mor er bortrejst, men har MitID. Hvad skal hun klikke på?"), or null.
     */
    private String doneByTheParentNamed(String message) {
        String[] sentences = SENTENCE_MARK.split(message);
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = " " + normalise(sentences[i]) + " ";
        }
        for (int i = 0; i < sentences.length; i++) {
            if (found(sentences[i], Cue.PUPILS_PARENT) == null) {
                continue;
            }
            for (int j = i; j <= Math.min(i + 1, sentences.length - 1); j++) {
                String does = found(sentences[j], Cue.PARENT_DOES);
                if (does != null) {
                    return does;
                }
            }
        }
        return null;
    }

    private String found(String words, Cue cue) {
        for (Phrase phrase : phrases.get(cue)) {
            if (cue == Cue.PARENT_OF ? foundNotBeforeAnInfinitive(words, phrase.words()) : words.contains(phrase.words())) {
                return phrase.words().strip();
            }
        }
        return null;
    }

    /**
     * A phrase of whom one looks after ("mor til", "far til") found where an infinitive does not follow it: "få min
     * mor til at hjælpe" is a pupil asking their mother for help, not their mother writing.
     */
    private static boolean foundNotBeforeAnInfinitive(String words, String phrase) {
        for (int at = words.indexOf(phrase); at >= 0; at = words.indexOf(phrase, at + 1)) {
            if (!words.startsWith(INFINITIVE_MARK, at + phrase.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the screen or someone else says ("der står 'få mit eller mit barns brugernavn'", the
     * teacher's "ask your mum") tells nothing of who writes: quotations are left out.
     */
    private static String withoutQuotations(String text) {
        return text.indexOf('\'') < 0 && text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('„') < 0
                && text.indexOf('«') < 0 ? text : QUOTATION.matcher(text).replaceAll(" ");
    }

    private static String numbersMarked(String text) {
        return marked(normalise(text));
    }

    /** Normalised words with each number as "#". */
    private static String marked(String words) {
        return hasDigit(words) ? NUMBER.matcher(words).replaceAll("#") : words;
    }

    /** Whether there is a digit 0-9, which {@code \d} needs. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern UNI_LOGIN_APART = Pattern.compile("(?<![a-z0-9])uni (login[a-z]*)");
    private static final Pattern ID_APART = Pattern.compile("(?<![a-z0-9])(mit|nem) id(?![a-z0-9])");
    /** The site's address with a space in it ("mit unilogin.dk", "mit uni login punktum dk") names no login of one's own. */
    private static final Pattern SITE_APART = Pattern.compile("(?<![a-z0-9])mit unilogin (?=(?:punktum )?dk(?![a-z0-9]))");

    /**
     * Lower case, apostrophes dropped, other marks as spaces, and æ/ø/å and their spellings
     * ae/oe/aa, or a plain a/o ("min son", "jeg gar i"), all read as one letter. The names written apart or with a
     * hyphen ("Uni-login", "uni login", "Mit ID") are read as one word, as the lists write them, and so is the site's
     * address written apart ("mit unilogin.dk").
     */
    static String normalise(String text) {
        String folded = text.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT)
                .replace("æ", "a").replace("ø", "o").replace("å", "a")
                .replace("aa", "a").replace("ae", "a").replace("oe", "o");
        String spaced = TextFold.spaced(folded);
        if (spaced.contains("uni ")) {
            spaced = UNI_LOGIN_APART.matcher(spaced).replaceAll("uni$1");
        }
        if (spaced.contains("mit unilogin ")) {
            spaced = SITE_APART.matcher(spaced).replaceAll("mitunilogin ");
        }
        if (spaced.contains(" id")) {
            spaced = ID_APART.matcher(spaced).replaceAll("$1id");
        }
        return spaced;
    }
}
