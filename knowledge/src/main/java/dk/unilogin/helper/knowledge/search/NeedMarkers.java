package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * The more-needs file read in its three sections: the words by which a message says it has more
 * than one need ("også", "to ting"), those that mark the need the writer puts first ("vigtigst"),
 * and those that mark a need that can wait ("mindre vigtigt"). Lines before any section header
 * are of the first section.
 *
 * @param adds  a message with one of these has several needs
 * @param first a need with one of these is answered first
 * @param later a need with one of these gives way to the message's other needs
 */
record NeedMarkers(WordSet adds, WordSet first, WordSet later) {
    private static final String FIRST = "[first]";
    private static final String LATER = "[later]";

    /** The file's sections; an unknown section header is a broken file, named by line. */
    static NeedMarkers parse(String text) {
        List<String> adds = new ArrayList<>();
        List<String> first = new ArrayList<>();
        List<String> later = new ArrayList<>();
        List<String> section = adds;
        int number = 0;
        for (String line : text.lines().map(String::strip).toList()) {
            number++;
            if (line.equals(FIRST)) {
                section = first;
            } else if (line.equals(LATER)) {
                section = later;
            } else if (line.startsWith("[")) {
                throw new KnowledgeFormatException(MatchingLists.MORE_NEEDS, number,
                        "unknown section " + line + ", expected " + FIRST + " or " + LATER);
            } else {
                section.add(line);
            }
        }
        return new NeedMarkers(WordSet.parse(String.join("\n", adds)), WordSet.parse(String.join("\n", first)),
                WordSet.parse(String.join("\n", later)));
    }
}
