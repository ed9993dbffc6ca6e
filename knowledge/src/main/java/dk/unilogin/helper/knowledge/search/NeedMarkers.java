package dk.unilogin.helper.knowledge.search;

import java.util.List;
import java.util.Map;

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
        Map<String, WordSet> sections = SectionedList.parse(MatchingLists.MORE_NEEDS, text, List.of(FIRST, LATER));
        return new NeedMarkers(sections.get(""), sections.get(FIRST), sections.get(LATER));
    }
}
