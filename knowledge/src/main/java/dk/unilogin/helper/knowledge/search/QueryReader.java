package dk.unilogin.helper.knowledge.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a user's message into weighted terms: the guide's analyzer first, then each word the
 * index does not know is corrected by {@link SpellingCorrector} (as analysed, then as written),
 * or split into the known words it was typed together from ({@link RunTogetherWords}).
 */
final class QueryReader {
    private final GuideIndex index;
    private final MatcherSettings settings;
    /** Knows the indexed terms and the synonyms as analysed. */
    private final SpellingCorrector spelling;
    /** Knows the synonym list's words as written: for short words. */
    private final SpellingCorrector synonymSpelling;
    /** Knows every word of the guide and the synonym list as written: for longer words. */
    private final SpellingCorrector writtenSpelling;
    private final UnknownWords unknownWords;
    private final RunTogetherWords runTogether;
    private final Signatures signatures = Signatures.bundled();

    QueryReader(GuideIndex index, MatcherSettings settings) {
        this.index = index;
        this.settings = settings;
        this.spelling = new SpellingCorrector(index.reader(), GuideIndex.FIELD, index.analyzer().canonical());
        this.synonymSpelling = new SpellingCorrector(index.analyzer().synonymsAsWritten());
        this.writtenSpelling = new SpellingCorrector(writtenWords(index));
        this.unknownWords = index.unknownWords();
        this.runTogether = new RunTogetherWords(index.analyzer(), term -> index.docFreq(term) > 0);
    }

    private static Map<String, String> writtenWords(GuideIndex index) {
        Map<String, String> words = new HashMap<>(index.analyzer().synonymsAsWritten());
        words.putAll(index.writtenWords());
        return words;
    }

    List<QueryTerm> read(String message) {
        String text = message.length() > settings.maxMessageChars ? message.substring(0, settings.maxMessageChars) : message;
        List<QueryTerm> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> names = unknownWords.names(text);
        // Read only when a word would be corrected: most messages have none.
        Supplier<Set<String>> introduced = memoized(() -> unknownWords.introducedNames(text));
        Set<String> targets = unknownWords.loginTargets(text);
        Supplier<Set<String>> purposes = memoized(() -> unknownWords.purposeOfLogin(text));
        List<SurfaceForm> words = TermMappings.analyzeWithSurface(index.analyzer(), text);
        Set<String> signatureOnly = signatureOnly(text, words);
        for (SurfaceForm word : words) {
            if (signatureOnly.contains(word.term()) && !index.usedByGuide(word.term())) {
                // Who signs ("Klinikassistent, Tandlægerne i Brønshøj") is not what is asked.
                if (seen.add(word.term())) {
                    terms.add(QueryTerm.story(word.term(), 0));
                }
                continue;
            }
            if (isFirstName(word)) {
                // Kept apart from the word its letters read as: "Signe har glemt sit login" still says login.
                String name = SurfaceForm.fold(word.written());
                if (seen.add(name)) {
                    terms.add(QueryTerm.story(name, 0));
                }
                continue;
            }
            if (seen.add(word.term())) {
                read(word, names, introduced, targets, purposes, terms);
            }
        }
        return terms;
    }

    /**
     * The terms only the message's signature holds ({@link Signatures}), none when it has none. The signature's words are
     * the last of the message's {@code words}: only the few of the signature are read again, to count them.
     */
    private Set<String> signatureOnly(String text, List<SurfaceForm> words) {
        int start = signatures.start(text);
        if (start < 0) {
            return Set.of();
        }
        int firstSigned = Math.max(0, words.size() - TermMappings.analyze(index.analyzer(), text.substring(start)).size());
        Set<String> signature = new HashSet<>();
        for (int i = firstSigned; i < words.size(); i++) {
            signature.add(words.get(i).term());
        }
        for (int i = 0; i < firstSigned; i++) {
            signature.remove(words.get(i).term());
        }
        return signature;
    }

    /** Where the messages' signatures start ({@link Signatures}), read once for the reader and the message reader. */
    Signatures signatures() {
        return signatures;
    }

    /**
     * The terms of a message about the writer's own login: a school event it is needed for ("tilmelde mig
     * forældremødet") is the story, not another topic, unless it is one of the terms {@code asked} about.
     */
    List<QueryTerm> ownLoginStory(List<QueryTerm> read, Set<String> asked) {
        List<QueryTerm> story = new ArrayList<>(read.size());
        for (QueryTerm term : read) {
            boolean purpose = term.foreign() && !term.codeOwner() && unknownWords.purposeOfOwnLogin(term.term());
            story.add(purpose && !asked.contains(term.term()) ? storyTerm(term.term()) : term);
        }
        return story;
    }

    /** A word of the story; known from the messages outside the guide ("lektier", "syg"), it keeps its weight to tell those apart. */
    private QueryTerm storyTerm(String term) {
        return QueryTerm.story(term, index.docFreq(term) > 0 ? index.weight(term) : 0);
    }

    private void read(SurfaceForm word, Set<String> names, Supplier<Set<String>> introduced, Set<String> targets,
                      Supplier<Set<String>> purposes, List<QueryTerm> terms) {
        String term = word.term();
        boolean unknownOrOutside = !index.usedByGuide(term);
        if (unknownOrOutside && (unknownWords.isStory(term) || purposes.get().contains(term))) {
            terms.add(storyTerm(term));
            return;
        }
        if (index.docFreq(term) > 0) {
            // Filler known only from the messages outside the guide ("fint", "hej") hardly
            // dilutes a question written around it ("unilogin er fint, men Office …").
            boolean everyday = unknownWords.classify(term, Set.of()) == UnknownWords.Kind.FILLER;
            double filler = index.onlyOutsideGuide(term) && everyday ? settings.fillerShare : 1;
            double weight = index.weight(term) * filler;
            if (everyday && index.docFreq(term) < settings.everydayMinTexts) {
                // An everyday word the guide uses in a text or two ("fordi", "hele", "gang") tells no
                // topic, however concentrated its few uses are; one it leans on ("ny kode") keeps its weight.
                weight = Math.min(weight, unknownWeight(UnknownWords.Kind.FILLER));
            }
            boolean outsideTopic = namesOutsideTopic(term);
            // A known word may own a code too ("koden til selve telefonen"): marked, it names another topic only if outside.
            terms.add(new QueryTerm(term, weight, true, false, outsideTopic, false, targets.contains(term)));
            return;
        }
        if (introduced.get().contains(term)) {
            // A name the message introduces ("Mvh Hanne", "jeg hedder Villads") is no typo.
            terms.add(unknown(term, names, targets));
            return;
        }
        // An everyday word is spelt as meant ("hjem" is not "hvem"): it is never corrected.
        boolean everyday = unknownWords.classify(term, names) == UnknownWords.Kind.FILLER;
        // One scan for the nearest known word; a guess two letters away yields to a split into the guide's words.
        SpellingCorrector.Correction nearest = everyday ? null : spelling.nearest(term);
        String correction = nearest != null && nearest.edits() <= 1 ? nearest.term() : null;
        List<RunTogetherWords.Part> parts = correction == null && !everyday ? runTogether.split(word.written()) : List.of();
        if (correction == null && nearest != null && !splitIntoGuideWords(parts)) {
            correction = nearest.term();
        }
        if (correction == null && !everyday) {
            if (!parts.isEmpty() && parts.stream().allMatch(RunTogetherWords.Part::known)) {
                parts.forEach(part -> terms.add(compoundPart(part.term(), targets.contains(term))));
                return;
            }
            String written = SurfaceForm.fold(word.written());
            // Short words have too many neighbours among all the guide's words ("life" is not "like"):
            // they are corrected to the synonym list's words only ("tems" → teams).
            correction = (written.length() >= settings.minWrittenCorrection ? writtenSpelling : synonymSpelling).correct(written);
            if (correction == null && !parts.isEmpty()) {
                // The unknown first part makes the whole word name something else ("homework"); a code
                // of something else when the word ends in a code's name ("alarmkoden", "cykelkoden").
                boolean codeOfSomethingElse = ownsTheCode(parts, names);
                boolean target = targets.contains(term);
                parts.forEach(part -> terms.add(part.known() ? compoundPart(part.term(), target)
                        : codeOfSomethingElse ? QueryTerm.codeOwner(term, unknownWeight(UnknownWords.Kind.FOREIGN))
                        : unknown(term, names, targets)));
                return;
            }
        }
        if (correction == null && word.written().length() >= 3 && mistypedStopWord(word.written(), settings.longStopWord)) {
            return;
        }
        terms.add(correction != null ? corrected(correction, targets.contains(term)) : unknown(term, names, targets));
    }

    /**
     * Whether a word splits into words the guide knows, none naming another topic ("skolekode"): the split is read
     * before a guess two letters away ("skolemad"); a part naming another topic ("skolemail") leaves the guess first.
     */
    private boolean splitIntoGuideWords(List<RunTogetherWords.Part> parts) {
        return !parts.isEmpty() && parts.stream().allMatch(part -> part.known() && !namesOutsideTopic(part.term()));
    }

    /**
     * Whether a word split as an unknown first part and a code's name is the code of something
     * the guide does not cover. A first part a letter or two from a known word is a typo
     * ("unilgoinkoden"), and a name or a word of the story says nothing of what the code opens.
     */
    private boolean ownsTheCode(List<RunTogetherWords.Part> parts, Set<String> names) {
        if (parts.size() != 2 || parts.get(0).known() || !unknownWords.namesACode(parts.get(1).term())) {
            return false;
        }
        String first = parts.get(0).term();
        if (first == null || first.length() < 3 || spelling.correct(first) != null) {
            return false;
        }
        UnknownWords.Kind kind = unknownWords.classify(first, names);
        return kind == UnknownWords.Kind.OTHER || kind == UnknownWords.Kind.FILLER;
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /**
     * A word the message typed together with another ("skoletaske"): it names its topic as written alone would; a part of
     * a word that owns a code ("koden til sin cykellås") owns it too.
     */
    private QueryTerm compoundPart(String term, boolean codeOwner) {
        return new QueryTerm(term, index.weight(term) * settings.correctionPenalty, true, true, namesOutsideTopic(term), false,
                codeOwner);
    }

    /**
     * A guess at a typo ("klar" → "klage") is too weak to say the message is about another topic; what was typed may still
     * own a code ("koden til sit cykellås").
     */
    private QueryTerm corrected(String term, boolean codeOwner) {
        return new QueryTerm(term, index.weight(term) * settings.correctionPenalty, true, true, false, false, codeOwner);
    }

    /**
     * A stop word with two letters swapped ("skla", "kna") or, if long, one letter off ("hvordn"),
     * is a slip of the fingers, not a topic.
     */
    private static boolean mistypedStopWord(String written, int longStopWord) {
        String word = written.strip().toLowerCase(Locale.ROOT);
        if (word.length() >= longStopWord - 1 && GuideAnalyzer.nearStopWord(word, longStopWord)) {
            return true;
        }
        for (int i = 0; i + 1 < word.length(); i++) {
            String swapped = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            if (GuideAnalyzer.isStopWord(swapped)) {
                return true;
            }
        }
        return false;
    }

    private QueryTerm unknown(String term, Set<String> names, Set<String> targets) {
        UnknownWords.Kind kind = unknownWords.classify(term, names);
        if (targets.contains(term) && kind != UnknownWords.Kind.FILLER && term.length() >= 3) {
            // What a code or login belongs to, unknown to the guide: another service ("playstation").
            return QueryTerm.codeOwner(term, unknownWeight(UnknownWords.Kind.FOREIGN));
        }
        // An emoji, a lone letter or a word with digits ("3.b", "6b") is a feeling, a class or a code, not a topic.
        if (kind == UnknownWords.Kind.STORY || kind == UnknownWords.Kind.NAME || term.length() < 2
                || term.codePoints().noneMatch(Character::isLetter) || term.codePoints().anyMatch(Character::isDigit)) {
            return QueryTerm.story(term, 0);
        }
        return new QueryTerm(term, unknownWeight(kind), false, false, kind == UnknownWords.Kind.FOREIGN);
    }

    /**
     * A word only the messages outside the guide use names one of their topics ("netflix", "syg"),
     * also when it is capitalised as a brand is ("Gmail"): such a word is no person's name.
     */
    private boolean namesOutsideTopic(String term) {
        if (!index.onlyOutsideGuide(term)) {
            return false;
        }
        UnknownWords.Kind kind = unknownWords.classify(term, Set.of());
        return kind != UnknownWords.Kind.FILLER && kind != UnknownWords.Kind.STORY && term.length() >= 4;
    }

    /**
     * A first name of the list, written with a capital ("Signe har glemt", "Maja (7.b)") or unknown to the guide
     * ("maja kan ik huske"): a person, even where its letters read as a word of the guide ("Signe" as "sign in").
     */
    private boolean isFirstName(SurfaceForm word) {
        String written = word.written();
        return !written.isEmpty() && (Character.isUpperCase(written.charAt(0)) || !index.usedByGuide(word.term()))
                && unknownWords.isFirstName(written);
    }

    private double unknownWeight(UnknownWords.Kind kind) {
        double weight = settings.maxWeight * settings.unknownTermFactor;
        return kind == UnknownWords.Kind.FILLER ? weight * settings.fillerShare : weight;
    }
}
