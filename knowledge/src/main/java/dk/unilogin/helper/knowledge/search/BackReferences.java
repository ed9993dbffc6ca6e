package dk.unilogin.helper.knowledge.search;

import dk.unilogin.helper.knowledge.KnowledgeFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * The back-references file read in its two sections: the words by which a short question points
 * back to the sentence before it ("Hvad betyder det?"), and the phrases by which a sentence logs in
 * on a device named before ("Hun kan ikke logge på den"). Lines before any section header are of the first.
 *
 * @param question a short question with one of these is read with the sentence before it
 * @param device   a sentence with one of these is read with the device an earlier sentence named
 */
record BackReferences(WordSet question, WordSet device) {
    private static final String DEVICE = "[device]";

    /** The file's sections; an unknown section header is a broken file, named by line. */
    static BackReferences parse(String text) {
        List<String> question = new ArrayList<>();
        List<String> device = new ArrayList<>();
        List<String> section = question;
        int number = 0;
        for (String line : text.lines().map(String::strip).toList()) {
            number++;
            if (line.equals(DEVICE)) {
                section = device;
            } else if (line.startsWith("[")) {
                throw new KnowledgeFormatException(MatchingLists.BACK_REFERENCES, number,
                        "unknown section " + line + ", expected " + DEVICE);
            } else {
                section.add(line);
            }
        }
        return new BackReferences(WordSet.parse(String.join("\n", question)), WordSet.parse(String.join("\n", device)));
    }
}
