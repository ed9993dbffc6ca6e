package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.DataLine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns of a message that a parent and a child write together, each labelled with who speaks ("Viggo: jeg har glemt min
 * kode. Mor igen: Kan jeg lave en ny kode til ham?"), from {@code matching/speaker-labels.txt}. The turn that asks the
 * message's last question is the writer's: whose login the child's "min kode" is depends on who asks.
 */
final class SpeakerTurns {
    static final String SPEAKER_LABELS = "matching/speaker-labels.txt";
    /**
     * A label: one word ("Her er mor igen:" too), an age in brackets, a word or two after it, and a colon, where a sentence
     * or the message starts.
     */
    private static final String LABEL = "(?:^|(?<=[.!?:]\\s{1,3})|(?<=\\s[-–—]\\s))(?:(?:[Hh]er|[Dd]et)\\s+er\\s+)?(\\p{L}+)"
            + "(?:\\s*\\(\\d{1,2}\\))?(%s)\\s*:\\s";

    private final Set<String> parents;
    private final Pattern label;

    SpeakerTurns(String labels) {
        Set<String> parentWords = Set.of();
        String after = "";
        for (DataLine line : DataLine.of(labels)) {
            List<String> words = line.items();
            switch (line.key()) {
                case "parent" -> parentWords = Set.copyOf(words);
                case "after" -> after = words.stream().map(w -> "\\s+" + w.replace(" ", "\\s+"))
                        .collect(Collectors.joining("|", "(?:", ")?"));
                default -> throw new IllegalArgumentException(
                        SPEAKER_LABELS + ": expected 'parent:' or 'after:', got " + line.text());
            }
        }
        this.parents = parentWords;
        this.label = Pattern.compile(String.format(LABEL, after), Pattern.UNICODE_CASE);
    }

    static SpeakerTurns bundled() {
        return new SpeakerTurns(MatchingLists.resource(SPEAKER_LABELS));
    }

    /**
     * A labelled turn: its words (a parent's begin "mor her"), what the message said before the first label, who speaks,
     * and whether that is a parent.
     */
    record Turn(String text, String before, String speaker, boolean parent) {
    }

    /** The labelled turn that asks the message's last question, or null when no labelled turn asks it. */
    Turn askingTurn(String message) {
        int lastQuestion = message.lastIndexOf('?');
        if (lastQuestion < 0 || message.indexOf(':') < 0) {
            return null;
        }
        Matcher matcher = label.matcher(message);
        String speaker = null;
        boolean isParent = false;
        int firstLabel = -1;
        int start = -1;
        int end = message.length();
        while (matcher.find()) {
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            boolean parent = parents.contains(word);
            boolean name = Character.isUpperCase(matcher.group(1).charAt(0)) && UnknownWords.FIRST_NAMES_LIST.isEntry(word);
            if (!parent && !name) {
                continue;
            }
            if (matcher.start() > lastQuestion) {
                end = matcher.start();
                break;
            }
            firstLabel = firstLabel < 0 ? matcher.start() : firstLabel;
            speaker = word;
            isParent = parent;
            start = matcher.end();
        }
        if (start < 0) {
            return null;
        }
        String turn = message.substring(start, end);
        return new Turn(isParent ? speaker + " her. " + turn : turn, message.substring(0, firstLabel), speaker, isParent);
    }
}
